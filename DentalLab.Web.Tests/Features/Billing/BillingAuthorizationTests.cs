using System.Net;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Billing;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Billing;

/// <summary>Who may reach billing: staff by permission, a dentist only their own PDFs (anything else is "not found").</summary>
[Collection(LabCollection.Name)]
public sealed class BillingAuthorizationTests(LabServerFixture server)
{
    private const string AppKey = "billing-flow";

    [Fact]
    public async Task A_dentist_downloads_their_own_invoice_and_statement_but_gets_not_found_for_another_dentists()
    {
        var app = await server.SharedAppAsync(AppKey);
        var kowalska = await BillingTestData.DentistAsync(app, "Uśmiech"); // dentist@
        var muller = await BillingTestData.DentistAsync(app, "Zahnarztpraxis Müller"); // dentist2@
        var hers = await BillingTestData.SentInvoiceAsync(app, kowalska.Id, (await BillingTestData.DeliveredCaseAsync(app, kowalska.Id)).Id);
        var his = await BillingTestData.SentInvoiceAsync(app, muller.Id, (await BillingTestData.DeliveredCaseAsync(app, muller.Id)).Id);
        var hisDraft = await BillingTestData.DraftAsync(app, muller.Id, (await BillingTestData.DeliveredCaseAsync(app, muller.Id)).Id);
        var month = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        using var http = new LabHttp(app);
        Assert.Equal(HttpStatusCode.Redirect, (await http.SignInAsync("dentist2@dentallab.test", DemoDataGenerator.DemoPassword)).StatusCode);

        var own = await http.GetAsync($"/invoices/{his}/pdf");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("application/pdf", own.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await own.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/billing/statements/{muller.Id}/{month}.pdf")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/invoices/{hers}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/billing/statements/{kowalska.Id}/{month}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/invoices/{hisDraft}/pdf")).StatusCode); // drafts are not his to see yet
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/invoices/INV-1999-99999/pdf")).StatusCode);

        // The staff pages are not there for a dentist.
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/invoices")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/invoices/{his}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/invoices/export.csv")).StatusCode);

        // The refusal was logged (without the invoice's content).
        var logs = Path.Combine(Path.GetDirectoryName(app.OutboxFolder)!, "logs");
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!Directory.Exists(logs) || !Directory.GetFiles(logs).Any(f => ReadShared(f).Contains($"Dentist scope refused", StringComparison.Ordinal) && ReadShared(f).Contains(hers, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < until, "The refused download was not logged.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_technician_cannot_open_billing_pages_documents_or_services()
    {
        var app = await server.SharedAppAsync(AppKey);
        var muller = await BillingTestData.DentistAsync(app, "Zahnarztpraxis Müller");
        var invoice = await BillingTestData.SentInvoiceAsync(app, muller.Id, (await BillingTestData.DeliveredCaseAsync(app, muller.Id)).Id);
        using var http = new LabHttp(app);
        await http.SignInAsync("tech@dentallab.test", DemoDataGenerator.DemoPassword);

        foreach (var page in new[] { "/invoices", "/invoices/new", $"/invoices/{invoice}", "/billing/prices", "/invoices/export.csv", "/portal/invoices" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(page)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/invoices/{invoice}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/billing/statements/{muller.Id}/2026-01.pdf")).StatusCode);

        await using var scope = await app.ScopeAsAsync("tech@dentallab.test");
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<InvoiceQueries>().ListAsync(new InvoiceQuery()));
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<InvoiceService>().RecordPaymentAsync(invoice, new PaymentInput { Amount = 1 }));
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<InvoiceService>().SendAsync(invoice));
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<PriceListService>().SetDiscountAsync(muller.Id, 50));
    }

    [Fact]
    public async Task Front_desk_staff_export_the_filtered_invoices_as_utf8_csv_but_cannot_edit_prices()
    {
        var app = await server.SharedAppAsync(AppKey);
        var kowalska = await BillingTestData.DentistAsync(app, "Uśmiech");
        var invoice = await BillingTestData.SentInvoiceAsync(app, kowalska.Id, (await BillingTestData.DeliveredCaseAsync(app, kowalska.Id)).Id);
        using var http = new LabHttp(app);
        await http.SignInAsync(BillingTestData.Staff, DemoDataGenerator.DemoPassword);

        var csv = await http.GetAsync($"/invoices/export.csv?dentist={kowalska.Id}&status=sent");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = System.Text.Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        var rows = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Invoice number,Practice,Status,Issue date,Due date,Total,Paid,Balance", rows[0]);
        Assert.Contains(rows, r => r.StartsWith($"{invoice},Uśmiech Dental Studio,Sent,", StringComparison.Ordinal));
        Assert.All(rows.Skip(1), r => Assert.Contains(",Sent,", r, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/billing/prices")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/invoices/{invoice}/pdf")).StatusCode);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
