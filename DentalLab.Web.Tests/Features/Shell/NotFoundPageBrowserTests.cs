using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Shell;

/// <summary>A page the user may not open answers "Not found": titled so, and without a stray focus box.</summary>
[Collection(LabCollection.Name)]
public sealed class NotFoundPageBrowserTests(LabServerFixture server)
{
    [Theory]
    [InlineData("/invoices")]
    [InlineData("/no-such-page")]
    public async Task A_refused_or_missing_page_is_titled_not_found_and_draws_no_focus_box(string path)
    {
        var app = await server.SharedAppAsync("shell");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("tech@dentallab.test");
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.WaitForInteractiveAsync();
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not found", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("Not found · DentalLab");

        // Following a link inside the app (the router moves focus to the heading) draws no outline either.
        await page.EvaluateAsync("() => Blazor.navigateTo('/billing/prices')");
        await page.WaitForURLAsync(app.BaseUrl + "/billing/prices");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not found", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("Not found · DentalLab");
        var outline = await page.EvaluateAsync<string>("() => { const e = document.activeElement; return !e || e === document.body ? 'none' : getComputedStyle(e).outlineStyle; }");
        Assert.Equal("none", outline);
    }
}
