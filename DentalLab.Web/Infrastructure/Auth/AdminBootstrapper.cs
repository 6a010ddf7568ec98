using DentalLab.Data;
using DentalLab.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Infrastructure.Auth;

/// <summary>Creates the first admin from configuration (Admin:Email, Admin:Password) when no admin exists.</summary>
internal sealed class AdminBootstrapper(
    IConfiguration configuration,
    UserManager<User> userManager,
    IDbContextFactory<LabDbContext> dbFactory,
    ILogger<AdminBootstrapper> logger)
{
    public async Task EnsureAdminAsync()
    {
        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        await using var db = await dbFactory.CreateDbContextAsync();
        var adminRoleId = await db.Roles.Where(r => r.Code == UserRole.Admin).Select(r => r.Id).SingleAsync();
        if (await db.UserRoles.AnyAsync(l => l.RoleId == adminRoleId))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning("No admin exists. Set Admin:Email and Admin:Password to create the first one at start-up");
            return;
        }

        var admin = new User
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = configuration["Admin:FullName"] ?? "Administrator",
        };
        var result = await userManager.CreateAsync(admin, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The first admin could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await userManager.AddToRoleAsync(admin, "admin");
        logger.LogInformation("Created the first admin {UserId}", admin.Id);
    }
}
