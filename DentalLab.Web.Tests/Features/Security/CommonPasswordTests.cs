using DentalLab.Data.Seed;
using System.Text.RegularExpressions;
using DentalLab.Data.Entities;
using DentalLab.Web.Features.Admin.Users;
using DentalLab.Web.Infrastructure.Auth.Passwords;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>
/// ASVS 6.2.4: a password on the bundled list of the 100,000 most common passwords is refused wherever a password is
/// set — the invitation / reset link page, the staff profile and the portal profile — with the message next to the field.
/// </summary>
[Collection(LabCollection.Name)]
public sealed partial class CommonPasswordTests(LabServerFixture server)
{
    /// <summary>On the list (rank ~1,000 of 100,000) and 12 characters long, so only the list refuses it.</summary>
    private const string Common = "1qaz2wsx3edc";

    private Task<LabApp> AppAsync() => server.SharedAppAsync("security-passwords");

    [Fact]
    public async Task The_bundled_list_holds_100000_passwords_is_loaded_once_and_refuses_them_in_any_case()
    {
        var app = await AppAsync();
        var list = app.Services.GetRequiredService<CommonPasswords>();
        Assert.Same(list, app.Services.GetRequiredService<CommonPasswords>());
        Assert.Equal(100_000, list.Lines);
        Assert.Equal(96_518, list.Count); // different passwords once case is ignored
        Assert.True(list.Contains("123qweasdzxc"));

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        foreach (var password in new[] { Common, Common.ToUpperInvariant() })
        {
            var email = $"common-{Guid.NewGuid():N}"[..20] + "@dentallab.test";
            var refused = await users.CreateAsync(new User { UserName = email, Email = email, FullName = "Common Password" }, password);
            Assert.False(refused.Succeeded);
            Assert.Equal(CommonPasswordValidator.Code, Assert.Single(refused.Errors).Code);
        }

        var fine = $"fine-{Guid.NewGuid():N}"[..20] + "@dentallab.test";
        Assert.True((await users.CreateAsync(new User { UserName = fine, Email = fine, FullName = "Fine Password" }, "Harbour-lantern-73-quietly")).Succeeded);
    }

    [Fact]
    public async Task Every_form_that_sets_a_password_says_next_to_the_field_that_a_common_one_is_refused()
    {
        var app = await AppAsync();
        var email = $"invite-{Guid.NewGuid():N}"[..18] + "@dentallab.test";
        await using (var admin = await app.ScopeAsAsync("admin@dentallab.test"))
        {
            var created = await admin.ServiceProvider.GetRequiredService<UserAdminService>()
                .CreateAsync(new NewUserInput { FullName = "Invited Technician", Email = email, RoleId = SeedData.RoleId(UserRole.Technician) });
            Assert.True(created.Succeeded, created.Message);
        }

        var link = InvitationLink().Match(Eml.Body(await app.WaitForEmailAsync(email))).Value;
        Assert.NotEmpty(link);
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();

        // The invitation link (the same page as a reset link): refused next to the field, the link still usable.
        await page.GotoAsync(link);
        await page.GetByLabel("New password (at least 12 characters)").FillAsync(Common);
        await page.GetByLabel("Repeat the new password").FillAsync(Common);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set the password" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("password-error")).ToHaveTextAsync(CommonPasswordValidator.Description);
        await Assertions.Expect(page.Locator("#password ~ [data-testid=password-error]")).ToHaveCountAsync(1);
        const string chosen = "Harbour-lantern-73-quietly";
        await page.GetByLabel("New password (at least 12 characters)").FillAsync(chosen);
        await page.GetByLabel("Repeat the new password").FillAsync(chosen);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set the password" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("reset-done")).ToBeVisibleAsync();

        // The staff profile's password change.
        await page.SignInAsync(email, chosen);
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await ExpectProfileRefusesAsync(page, "/account/profile", chosen);

        // The portal profile's.
        await using var dentistContext = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var dentist = await dentistContext.NewPageAsync();
        await dentist.SignInAsync("dentist@dentallab.test");
        await dentist.WaitForURLAsync(new Regex("/portal"));
        await ExpectProfileRefusesAsync(dentist, "/portal/profile", DentalLab.Data.Seed.DemoDataGenerator.DemoPassword);

        // Nothing was changed by the refusals: the chosen password still signs in.
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, chosen));
    }

    private static async Task ExpectProfileRefusesAsync(IPage page, string profile, string current)
    {
        await page.GotoAsync(profile);
        await page.WaitForInteractiveAsync();
        await page.GetByLabel("Current password").FillAsync(current);
        await page.GetByLabel("New password (at least 12 characters)").FillAsync(Common);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        var field = page.Locator(".mud-input-control").Filter(new() { Has = page.GetByLabel("New password (at least 12 characters)") });
        await Assertions.Expect(field.Locator(".mud-input-helper-text")).ToHaveTextAsync(CommonPasswordValidator.Description);
        await Assertions.Expect(page.GetByTestId("password-changed")).ToHaveCountAsync(0);
    }

    /// <summary>The link's path and token (the test opens it on the test app's own address).</summary>
    [GeneratedRegex(@"/account/reset-password\?token=[A-Za-z0-9_\-%]+")]
    private static partial Regex InvitationLink();
}
