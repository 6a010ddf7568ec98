using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Billing;

/// <summary>A dentist sees their own invoices and statements in the portal, and nobody else's.</summary>
[Collection(LabCollection.Name)]
public sealed class PortalInvoicesBrowserTests(LabServerFixture server)
{
    [Fact]
    public async Task A_dentist_lists_their_own_invoices_with_balances_and_downloads_a_pdf_and_a_statement()
    {
        var app = await server.SharedAppAsync("billing-browser");
        var kowalska = await BillingTestData.DentistAsync(app, "Uśmiech");
        var muller = await BillingTestData.DentistAsync(app, "Zahnarztpraxis Müller");
        var hers = await BillingTestData.SentInvoiceAsync(app, kowalska.Id, (await BillingTestData.DeliveredCaseAsync(app, kowalska.Id)).Id);
        var his = await BillingTestData.SentInvoiceAsync(app, muller.Id, (await BillingTestData.DeliveredCaseAsync(app, muller.Id)).Id);
        var invoice = await BillingTestData.InvoiceAsync(app, hers);

        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("dentist@dentallab.test");
        await page.WaitForURLAsync(app.BaseUrl + "/portal");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Invoices", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/portal/invoices");

        var table = page.Locator("[data-testid=my-invoices]");
        var row = table.Locator("tr", new() { HasText = hers });
        await Assertions.Expect(row).ToContainTextAsync(DentalLab.Web.Features.Billing.Money.Format(invoice.Balance, "USD"));
        await Assertions.Expect(row).ToContainTextAsync("Sent");
        await Assertions.Expect(table).Not.ToContainTextAsync(his);

        var pdfHref = await page.GetByRole(AriaRole.Link, new() { Name = $"Download {hers}" }).GetAttributeAsync("href");
        var pdf = await context.APIRequest.GetAsync(pdfHref!);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.BodyAsync()))
        {
            Assert.Contains(hers, string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
        }

        var month = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var statementHref = await page.GetByRole(AriaRole.Link, new() { Name = $"Statement {month}" }).GetAttributeAsync("href");
        Assert.Equal($"/billing/statements/{kowalska.Id}/{month}.pdf", statementHref);
        var statement = await context.APIRequest.GetAsync(statementHref!);
        Assert.Equal("application/pdf", statement.Headers["content-type"]);
        Assert.Equal(404, (await context.APIRequest.GetAsync($"/invoices/{his}/pdf")).Status);
    }
}
