using DentalLab.Web.Features.Billing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Billing;

/// <summary>The invoice list shows the totals of what it lists, on screen, and they follow the filters.</summary>
[Collection(LabCollection.Name)]
public sealed class InvoiceListBrowserTests(LabServerFixture server)
{
    [Fact]
    public async Task The_totals_above_the_list_match_the_filtered_invoices()
    {
        var app = await server.SharedAppAsync("billing-list-page");
        InvoiceTotals all;
        await using (var scope = await app.ScopeAsAsync("manager@dentallab.test"))
        {
            all = (await scope.ServiceProvider.GetRequiredService<InvoiceQueries>().ListAsync(new InvoiceQuery(null, null, null, null, false, 0, 25))).Totals;
        }

        Assert.True(all.Invoiced > 0, "the demo lab has sent invoices");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("manager@dentallab.test");
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.GotoAsync("/invoices");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByText("Invoiced " + Money.Format(all.Invoiced, "USD"))).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Outstanding " + Money.Format(all.Outstanding, "USD"))).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("total-refunded")).ToHaveTextAsync("Refunded " + Money.Format(all.Refunded, "USD"));
        await Assertions.Expect(page.GetByTestId("totals-explained")).ToContainTextAsync("Outstanding = invoiced − paid − refunded");
        Assert.Equal(all.Invoiced - all.Paid - all.Refunded, all.Outstanding);
    }
}
