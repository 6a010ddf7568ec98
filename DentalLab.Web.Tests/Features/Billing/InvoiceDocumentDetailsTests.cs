using System.Net;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace DentalLab.Web.Tests.Features.Billing;

/// <summary>The invoice PDF wraps long lines and carries the lab's bank and tax details; the page shows times in the lab's zone.</summary>
[Collection(LabCollection.Name)]
public sealed class InvoiceDocumentDetailsTests(LabServerFixture server)
{
    [Fact]
    public async Task A_long_description_is_printed_whole_with_the_bank_details_and_tax_number_from_settings()
    {
        var app = await server.SharedAppAsync("billing-documents");
        await BillingTestData.SetSettingAsync(app, SettingKeys.LabTaxNumber, "\"VAT GB 123 4567 89\"");
        await BillingTestData.SetSettingAsync(app, SettingKeys.BankDetails, "\"Harbour Bank plc\\nIBAN GB33 BUKB 2020 1555 5555 55\\nBIC BUKBGB22\"");
        var dentist = await BillingTestData.DentistAsync(app, "Uśmiech");
        var number = await BillingTestData.DraftAsync(app, dentist.Id, (await BillingTestData.DeliveredCaseAsync(app, dentist.Id)).Id);
        const string longText = "Full-arch implant-supported zirconia prosthesis with pink ceramic gingiva, screw-retained on six multi-unit abutments, "
            + "including try-in, verification jig and final glaze ENDOFLINE";
        await using var scope = await app.ScopeAsAsync(BillingTestData.Staff);
        var invoices = scope.ServiceProvider.GetRequiredService<InvoiceService>();
        var added = await invoices.AddLineAsync(number, new LineInput { Description = longText, Quantity = 1, UnitPrice = 1890m }, (await BillingTestData.InvoiceAsync(app, number)).Version);
        Assert.True(added.Succeeded, added.Message);

        var file = await scope.ServiceProvider.GetRequiredService<BillingDocuments>().InvoicePdfAsync(number);
        using var pdf = PdfDocument.Open(file!.Content);
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        foreach (var word in longText.Split(' '))
        {
            Assert.Contains(word, words, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("…", words, StringComparison.Ordinal);
        Assert.Contains("Bank details", words, StringComparison.Ordinal);
        Assert.Contains("Harbour Bank plc", words, StringComparison.Ordinal);
        Assert.Contains("IBAN GB33 BUKB 2020 1555 5555 55", words, StringComparison.Ordinal);
        Assert.Contains("BIC BUKBGB22", words, StringComparison.Ordinal);
        Assert.Contains("VAT GB 123 4567 89", words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bridge_is_written_as_its_range_on_the_invoice_pdf_and_page_as_on_the_case()
    {
        var app = await server.SharedAppAsync("billing-documents");
        var dentist = await BillingTestData.DentistAsync(app, "Zahnarztpraxis Müller");
        var bridge = await BillingTestData.DeliveredCaseAsync(app, dentist.Id, Data.Entities.ProcedureType.Bridge, units: 4, teeth: [14, 15, 16, 21]);
        await using (var db = app.Db())
        {
            await db.Cases.Where(c => c.Id == bridge.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.BridgeSpans, "14-16"));
        }

        var number = await BillingTestData.DraftAsync(app, dentist.Id, bridge.Id);
        await using var scope = await app.ScopeAsAsync(BillingTestData.Staff);
        var file = await scope.ServiceProvider.GetRequiredService<BillingDocuments>().InvoicePdfAsync(number);
        using (var pdf = PdfDocument.Open(file!.Content))
        {
            var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            // The teeth column is narrow: "14-16" / "bridge, 21" wraps onto two lines of the row.
            Assert.Matches(@"14-16 (\S+ ){0,4}bridge, 21", text);
            Assert.DoesNotContain("14, 15, 16", text, StringComparison.Ordinal);
        }

        using var http = new LabHttp(app);
        await http.SignInAsync(BillingTestData.Staff, DemoDataGenerator.DemoPassword);
        var page = WebUtility.HtmlDecode(await (await http.GetAsync($"/invoices/{number}")).Content.ReadAsStringAsync());
        Assert.Contains("14-16 bridge, 21", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_invoice_page_shows_the_sent_time_in_the_labs_zone_and_names_the_hash_a_document_fingerprint()
    {
        var app = await server.SharedAppAsync("billing-documents");
        var dentist = await BillingTestData.DentistAsync(app, "Ødegaard");
        var number = await BillingTestData.SentInvoiceAsync(app, dentist.Id, (await BillingTestData.DeliveredCaseAsync(app, dentist.Id)).Id);
        await BillingTestData.SetSettingAsync(app, SettingKeys.TimeZone, "\"Asia/Tokyo\"");
        try
        {
            var invoice = await BillingTestData.InvoiceAsync(app, number);
            var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
            using var http = new LabHttp(app);
            await http.SignInAsync(BillingTestData.Staff, DemoDataGenerator.DemoPassword);
            var page = WebUtility.HtmlDecode(await (await http.GetAsync($"/invoices/{number}")).Content.ReadAsStringAsync());
            Assert.Contains($"Sent {TimeZoneInfo.ConvertTime(invoice.SentAt!.Value, tokyo):yyyy-MM-dd HH:mm}", page, StringComparison.Ordinal);
            Assert.DoesNotContain($"Sent {invoice.SentAt!.Value.UtcDateTime:yyyy-MM-dd HH:mm}", page, StringComparison.Ordinal);
            Assert.Contains($"Document fingerprint {invoice.PdfSha256![..12]}", page, StringComparison.Ordinal);
            Assert.DoesNotContain("SHA-256 " + invoice.PdfSha256[..12], page, StringComparison.Ordinal);
        }
        finally
        {
            await BillingTestData.SetSettingAsync(app, SettingKeys.TimeZone, "\"UTC\"");
        }
    }
}
