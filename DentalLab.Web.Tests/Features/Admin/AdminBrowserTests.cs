using System.Globalization;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Admin.Roles;
using DentalLab.Web.Features.Admin.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Admin;

/// <summary>In Chromium: a removed grant closes the page it opened for someone else; a new time zone moves the dates on screen.</summary>
[Collection(LabCollection.Name)]
public sealed class AdminBrowserTests(LabServerFixture server)
{
    [Fact]
    public async Task An_admin_removes_invoices_view_from_staff_and_the_staff_users_open_invoice_page_closes()
    {
        var app = await server.SharedAppAsync("admin-roles");
        var browser = await server.BrowserAsync();
        await using var staffContext = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var staff = await staffContext.NewPageAsync();
        await staff.SignInAsync("staff@dentallab.test");
        await staff.GotoAsync("/invoices");
        await staff.WaitForInteractiveAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Invoices" })).ToBeVisibleAsync();

        await using var adminContext = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var admin = await adminContext.NewPageAsync();
        await admin.SignInAsync(AdminTestData.Admin);
        await admin.GotoAsync("/admin/roles");
        await admin.WaitForInteractiveAsync();
        var cell = admin.GetByRole(AriaRole.Switch, new() { Name = "invoices.view for staff", Exact = true });
        await Assertions.Expect(cell).ToHaveAttributeAsync("aria-checked", "true");
        await cell.ClickAsync();
        var confirm = admin.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync("Remove invoices.view (See invoices and statements) from staff?");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await Assertions.Expect(cell).ToHaveAttributeAsync("aria-checked", "false");

        try
        {
            // The staff user's open page leaves for "not found", and the navigation no longer offers invoices.
            await staff.WaitForURLAsync(app.BaseUrl + "/not-found", new() { Timeout = 60_000 });
            await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
            await Assertions.Expect(staff.GetByRole(AriaRole.Link, new() { Name = "Invoices", Exact = true })).ToHaveCountAsync(0);
        }
        finally
        {
            await using var scope = await app.ScopeAsAsync(AdminTestData.Admin);
            Assert.True((await scope.ServiceProvider.GetRequiredService<RoleAdminService>().SetGrantAsync(SeedData.RoleId(UserRole.Staff), PermissionCodes.InvoicesView, true)).Succeeded);
        }
    }

    [Fact]
    public async Task An_admin_changes_the_time_zone_and_sees_the_dates_move()
    {
        var app = await server.SharedAppAsync("admin-settings");
        var browser = await server.BrowserAsync();
        await using var context = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync(AdminTestData.Admin);

        // One fixed entry of the audit log: its time is shown in the lab's time zone.
        var adminId = await AdminTestData.UserIdAsync(app, AdminTestData.Admin);
        var entry = $"/admin/audit?table=users&record={adminId}&action=insert";
        await page.GotoAsync(entry);
        await page.WaitForInteractiveAsync();
        var when = page.GetByTestId("audit-row").First.Locator("td").Nth(1);
        var before = DateTime.ParseExact(await when.InnerTextAsync(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

        try
        {
            await page.GotoAsync("/admin/settings");
            await page.WaitForInteractiveAsync();
            var zone = page.GetByLabel("Time zone");
            await zone.FillAsync("Asia/Tok");
            await page.GetByRole(AriaRole.Option, new() { Name = "Asia/Tokyo" }).ClickAsync();
            await Assertions.Expect(zone).ToHaveValueAsync("Asia/Tokyo");

            // A wrong field elsewhere: nothing is saved and the input stays.
            var tax = page.GetByLabel("Tax rate");
            await tax.FillAsync("150");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Enter a percentage from 0 to 100 %.")).ToBeVisibleAsync();
            await Assertions.Expect(tax).ToHaveValueAsync("150");
            await tax.FillAsync("0");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Settings saved.")).ToBeVisibleAsync();

            await page.GotoAsync(entry);
            await page.WaitForInteractiveAsync();
            var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
            var expected = before.Add(tokyo.GetUtcOffset(DateTime.SpecifyKind(before, DateTimeKind.Utc)));
            await Assertions.Expect(page.GetByTestId("audit-row").First.Locator("td").Nth(1)).ToHaveTextAsync(expected.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        }
        finally
        {
            await using var scope = await app.ScopeAsAsync(AdminTestData.Admin);
            var settings = scope.ServiceProvider.GetRequiredService<SettingsAdminService>();
            var fields = await settings.ListAsync();
            fields.Single(f => f.Key == SettingKeys.TimeZone).Text = "UTC";
            fields.Single(f => f.Key == SettingKeys.TaxRate).Text = "0";
            Assert.True((await settings.SaveAsync(fields)).Succeeded);
        }
    }

    [Fact]
    public async Task The_settings_page_shows_the_last_backup_and_back_up_now_makes_one()
    {
        var app = await server.SharedAppAsync("admin-backups", settings: new() { ["Backup:Path"] = Path.Combine(server.WorkFolder, "settings-backups-" + Guid.NewGuid().ToString("N")[..8]) });
        var browser = await server.BrowserAsync();
        await using var context = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync(AdminTestData.Admin);
        await page.GotoAsync("/admin/settings");
        await page.WaitForInteractiveAsync();
        var panel = page.GetByTestId("backup-panel");
        await Assertions.Expect(panel.GetByTestId("last-backup")).ToHaveTextAsync("No backup has been made yet.");

        await panel.GetByRole(AriaRole.Button, new() { Name = "Back up now" }).ClickAsync();
        await Assertions.Expect(panel.GetByTestId("last-backup")).ToContainTextAsync("Last backup", new() { Timeout = 60_000 });
        await Assertions.Expect(panel.GetByTestId("last-backup")).ToContainTextAsync(DateTime.UtcNow.ToString("yyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Back up now" })).ToBeEnabledAsync();
    }
}
