using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Admin.Roles;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using DentalLab.Web.Infrastructure.Validation;

namespace DentalLab.Web.Features.Admin.Users;

/// <summary>User administration (users.manage): create with a role (built-in or custom), change the role, deactivate, send a reset link.</summary>
public sealed class UserAdminService(
    IDbContextFactory<LabDbContext> dbFactory,
    OperationScopes scopes,
    CurrentUser currentUser,
    SessionService sessions,
    PermissionRegistry permissions,
    RoleAdminService roles,
    TimeProvider clock,
    LiveEventBus bus)
{
    /// <summary>Every role a user can be given: the built-in ones in their order, then the custom roles by name.</summary>
    public async Task<IReadOnlyList<RoleOption>> RolesAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.UsersManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var all = await db.Roles.AsNoTracking()
            .OrderBy(r => r.Code == null).ThenBy(r => r.Code).ThenBy(r => r.Name)
            .Select(r => new { r.Id, r.Name, r.Code })
            .ToListAsync(ct);
        return all.Select(r => new RoleOption(r.Id, r.Code is { } code ? Labels.Label(code) : r.Name ?? "")).ToList();
    }

    public async Task<UserPage> ListAsync(UserQuery query, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.UsersManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var users = db.Users.AsNoTracking();
        if (!query.IncludeInactive)
        {
            users = users.Where(u => u.IsActive);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = TextInput.ContainsPattern(query.Search);
            users = users.Where(u => EF.Functions.ILike(u.FullName, pattern) || EF.Functions.ILike(u.Email!, pattern));
        }

        if (query.RoleId is { } roleId)
        {
            users = users.Where(u => u.RoleLinks.Any(l => l.RoleId == roleId));
        }

        var total = await users.CountAsync(ct);
        var rows = await users
            .OrderBy(u => u.FullName).ThenBy(u => u.Id)
            .Skip(query.Page * query.PageSize).Take(query.PageSize)
            .Select(u => new UserRow(
                u.Id,
                u.FullName,
                u.Email!,
                u.RoleLinks.Select(l => (Guid?)l.RoleId).FirstOrDefault(),
                u.IsActive,
                u.LockoutEnd != null && u.LockoutEnd > now,
                u.LastSignInAt,
                u.CreatedAt))
            .ToListAsync(ct);
        return new UserPage(rows, total);
    }

    /// <summary>Creates a user with a role and emails an invitation link to choose a password.</summary>
    public async Task<ChangeResult> CreateAsync(NewUserInput input, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.UsersManage, ct);
        await using var scope = scopes.Create();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var fullName = input.FullName.Trim();
        var email = input.Email.Trim();
        var result = new ChangeResult();
        if (fullName.Length == 0)
        {
            result.Errors[nameof(input.FullName)] = "Enter the person's name.";
        }
        else if (fullName.Length > 200)
        {
            result.Errors[nameof(input.FullName)] = "Use at most 200 characters.";
        }

        if (!TextInput.IsEmailAddress(email))
        {
            result.Errors[nameof(input.Email)] = "Enter a valid email address.";
        }
        else if (await userManager.FindByEmailAsync(email) is not null)
        {
            result.Errors[nameof(input.Email)] = "A user with this email address already exists.";
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var roleName = await db.Roles.Where(r => r.Id == input.RoleId).Select(r => r.Name).FirstOrDefaultAsync(ct);
        if (roleName is null)
        {
            result.Errors[nameof(input.RoleId)] = "Choose a role.";
        }

        if (!result.Succeeded)
        {
            return result;
        }

        var user = new User { UserName = email, Email = email, EmailConfirmed = true, FullName = fullName };
        var created = await userManager.CreateAsync(user);
        if (!created.Succeeded)
        {
            return ChangeResult.Fail("", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await userManager.AddToRoleAsync(user, roleName!);
        await accounts.SendResetLinkAsync(user, currentUser.IpAddress, invitation: true);
        return ChangeResult.Ok();
    }

    /// <summary>
    /// Gives the user another role, built-in or custom: the roles page's assignment, with its guard (some active user
    /// must still manage users and roles) and its audit of the user–role link.
    /// </summary>
    public async Task<ChangeResult> ChangeRoleAsync(Guid userId, Guid roleId, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.UsersManage, ct);
        return await roles.AssignAsync(userId, roleId, ct);
    }

    /// <summary>Deactivates a user: every session ends, including open pages (within the revalidation interval).</summary>
    public async Task<ChangeResult> SetActiveAsync(Guid userId, bool active, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.UsersManage, ct);
        if (!active && userId == currentUser.UserId)
        {
            return ChangeResult.Fail("", "You cannot deactivate your own account.");
        }

        await using var scope = scopes.Create();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await userManager.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return ChangeResult.Fail("", "This user does not exist.");
        }

        if (!active && await userManager.IsInRoleAsync(user, RoleName(UserRole.Admin)) && await IsLastActiveAdminAsync(userId, ct))
        {
            return ChangeResult.Fail("", "This is the last active admin and cannot be deactivated.");
        }

        user.IsActive = active;
        user.DeactivatedAt = active ? null : clock.GetUtcNow();
        await userManager.UpdateAsync(user);
        if (!active)
        {
            await userManager.UpdateSecurityStampAsync(user);
            await sessions.EndAllAsync(userId, "user deactivated", ct);
        }

        permissions.Invalidate(userId);
        await bus.PublishAsync(new LiveEvent(LiveEvent.Access, LiveKinds.AccessChanged, userId.ToString(), currentUser.UserId), ct);
        return ChangeResult.Ok();
    }

    public async Task<ChangeResult> SendPasswordResetAsync(Guid userId, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.UsersManage, ct);
        await using var scope = scopes.Create();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var user = await userManager.FindByIdAsync(userId.ToString());
        if (user is null || !user.IsActive)
        {
            return ChangeResult.Fail("", "Only active users can be sent a reset link.");
        }

        await accounts.SendResetLinkAsync(user, currentUser.IpAddress, invitation: false);
        return ChangeResult.Ok();
    }

    public static string RoleName(UserRole role) => role.ToString().ToLowerInvariant();

    private async Task<bool> IsLastActiveAdminAsync(Guid userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return !await db.Users.AnyAsync(
            u => u.Id != userId && u.IsActive && u.RoleLinks.Any(l => l.Role!.Code == UserRole.Admin), ct);
    }
}
