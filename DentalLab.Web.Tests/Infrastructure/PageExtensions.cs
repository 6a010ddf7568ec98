using DentalLab.Data.Seed;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Infrastructure;

public static class PageExtensions
{
    /// <summary>Signs in through the form as a demo account (password DemoLab-2026!).</summary>
    public static async Task SignInAsync(this IPage page, string email, string password = DemoDataGenerator.DemoPassword)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Waits until the page's circuit is up, so live updates and clicks reach the server.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        Assertions.Expect(page.Locator("[data-testid=interactive]")).ToHaveAttributeAsync("data-ready", "true");
}
