using System.Text.RegularExpressions;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Admin.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Shell;

/// <summary>A session ended on the server reaches open interactive pages too.</summary>
[Collection(LabCollection.Name)]
public sealed class SessionBrowserTests(LabServerFixture server)
{
    // Pages re-check their session every 2 s here (30 s in production) so the test waits for seconds, not a minute.
    private static readonly Dictionary<string, string?> FastRevalidation = new() { ["Auth:RevalidationSeconds"] = "2" };

    [Fact]
    public async Task A_deactivated_user_is_sent_to_sign_in_from_an_open_page_without_reloading()
    {
        var app = await server.SharedAppAsync("sessions", settings: FastRevalidation);
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await SignInAsync(page, "tech@dentallab.test");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        // The circuit must be up, so the redirect can only come from revalidation.
        await page.WaitForInteractiveAsync();

        await using (var db = app.Db())
        {
            var techId = await db.Users.Where(u => u.NormalizedEmail == "TECH@DENTALLAB.TEST").Select(u => u.Id).SingleAsync();
            await using var admin = await app.ScopeAsAsync("admin@dentallab.test");
            Assert.True((await admin.ServiceProvider.GetRequiredService<UserAdminService>().SetActiveAsync(techId, false)).Succeeded);
        }

        await page.WaitForURLAsync(new Regex("/account/login"), new() { Timeout = 15_000 });
        await page.GetByLabel("Email").FillAsync("tech@dentallab.test");
        await page.GetByLabel("Password").FillAsync(DemoDataGenerator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("login-error")).ToContainTextAsync("deactivated");
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoDataGenerator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
