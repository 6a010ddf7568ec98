using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>Finding 8: the interactive app really works under its Content-Security-Policy, with no violation reported.</summary>
[Collection(LabCollection.Name)]
public sealed class CspBrowserTests(LabServerFixture server)
{
    [Fact]
    public async Task Sign_in_then_interactive_pages_work_under_the_policy_with_no_violation_in_the_console()
    {
        var app = await server.SharedAppAsync("security-headers");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        // Every CSP violation the page sees (the init script runs outside the page's policy).
        await context.AddInitScriptAsync(
            "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                console.Add(message.Text);
            }
        };

        await page.SignInAsync("staff@dentallab.test");
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.WaitForInteractiveAsync();
        var violations = new List<string>(await ViolationsAsync(page));

        // A page switch inside the circuit, then a MudBlazor select (popover, JS interop) that must still open and choose.
        await page.GotoAsync("/cases");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New case" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New case" })).ToBeVisibleAsync();
        await page.GetByLabel("Urgency").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Rush" }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("Urgency")).ToHaveValueAsync("Rush");
        violations.AddRange(await ViolationsAsync(page));

        // The live board (drag and drop, live updates).
        await page.GotoAsync("/board");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Production board" })).ToBeVisibleAsync();
        violations.AddRange(await ViolationsAsync(page));

        Assert.Empty(violations);
        Assert.DoesNotContain(console, c => c.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || c.Contains("Refused to", StringComparison.Ordinal));
    }

    private static async Task<string[]> ViolationsAsync(IPage page) => await page.EvaluateAsync<string[]>("() => window.__csp");
}
