using System.Text.RegularExpressions;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Admin.Roles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Admin;

/// <summary>An admin manages users in the browser: create with a role (invitation emailed), refuse a duplicate, deactivate.</summary>
[Collection(LabCollection.Name)]
public sealed class UsersPageTests(LabServerFixture server)
{
    [Fact]
    public async Task An_admin_creates_a_user_who_is_invited_by_email_and_then_deactivates_them()
    {
        var app = await server.SharedAppAsync("users-page");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("admin@dentallab.test");
        await page.WaitForURLAsync(app.BaseUrl + "/");
        // Click only once the page is interactive: a link followed during start-up can leave the old page showing.
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/admin/users");
        await page.WaitForInteractiveAsync();

        // A duplicate address is refused next to the field, and what was typed stays.
        await page.GetByRole(AriaRole.Button, new() { Name = "New user" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Full name").FillAsync("Ingrid Ødegaard");
        await dialog.GetByLabel("Email").FillAsync("tech@dentallab.test");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        await Assertions.Expect(dialog.GetByText("A user with this email address already exists.")).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByLabel("Full name")).ToHaveValueAsync("Ingrid Ødegaard");

        await dialog.GetByLabel("Email").FillAsync("ingrid@dentallab.test");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        await Assertions.Expect(page.GetByText("User created.")).ToBeVisibleAsync();
        await page.GetByLabel("Search name or email").FillAsync("Ødegaard");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "ingrid@dentallab.test" });
        // Wait for the search to have filtered the table (header + one row): clicking while it reloads hits a vanishing row.
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToBeVisibleAsync();

        var mail = Eml.Body(await app.WaitForEmailAsync("ingrid@dentallab.test"));
        Assert.Matches(new Regex("/account/reset-password\\?token="), mail);

        await row.GetByRole(AriaRole.Button, new() { Name = "Deactivate Ingrid Ødegaard" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Deactivate", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Ingrid Ødegaard deactivated.")).ToBeVisibleAsync();

        await using var db = app.Db();
        var user = await db.Users.SingleAsync(u => u.Email == "ingrid@dentallab.test");
        Assert.False(user.IsActive);
        Assert.Equal("technician", await db.UserRoles.Where(l => l.UserId == user.Id).Select(l => l.Role!.Name).SingleAsync());
    }

    [Fact]
    public async Task A_custom_role_is_offered_for_a_new_user_and_given_to_an_existing_one_from_the_users_page()
    {
        var app = await server.SharedAppAsync("users-page");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var roleName = "Ceramist " + tag;
        Guid roleId;
        await using (var admin = await app.ScopeAsAsync("admin@dentallab.test"))
        {
            var (created, id) = await admin.ServiceProvider.GetRequiredService<RoleAdminService>()
                .CreateAsync(roleName, "Layers and glazes ceramics", SeedData.RoleId(UserRole.Technician));
            Assert.True(created.Succeeded, created.Message);
            roleId = id!.Value;
        }

        var (userId, _) = await AdminTestData.NewUserAsync(app, UserRole.Technician, "Petra Vogel " + tag);
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("admin@dentallab.test");
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.GotoAsync("/admin/users");
        await page.WaitForInteractiveAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "New user" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Role").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = roleName })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);

        await page.GetByLabel("Search name or email").FillAsync(tag);
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await page.GetByLabel($"Role of Petra Vogel {tag}").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = roleName }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Change role" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Petra Vogel {tag} is now {roleName}.")).ToBeVisibleAsync();

        await using var db = app.Db();
        Assert.Equal(roleId, await db.UserRoles.Where(l => l.UserId == userId).Select(l => l.RoleId).SingleAsync());
    }
}
