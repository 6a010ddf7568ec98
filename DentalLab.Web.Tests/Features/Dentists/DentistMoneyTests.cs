using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Dentists;

/// <summary>Money on the dentists' pages carries the lab's currency, as everywhere else.</summary>
[Collection(LabCollection.Name)]
public sealed partial class DentistMoneyTests(LabServerFixture server)
{
    [Fact]
    public async Task The_dentist_list_and_profile_show_outstanding_money_with_the_currency()
    {
        var app = await server.SharedAppAsync("dentists");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("manager@dentallab.test");
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.GotoAsync("/dentists");
        await page.WaitForInteractiveAsync();
        var outstanding = page.Locator("td[data-label='Outstanding']");
        await Assertions.Expect(outstanding.First).ToHaveTextAsync(Amount());

        await page.Locator("td[data-label='Practice'] a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/dentists/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByText(Amount()).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(PlainNumber())).ToHaveCountAsync(0);
    }

    /// <summary>"$1,234.50" (the seeded currency is USD).</summary>
    [GeneratedRegex(@"^\s*-?\$\d{1,3}(,\d{3})*\.\d{2}\s*$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^\s*\d{1,3}(,\d{3})*\.\d{2}\s*$")]
    private static partial Regex PlainNumber();
}
