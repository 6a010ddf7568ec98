using DentalLab.Data.Seed;
using DentalLab.Data.Entities;
using DentalLab.Web.Features.Admin.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Admin;

/// <summary>Users and waits for the administration tests.</summary>
internal static class AdminTestData
{
    public const string Admin = "admin@dentallab.test";
    public const string Password = DentalLab.Data.Seed.DemoDataGenerator.DemoPassword;

    public static async Task<Guid> UserIdAsync(LabApp app, string email)
    {
        await using var db = app.Db();
        return await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
    }

    /// <summary>A new user of <paramref name="role"/> created by the admin, with the demo password so they can sign in.</summary>
    public static async Task<(Guid Id, string Email)> NewUserAsync(LabApp app, UserRole role, string name = "Åsa Öberg")
    {
        var email = $"u-{Guid.NewGuid():N}"[..14] + "@dentallab.test";
        await using (var admin = await app.ScopeAsAsync(Admin))
        {
            var result = await admin.ServiceProvider.GetRequiredService<UserAdminService>().CreateAsync(new NewUserInput { FullName = name, Email = email, RoleId = SeedData.RoleId(role) });
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        }

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.True((await users.AddPasswordAsync(user, Password)).Succeeded);
        return (user.Id, email);
    }

    /// <summary>Waits (up to <paramref name="seconds"/>) until <paramref name="probe"/> finds something; polling the database the way a user would refresh.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what, int seconds = 15)
        where T : class
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("Timed out waiting for " + what);
            }

            await Task.Delay(100);
        }
    }
}
