using DentalLab.Data.Entities;
using DentalLab.Web.Features.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace DentalLab.Web.Tests.Features.Billing;

/// <summary>Invoice and statement PDFs read back with PdfPig: what they say matches the database, names from everywhere intact.</summary>
[Collection(LabCollection.Name)]
public sealed class BillingPdfTests(LabServerFixture server)
{
    private const string AppKey = "billing-flow";

    [Fact]
    public async Task An_invoice_for_a_japanese_practice_reads_back_its_names_and_an_ordinary_one_embeds_only_dejavu()
    {
        var app = await server.SharedAppAsync(AppKey);
        var yamada = await BillingTestData.DentistAsync(app, "山田"); // Dr. 山田 太郎, 東京
        var japanese = await BillingTestData.DraftAsync(app, yamada.Id, (await BillingTestData.DeliveredCaseAsync(app, yamada.Id)).Id);
        var odegaard = await BillingTestData.DentistAsync(app, "Ødegaard");
        var ordinary = await BillingTestData.DraftAsync(app, odegaard.Id, (await BillingTestData.DeliveredCaseAsync(app, odegaard.Id)).Id);
        await using var scope = await app.ScopeAsAsync(BillingTestData.Staff);
        var documents = scope.ServiceProvider.GetRequiredService<BillingDocuments>();

        using (var pdf = PdfDocument.Open((await documents.InvoicePdfAsync(japanese))!.Content))
        {
            var page = pdf.GetPage(1);
            Assert.Contains("山田歯科医院", page.Text, StringComparison.Ordinal);
            Assert.Contains("山田", page.Text, StringComparison.Ordinal);
            Assert.Contains("東京", page.Text, StringComparison.Ordinal);
            Assert.Contains(page.Letters, l => l.Value == "山" && (l.FontName ?? "").Contains("Noto", StringComparison.Ordinal));
            Assert.Contains(page.Letters, l => l.Value == "I" && (l.FontName ?? "").Contains("DejaVu", StringComparison.Ordinal));
        }

        using (var pdf = PdfDocument.Open((await documents.InvoicePdfAsync(ordinary))!.Content))
        {
            Assert.Contains("Ødegaard Tannklinikk", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
            Assert.All(pdf.GetPages().SelectMany(p => p.Letters), l => Assert.Contains("DejaVu", l.FontName, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_invoice_pdf_shows_the_lab_the_dentist_every_line_and_the_totals_of_the_database()
    {
        var app = await server.SharedAppAsync(AppKey);
        var dentist = await BillingTestData.DentistAsync(app, "Uśmiech"); // Łódź, 5% discount
        var crown = await BillingTestData.DeliveredCaseAsync(app, dentist.Id, ProcedureType.Crown, teeth: [11]);
        var bridge = await BillingTestData.DeliveredCaseAsync(app, dentist.Id, ProcedureType.Bridge, UrgencyLevel.Rush, units: 3, teeth: [24, 25, 26]);
        var number = await BillingTestData.DraftAsync(app, dentist.Id, crown.Id, bridge.Id);
        await using var scope = await app.ScopeAsAsync(BillingTestData.Staff);
        var invoices = scope.ServiceProvider.GetRequiredService<InvoiceService>();
        Assert.True((await invoices.AddLineAsync(number, new LineInput { Description = "Kurier Łódź–Müller GmbH", Quantity = 1, UnitPrice = 12.50m }, (await BillingTestData.InvoiceAsync(app, number)).Version)).Succeeded);
        Assert.True((await invoices.SendAsync(number)).Succeeded);
        Assert.True((await invoices.RecordPaymentAsync(number, new PaymentInput { Amount = 10.05m, PaidOn = (await BillingTestData.InvoiceAsync(app, number)).IssueDate })).Succeeded);
        var invoice = await BillingTestData.InvoiceAsync(app, number);
        var documents = scope.ServiceProvider.GetRequiredService<BillingDocuments>();
        var lab = await documents.LetterheadAsync();

        var file = await documents.InvoicePdfAsync(number);

        Assert.NotNull(file);
        Assert.Equal($"{number}.pdf", file.FileName);
        using var pdf = PdfDocument.Open(file.Content);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        string M(decimal amount) => Money.Format(amount, lab.Currency);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains(lab.LabName, text, StringComparison.Ordinal);
        Assert.Contains(lab.Address[0], text, StringComparison.Ordinal);
        Assert.Contains("Uśmiech Dental Studio", text, StringComparison.Ordinal);
        Assert.Contains("Łódź", text, StringComparison.Ordinal);
        Assert.Contains("Kurier Łódź–Müller GmbH", text, StringComparison.Ordinal);
        Assert.Contains($"Due date {invoice.DueDate:yyyy-MM-dd}", text, StringComparison.Ordinal);
        foreach (var item in invoice.Items)
        {
            var row = item.Case is { } c ? $"{c.CaseNumber} " : "";
            Assert.Contains(row, text, StringComparison.Ordinal);
            Assert.Contains($"{M(item.UnitPrice)} {M(item.Amount)}", text, StringComparison.Ordinal);
        }

        Assert.Contains("24, 25, 26", text, StringComparison.Ordinal);
        Assert.Contains($"Subtotal {M(invoice.Subtotal)}", text, StringComparison.Ordinal);
        Assert.Contains($"Discount (5%) -{M(invoice.DiscountAmount)}", text, StringComparison.Ordinal);
        Assert.Contains($"{M(invoice.TaxAmount)}", text, StringComparison.Ordinal);
        Assert.Contains($"Total {M(invoice.Total)}", text, StringComparison.Ordinal);
        Assert.Contains($"Paid {M(10.05m)}", text, StringComparison.Ordinal);
        Assert.Contains($"Balance due {M(invoice.Total - 10.05m)}", text, StringComparison.Ordinal);
        Assert.Contains(lab.PaymentInstructions.Split(' ')[0], text, StringComparison.Ordinal);
        Assert.All(pdf.GetPages().SelectMany(p => p.Letters), l => Assert.Contains("DejaVu", l.FontName, StringComparison.Ordinal));
        Assert.All(pdf.GetPages().SelectMany(p => p.Letters), l => Assert.EndsWith("+DejaVu Sans", l.FontName, StringComparison.Ordinal)); // the regular face only, bold simulated
    }

    [Fact]
    public void A_long_invoice_breaks_across_pages_repeating_the_table_header_on_letter_paper_with_amounts_right_aligned()
    {
        var lab = new Letterhead("Laboratorium Łódź", ["ul. Piotrkowska 1", "90-001 Łódź"], "PL 725-000-00-00", "EUR", "Letter", "IBAN PL00 0000", 14);
        var lines = Enumerable.Range(1, 90).Select(i => new InvoicePdfLine($"DL-2026-{i:000000}", i % 2 == 0 ? "Krone für Müller" : "Bro til Ødegaard", "11", 1, 100m + i, 100m + i)).ToList();
        var subtotal = lines.Sum(l => l.Amount);
        var model = new InvoicePdfModel(lab, new BillTo("Ødegaard Tannklinikk", "Dr. Ingrid Ødegaard", ["Strandkaien 8", "5013 Bergen"], "post@odegaard.test"),
            "INV-2026-00042", InvoiceStatus.Sent, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 15), lines, subtotal, 0, 0, 0, 0, subtotal, 0);

        using var pdf = PdfDocument.Open(InvoicePdf.Render(model));

        Assert.True(pdf.NumberOfPages >= 3);
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(612, page.Width, 0); // US Letter
            var words = page.GetWords().Select(w => w.Text).ToList();
            Assert.Contains("Amount", words);
            Assert.Contains($"{page.Number}", words); // "Page n of m"
        }

        var all = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Ødegaard Tannklinikk", all, StringComparison.Ordinal);
        Assert.Contains("Krone für Müller", all, StringComparison.Ordinal);
        Assert.All(lines, l => Assert.Contains(l.CaseNumber, all, StringComparison.Ordinal));
        Assert.Contains($"Total {Money.Format(subtotal, "EUR")}", all, StringComparison.Ordinal);

        // Every amount in the table ends at the same right edge.
        var amountEdges = pdf.GetPages().SelectMany(p => p.GetWords()).Where(w => w.Text.StartsWith('€')).Select(w => Math.Round(w.BoundingBox.Right)).ToList();
        Assert.True(amountEdges.Distinct().Count() <= 2, string.Join(",", amountEdges.Distinct())); // the unit price column and the amount column
    }

    [Fact]
    public async Task The_monthly_statement_shows_opening_invoices_payments_closing_and_ageing_that_match_the_database()
    {
        var app = await server.SharedAppAsync(AppKey);
        var dentist = await BillingTestData.DentistAsync(app, "Ødegaard");
        var number = await BillingTestData.SentInvoiceAsync(app, dentist.Id, (await BillingTestData.DeliveredCaseAsync(app, dentist.Id, ProcedureType.Implant)).Id);
        await using var scope = await app.ScopeAsAsync(BillingTestData.Staff);
        var sent = await BillingTestData.InvoiceAsync(app, number);
        Assert.True((await scope.ServiceProvider.GetRequiredService<InvoiceService>().RecordPaymentAsync(number, new PaymentInput { Amount = 20m, PaidOn = sent.IssueDate, Reference = "STMT-1" })).Succeeded);
        var documents = scope.ServiceProvider.GetRequiredService<BillingDocuments>();
        var currency = (await documents.LetterheadAsync()).Currency;
        var today = await documents.TodayAsync();

        // What the dentist owes now: every sent (not cancelled, not refunded) invoice's balance.
        await using var db = app.Db();
        var owed = await db.Invoices.Where(i => i.DentistId == dentist.Id && (i.Status == InvoiceStatus.Sent || i.Status == InvoiceStatus.Overdue || i.Status == InvoiceStatus.Paid))
            .SumAsync(i => i.Total - i.AmountPaid);

        var file = await documents.StatementPdfAsync(dentist.Id, today.Year, today.Month);

        Assert.NotNull(file);
        using var pdf = PdfDocument.Open(file.Content);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("STATEMENT", text, StringComparison.Ordinal);
        Assert.Contains("Ødegaard Tannklinikk", text, StringComparison.Ordinal);
        Assert.Contains("Opening balance", text, StringComparison.Ordinal);
        Assert.Contains($"Invoice {number} {Money.Format(sent.Total, currency)}", text, StringComparison.Ordinal);
        Assert.Contains($"Payment {number} (STMT-1) {Money.Format(20m, currency)}", text, StringComparison.Ordinal);
        Assert.Contains($"Closing balance {Money.Format(owed, currency)}", text, StringComparison.Ordinal);
        foreach (var bucket in new[] { "Current", "1–30 days", "31–60 days", "61–90 days", "90+ days" })
        {
            Assert.Contains(bucket, text, StringComparison.Ordinal);
        }

        var statement = await StatementBuilder.BuildAsync(scope.ServiceProvider.GetRequiredService<IDbContextFactory<DentalLab.Data.LabDbContext>>(), dentist, new DateOnly(today.Year, today.Month, 1), default);
        Assert.Equal(owed, statement.Closing);
        Assert.Equal(statement.Closing, statement.Ageing.Total);
        Assert.Equal(statement.Opening + statement.Entries.Sum(e => e.Charge - e.Credit), statement.Closing);
    }

    [Fact]
    public async Task Statements_of_past_months_open_and_close_with_the_whole_ledger_before_each_day()
    {
        var app = await server.SharedAppAsync(AppKey);
        var dentist = await BillingTestData.DentistAsync(app, "Zahnarztpraxis Müller");
        await using var scope = await app.ScopeAsAsync(BillingTestData.Staff);
        var today = await scope.ServiceProvider.GetRequiredService<BillingDocuments>().TodayAsync();
        await using var db = app.Db();
        var invoices = await db.Invoices.AsNoTracking().Include(i => i.Payments)
            .Where(i => i.DentistId == dentist.Id && i.Status != InvoiceStatus.Draft && i.Status != InvoiceStatus.Cancelled).ToListAsync();
        Assert.Contains(invoices, i => i.Payments.Count > 0);
        // The statement takes what was paid from each invoice's amount_paid: it is its payments less its refunds.
        Assert.All(invoices, i => Assert.Equal(i.Payments.Sum(p => p.SignedAmount), i.AmountPaid));

        // The balance before a day, from every line of the practice's history.
        decimal Before(DateOnly day) =>
            invoices.Where(i => i.IssueDate < day).Sum(i => i.Total)
            - invoices.Where(i => i.RefundedAt is { } at && DateOnly.FromDateTime(at.UtcDateTime) < day).Sum(i => i.Total)
            - invoices.SelectMany(i => i.Payments).Where(p => p.PaidOn < day).Sum(p => p.SignedAmount);

        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        for (var back = 5; back >= 0; back--)
        {
            var start = thisMonth.AddMonths(-back);
            var statement = await StatementBuilder.BuildAsync(scope.ServiceProvider.GetRequiredService<IDbContextFactory<DentalLab.Data.LabDbContext>>(), dentist, start, default, today);
            Assert.Equal(Before(start), statement.Opening);
            Assert.Equal(Before(start.AddMonths(1)), statement.Closing);
            Assert.Equal(statement.Opening + statement.Entries.Sum(e => e.Charge - e.Credit), statement.Closing);
            Assert.Equal(statement.Closing, statement.Ageing.Total);
        }
    }
}
