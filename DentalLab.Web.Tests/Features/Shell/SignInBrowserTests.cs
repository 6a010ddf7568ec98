using System.Text.RegularExpressions;
using DentalLab.Data.Seed;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Shell;

/// <summary>Each demo account signs in through Chromium, lands where it should, sees only its menu and signs out.</summary>
[Collection(LabCollection.Name)]
public sealed class SignInBrowserTests(LabServerFixture server)
{
    public static TheoryData<string, string, string[]> Accounts => new()
    {
        { "admin@dentallab.test", "/", ["Dashboard", "Reports", "Cases", "Board", "Scan station", "Workflow templates", "Calendar", "Invoices", "To invoice", "Price list", "Inventory", "Suppliers", "Dentists", "Applications", "Staff", "Roster", "Departments", "Equipment", "Messages", "Notifications", "Logistics", "My route", "Users", "Audit log", "Roles and permissions", "Settings"] },
        { "manager@dentallab.test", "/", ["Dashboard", "Reports", "Cases", "Board", "Scan station", "Workflow templates", "Calendar", "Invoices", "To invoice", "Price list", "Inventory", "Suppliers", "Dentists", "Applications", "Staff", "Roster", "Departments", "Equipment", "Messages", "Notifications", "Logistics", "My route", "Audit log", "Settings"] },
        { "tech@dentallab.test", "/", ["Dashboard", "Cases", "Board", "Scan station", "Calendar", "Inventory", "Suppliers", "Departments", "Equipment", "Messages", "Notifications"] },
        { "staff@dentallab.test", "/", ["Dashboard", "Cases", "Board", "Calendar", "Invoices", "To invoice", "Inventory", "Suppliers", "Dentists", "Messages", "Notifications", "Logistics", "My route"] },
        { "dentist@dentallab.test", "/portal", [] },
        { "dentist2@dentallab.test", "/portal", [] },
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task A_demo_account_signs_in_lands_on_its_page_sees_its_menu_and_signs_out(string email, string landing, string[] menu)
    {
        var app = await server.SharedAppAsync("browser");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();

        await SignInAsync(page, email);
        await page.WaitForURLAsync(app.BaseUrl + landing);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        if (landing == "/portal")
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My cases" })).ToBeVisibleAsync();
        }
        else
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        }

        var links = await page.Locator("[data-testid=nav-link]").AllInnerTextsAsync();
        Assert.Equal(menu, links.Select(l => l.Trim()).ToArray());

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/account/login"));
        await page.GotoAsync(landing);
        await page.WaitForURLAsync(new Regex("/account/login"));
    }

    [Fact]
    public async Task A_dentist_typing_a_staff_address_gets_not_found_and_no_staff_navigation()
    {
        var app = await server.SharedAppAsync("browser");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await SignInAsync(page, "dentist@dentallab.test");
        await page.WaitForURLAsync(app.BaseUrl + "/portal");

        foreach (var address in new[] { "/admin/users", "/", "/admin/audit" })
        {
            await page.GotoAsync(address);
            await Assertions.Expect(page.GetByText("Not found").First).ToBeVisibleAsync();
            Assert.Equal(0, await page.Locator("[data-testid=nav-link]").CountAsync());
            Assert.Equal(0, await page.GetByText("Users").CountAsync());
        }
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoDataGenerator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
