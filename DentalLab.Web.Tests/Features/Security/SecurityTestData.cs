using DentalLab.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>Users of the security tests: fresh accounts with the demo password, in a built-in role.</summary>
public static class SecurityTestData
{
    public const string Password = "Security-Test-2026!";

    public static async Task<(string Email, Guid Id)> CreateUserAsync(LabApp app, string role, string? email = null)
    {
        email ??= $"sec-{Guid.NewGuid():N}@dentallab.test";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = email, Email = email, FullName = "Security " + role, EmailConfirmed = true };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return (email, user.Id);
    }
}
