using System.Text.RegularExpressions;
using DentalLab.Data.Entities;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Billing;

/// <summary>The front desk bills delivered cases in Chromium: draft, send, a partial then a final payment, the PDF.</summary>
[Collection(LabCollection.Name)]
public sealed class InvoiceBrowserTests(LabServerFixture server)
{
    [Fact]
    public async Task Staff_build_an_invoice_from_delivered_cases_send_it_record_two_payments_and_download_the_pdf()
    {
        var app = await server.SharedAppAsync("billing-browser");
        var dentist = await BillingTestData.DentistAsync(app, "Zahnarztpraxis Müller");
        var @case = await BillingTestData.DeliveredCaseAsync(app, dentist.Id, ProcedureType.Crown);
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync(BillingTestData.Staff);
        await page.WaitForURLAsync(app.BaseUrl + "/");

        // Draft from the dentist's delivered cases.
        await page.GotoAsync("/invoices/new");
        await page.WaitForInteractiveAsync();
        await page.GetByLabel("Dentist").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("Zahnarztpraxis Müller (Dr. Jonas Müller)").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=billable-cases]")).ToContainTextAsync(@case.CaseNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft invoice" }).ClickAsync();
        // The app moves to the new invoice in place (no page load to wait for): poll the address itself.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/invoices/INV-\\d{4}-\\d{5}$"));
        var number = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("[data-testid=invoice-status]")).ToHaveTextAsync("Draft");
        await Assertions.Expect(page.Locator("[data-testid=invoice-lines]")).ToContainTextAsync(@case.CaseNumber);

        // Send it (confirmed in a dialog).
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invoice" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Send invoice" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=invoice-status]")).ToHaveTextAsync("Sent");
        await Assertions.Expect(page.Locator("[data-testid=invoice-message]")).ToContainTextAsync("was sent to");
        await app.WaitForEmailAsync(number);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Edit line 1" })).ToHaveCountAsync(0);

        // A partial payment, then the rest.
        var invoice = await BillingTestData.InvoiceAsync(app, number);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Amount").FillAsync("10.00");
        await dialog.GetByLabel("Reference").FillAsync("TRF-PLAYWRIGHT");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save payment" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=invoice-paid]")).ToHaveTextAsync("$10.00");
        await Assertions.Expect(page.Locator("[data-testid=invoice-status]")).ToHaveTextAsync("Partly paid");
        await Assertions.Expect(page.Locator("[data-testid=payments]")).ToContainTextAsync("TRF-PLAYWRIGHT");

        await page.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog).GetByText("Balance due:")).ToContainTextAsync(DentalLab.Web.Features.Billing.Money.Format(invoice.Total - 10m, "USD"));
        // The amount starts empty: saving it as is records nothing and says why.
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog).GetByLabel("Amount")).ToHaveValueAsync("");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Save payment" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog).GetByText("Enter an amount greater than zero.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Fill in the full balance" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Save payment" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=invoice-status]")).ToHaveTextAsync("Paid");
        await Assertions.Expect(page.Locator("[data-testid=invoice-balance]")).ToHaveTextAsync("$0.00");
        Assert.Equal(InvoiceStatus.Paid, (await BillingTestData.InvoiceAsync(app, number)).Status);

        // Download the PDF through the page's link, with the signed-in browser's cookies.
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).GetAttributeAsync("href");
        var response = await context.APIRequest.GetAsync(href!);
        Assert.True(response.Ok);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.BodyAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains(@case.CaseNumber, text, StringComparison.Ordinal);
        Assert.Contains("Balance due $0.00", text, StringComparison.Ordinal);

        // The list shows it with its status.
        await page.GotoAsync("/invoices");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = number })).ToBeVisibleAsync();
    }
}
