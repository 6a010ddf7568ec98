using System.Text.Json;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Resilience;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Admin.Roles;

public sealed record RoleColumn(Guid Id, string Name, string Description, UserRole? Code, int Users, IReadOnlySet<string> Grants)
{
    public bool IsBuiltIn => Code is not null;
}

public sealed record PermissionRow(string Code, string Module, string Description);

public sealed record RoleMatrix(IReadOnlyList<RoleColumn> Roles, IReadOnlyList<PermissionRow> Permissions);

public sealed record RoleUser(Guid Id, string FullName, string Email, bool IsActive);

/// <summary>
/// The roles matrix (roles.manage): grants per role, custom roles, and who holds a role. Every change takes the
/// roles lock, checks the guards inside its transaction, is audited with the role's grants before and after, and
/// is published as <see cref="LiveKinds.AccessChanged"/> so every instance forgets cached permissions and open pages
/// re-check theirs.
/// </summary>
public sealed class RoleAdminService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    PermissionRegistry permissions,
    LiveEventBus bus)
{
    /// <summary>Permissions a dentist's role may hold besides portal.access (the rest are staff permissions).</summary>
    public static readonly IReadOnlySet<string> PortalCompatible = new HashSet<string>(StringComparer.Ordinal) { PermissionCodes.PortalAccess, PermissionCodes.MessagesUse };

    private const string RolesLock = "SELECT pg_advisory_xact_lock(4704366367502190658)";

    public async Task<RoleMatrix> MatrixAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.RolesManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var roles = await db.Roles.AsNoTracking()
            .OrderBy(r => r.Code == null).ThenBy(r => r.Code).ThenBy(r => r.Name)
            .Select(r => new
            {
                r.Id, r.Name, r.Description, r.Code,
                Users = db.UserRoles.Count(l => l.RoleId == r.Id && l.User!.IsActive),
                Grants = r.Permissions.Select(p => p.Permission!.Code).ToList(),
            })
            .ToListAsync(ct);
        var columns = roles.Select(r => new RoleColumn(r.Id, r.Name ?? "", r.Description, r.Code, r.Users, r.Grants.ToHashSet(StringComparer.Ordinal))).ToList();
        return new RoleMatrix(columns, PermissionCodes.All.Select(p => new PermissionRow(p.Code, p.Module, p.Description)).ToList());
    }

    public async Task<IReadOnlyList<RoleUser>> UsersAsync(Guid roleId, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.RolesManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.UserRoles.AsNoTracking().Where(l => l.RoleId == roleId)
            .OrderBy(l => l.User!.FullName)
            .Select(l => new RoleUser(l.UserId, l.User!.FullName, l.User.Email ?? "", l.User.IsActive))
            .ToListAsync(ct);
    }

    /// <summary>Grants or removes one permission of one role.</summary>
    public async Task<ChangeResult> SetGrantAsync(Guid roleId, string permission, bool granted, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.RolesManage, ct);
        if (!PermissionCodes.All.Any(p => p.Code == permission))
        {
            return ChangeResult.Fail("", "There is no such permission.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.BeginResilientTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(RolesLock, ct);
        var role = await db.Roles.Include(r => r.Permissions).ThenInclude(p => p.Permission).SingleOrDefaultAsync(r => r.Id == roleId, ct);
        if (role is null)
        {
            return ChangeResult.Fail("", "This role does not exist.");
        }

        var before = Grants(role);
        if (before.Contains(permission) == granted)
        {
            return ChangeResult.Ok();
        }

        var after = new HashSet<string>(before, StringComparer.Ordinal);
        if (granted)
        {
            after.Add(permission);
        }
        else
        {
            after.Remove(permission);
        }

        if (MixesPortalAndStaff(after))
        {
            return ChangeResult.Fail("", "portal.access cannot be combined with staff permissions in one role: a dentist never sees the staff app.");
        }

        if (granted)
        {
            var permissionId = await db.Permissions.Where(p => p.Code == permission).Select(p => p.Id).SingleAsync(ct);
            role.Permissions.Add(new RolePermission { RoleId = role.Id, PermissionId = permissionId });
        }
        else
        {
            db.RolePermissions.Remove(role.Permissions.Single(p => p.Permission!.Code == permission));
        }

        db.AuditLog.Add(GrantsChanged(role.Id, before, after));
        await db.SaveChangesAsync(ct);
        if (await LeavesNoAdministratorAsync(db, ct))
        {
            await tx.RollbackAsync(ct);
            return ChangeResult.Fail("", "This change would leave the lab without an active user who can manage users and roles.");
        }

        await tx.CommitAsync(ct);
        await PublishAsync(role.Id, me, ct);
        return ChangeResult.Ok();
    }

    /// <summary>A custom role with the grants of <paramref name="copyFrom"/> (or none).</summary>
    public async Task<(ChangeResult Result, Guid? RoleId)> CreateAsync(string name, string description, Guid? copyFrom, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.RolesManage, ct);
        var trimmed = (name ?? "").Trim();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await NameProblemAsync(db, trimmed, null, ct) is { } problem)
        {
            return (ChangeResult.Fail("Name", problem), null);
        }

        await using var tx = await db.BeginResilientTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(RolesLock, ct);
        var role = new Role
        {
            Id = Guid.CreateVersion7(),
            Name = trimmed,
            NormalizedName = trimmed.ToUpperInvariant(),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            Description = (description ?? "").Trim(),
        };
        var grants = copyFrom is { } source
            ? await db.RolePermissions.Where(p => p.RoleId == source).Select(p => new { p.PermissionId, p.Permission!.Code }).ToListAsync(ct)
            : [];
        foreach (var grant in grants)
        {
            role.Permissions.Add(new RolePermission { RoleId = role.Id, PermissionId = grant.PermissionId });
        }

        db.Roles.Add(role);
        db.AuditLog.Add(GrantsChanged(role.Id, new HashSet<string>(), grants.Select(g => g.Code).ToHashSet(StringComparer.Ordinal)));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await PublishAsync(role.Id, me, ct);
        return (ChangeResult.Ok(), role.Id);
    }

    public async Task<ChangeResult> RenameAsync(Guid roleId, string name, string description, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.RolesManage, ct);
        var trimmed = (name ?? "").Trim();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var role = await db.Roles.SingleOrDefaultAsync(r => r.Id == roleId, ct);
        if (role is null)
        {
            return ChangeResult.Fail("", "This role does not exist.");
        }

        if (role.Code is not null && !string.Equals(trimmed, role.Name, StringComparison.Ordinal))
        {
            // Identity finds built-in roles by these names (user creation, sign-in landing).
            return ChangeResult.Fail("Name", "A built-in role keeps its name; its description and permissions can be changed.");
        }

        if (await NameProblemAsync(db, trimmed, roleId, ct) is { } problem)
        {
            return ChangeResult.Fail("Name", problem);
        }

        role.Name = trimmed;
        role.NormalizedName = trimmed.ToUpperInvariant();
        role.Description = (description ?? "").Trim();
        await db.SaveChangesAsync(ct);
        await PublishAsync(role.Id, me, ct);
        return ChangeResult.Ok();
    }

    /// <summary>Deletes a custom role that no user holds.</summary>
    public async Task<ChangeResult> DeleteAsync(Guid roleId, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.RolesManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.BeginResilientTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(RolesLock, ct);
        var role = await db.Roles.Include(r => r.Permissions).ThenInclude(p => p.Permission).SingleOrDefaultAsync(r => r.Id == roleId, ct);
        if (role is null)
        {
            return ChangeResult.Fail("", "This role does not exist.");
        }

        if (role.Code is not null)
        {
            return ChangeResult.Fail("", "The five built-in roles can be edited but not deleted.");
        }

        var holders = await db.UserRoles.CountAsync(l => l.RoleId == roleId, ct);
        if (holders > 0)
        {
            return ChangeResult.Fail("", $"{holders} {(holders == 1 ? "user holds" : "users hold")} this role: give them another role first.");
        }

        db.AuditLog.Add(GrantsChanged(role.Id, Grants(role), new HashSet<string>()));
        db.RolePermissions.RemoveRange(role.Permissions);
        db.Roles.Remove(role);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await PublishAsync(role.Id, me, ct);
        return ChangeResult.Ok();
    }

    /// <summary>Gives a user a role (built-in or custom; users.manage), with the same guard as the grants.</summary>
    public async Task<ChangeResult> AssignAsync(Guid userId, Guid roleId, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.UsersManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.BeginResilientTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(RolesLock, ct);
        if (!await db.Roles.AnyAsync(r => r.Id == roleId, ct) || !await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return ChangeResult.Fail("", "This user or role does not exist.");
        }

        var links = await db.UserRoles.Where(l => l.UserId == userId).ToListAsync(ct);
        if (links.Any(l => l.RoleId == roleId))
        {
            return ChangeResult.Ok();
        }

        db.UserRoles.RemoveRange(links);
        await db.SaveChangesAsync(ct);
        db.UserRoles.Add(new UserRoleLink { UserId = userId, RoleId = roleId });
        await db.SaveChangesAsync(ct);
        if (await LeavesNoAdministratorAsync(db, ct))
        {
            await tx.RollbackAsync(ct);
            return ChangeResult.Fail("", "This change would leave the lab without an active user who can manage users and roles.");
        }

        await tx.CommitAsync(ct);
        permissions.Invalidate(userId);
        await bus.PublishAsync(new LiveEvent(LiveEvent.Access, LiveKinds.AccessChanged, userId.ToString(), me), ct);
        return ChangeResult.Ok();
    }

    /// <summary>portal.access together with any staff permission.</summary>
    public static bool MixesPortalAndStaff(IReadOnlySet<string> grants) =>
        grants.Contains(PermissionCodes.PortalAccess) && grants.Any(g => !PortalCompatible.Contains(g));

    private static HashSet<string> Grants(Role role) => role.Permissions.Select(p => p.Permission!.Code).ToHashSet(StringComparer.Ordinal);

    private static AuditLogEntry GrantsChanged(Guid roleId, IReadOnlySet<string> before, IReadOnlySet<string> after) =>
        AuditLogEntry.For("roles", roleId.ToString(), AuditAction.Update,
            JsonSerializer.Serialize(new { permissions = before.Order(StringComparer.Ordinal) }),
            JsonSerializer.Serialize(new { permissions = after.Order(StringComparer.Ordinal) }));

    /// <summary>Inside the change's transaction: is there still an active user who holds both users.manage and roles.manage?</summary>
    private static async Task<bool> LeavesNoAdministratorAsync(LabDbContext db, CancellationToken ct) =>
        !await db.Users.AnyAsync(u => u.IsActive && u.RoleLinks.Any(l =>
            l.Role!.Permissions.Any(p => p.Permission!.Code == PermissionCodes.UsersManage)
            && l.Role.Permissions.Any(p => p.Permission!.Code == PermissionCodes.RolesManage)), ct);

    private static async Task<string?> NameProblemAsync(LabDbContext db, string name, Guid? self, CancellationToken ct)
    {
        if (name.Length is < 2 or > 50)
        {
            return "A role's name has 2 to 50 characters.";
        }

        var normalized = name.ToUpperInvariant();
        return await db.Roles.AnyAsync(r => r.NormalizedName == normalized && r.Id != self, ct) ? "Another role already has this name." : null;
    }

    private async Task PublishAsync(Guid roleId, Guid actor, CancellationToken ct)
    {
        permissions.Invalidate();
        await bus.PublishAsync(new LiveEvent(LiveEvent.Access, LiveKinds.AccessChanged, roleId.ToString(), actor), ct);
    }
}
