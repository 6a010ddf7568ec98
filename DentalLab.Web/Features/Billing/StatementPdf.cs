using System.Globalization;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Web.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Billing;

public sealed record StatementEntry(DateOnly Date, string Description, decimal Charge, decimal Credit);

public sealed record Ageing(decimal Current, decimal Days1To30, decimal Days31To60, decimal Days61To90, decimal Over90)
{
    public decimal Total => Current + Days1To30 + Days31To60 + Days61To90 + Over90;
}

/// <summary>A dentist's month: opening balance, what was invoiced and paid in it, closing balance and ageing at month end.</summary>
public sealed record Statement(BillTo To, DateOnly From, DateOnly To_, decimal Opening, IReadOnlyList<StatementEntry> Entries, decimal Closing, Ageing Ageing);

/// <summary>
/// Builds statements from the ledger: an invoice (sent, never cancelled) is a charge on its issue date, a payment a
/// credit, a refund a charge (money returned) and a refunded invoice a credit of its total on the refund date.
/// </summary>
public static class StatementBuilder
{
    /// <param name="today">For the running month, ageing counts days late up to today rather than to the month's end.</param>
    public static async Task<Statement> BuildAsync(IDbContextFactory<LabDbContext> dbFactory, DentistProfile dentist, DateOnly monthStart, CancellationToken ct, DateOnly? today = null)
    {
        var monthEnd = monthStart.AddMonths(1).AddDays(-1);
        var ageAt = today is { } t && t < monthEnd ? t : monthEnd;
        // A refund's day is its UTC date, as the ledger lines below write it.
        var monthStartUtc = new DateTimeOffset(monthStart.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        // The opening balance sums years of history in the database; only invoices with a line in the month, or still
        // owing at its end, are read one by one (a practice of ten years has thousands of settled invoices).
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var billed = db.Invoices.AsNoTracking()
            .Where(i => i.DentistId == dentist.Id && i.Status != InvoiceStatus.Draft && i.Status != InvoiceStatus.Cancelled && i.IssueDate <= monthEnd);
        // Still owing now, or with a payment since the month began: either may have been owing at the month's end.
        var invoices = await billed
            .Where(i => i.IssueDate >= monthStart || i.RefundedAt >= monthStartUtc || i.Payments.Any(p => p.PaidOn >= monthStart)
                || (i.RefundedAt == null && i.AmountPaid < i.Total))
            .Select(i => new { i.InvoiceNumber, i.IssueDate, i.DueDate, i.Total, i.RefundedAt, Payments = i.Payments.Select(p => new { p.Kind, p.Amount, p.PaidOn, p.Reference }).ToList() })
            .ToListAsync(ct);
        // One index-only scan of ix_invoices_dentist_issue_cover. An invoice's amount_paid is its payments less its
        // refunds (a payment and a refund each change it in the transaction that records them), so what was paid
        // before the month is the practice's amount_paid less the payments since, all of which are on invoices read above.
        var sums = await billed.GroupBy(_ => 1)
            .Select(g => new
            {
                Charged = g.Sum(i => i.IssueDate < monthStart ? i.Total : 0m),
                Credited = g.Sum(i => i.RefundedAt < monthStartUtc ? i.Total : 0m),
                Paid = g.Sum(i => i.AmountPaid),
            })
            .SingleOrDefaultAsync(ct);
        var paidSince = invoices.Sum(i => i.Payments.Where(p => p.PaidOn >= monthStart).Sum(p => p.Kind == Payment.KindRefund ? -p.Amount : p.Amount));
        var opening = sums is null ? 0 : sums.Charged - sums.Credited - (sums.Paid - paidSince);

        var ledger = new List<StatementEntry>();
        var ageing = new decimal[5];
        foreach (var invoice in invoices)
        {
            ledger.Add(new(invoice.IssueDate, $"Invoice {invoice.InvoiceNumber}", invoice.Total, 0));
            foreach (var p in invoice.Payments.Where(p => p.PaidOn <= monthEnd))
            {
                var reference = string.IsNullOrWhiteSpace(p.Reference) ? "" : $" ({p.Reference})";
                ledger.Add(p.Kind == Payment.KindRefund
                    ? new(p.PaidOn, $"Refund {invoice.InvoiceNumber}{reference}", p.Amount, 0)
                    : new(p.PaidOn, $"Payment {invoice.InvoiceNumber}{reference}", 0, p.Amount));
            }

            var refundedOn = invoice.RefundedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : (DateOnly?)null;
            if (refundedOn <= monthEnd)
            {
                ledger.Add(new(refundedOn.Value, $"Credit: {invoice.InvoiceNumber} refunded", 0, invoice.Total));
                continue;
            }

            var balance = invoice.Total - invoice.Payments.Where(p => p.PaidOn <= monthEnd).Sum(p => p.Kind == Payment.KindRefund ? -p.Amount : p.Amount);
            if (balance > 0)
            {
                var late = ageAt.DayNumber - invoice.DueDate.DayNumber;
                ageing[late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4] += balance;
            }
        }

        var inMonth = ledger.Where(e => e.Date >= monthStart).OrderBy(e => e.Date).ThenBy(e => e.Description, StringComparer.Ordinal).ToList();
        var closing = opening + inMonth.Sum(e => e.Charge - e.Credit);
        var address = new[] { dentist.AddressLine1, dentist.AddressLine2, $"{dentist.PostalCode} {dentist.City}".Trim(), dentist.Country }
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList();
        return new Statement(
            new BillTo(dentist.PracticeName, dentist.DentistName, address, dentist.InvoiceEmail),
            monthStart, monthEnd, opening, inMonth, closing,
            new Ageing(ageing[0], ageing[1], ageing[2], ageing[3], ageing[4]));
    }
}

/// <summary>Renders a monthly statement as a PDF.</summary>
public static class StatementPdf
{
    private const double Row = 15;

    public static byte[] Render(Statement s, Letterhead lab)
    {
        var inv = CultureInfo.InvariantCulture;
        var money = (decimal amount) => Money.Format(amount, lab.Currency);
        using var pdf = new PdfCanvas(lab.PaperSize, $"Statement {s.From:yyyy-MM}");
        pdf.Y = PdfCanvas.Margin + 14;
        pdf.Text(lab.LabName, PdfCanvas.Heading, pdf.Left, pdf.Y, 260);
        pdf.Text("STATEMENT", PdfCanvas.Title, pdf.Right, pdf.Y + 4, 240, right: true);
        var y = pdf.Y + 14;
        foreach (var line in lab.Address)
        {
            pdf.Text(line, PdfCanvas.Regular, pdf.Left, y, 260);
            y += 12;
        }

        pdf.Text($"Period {s.From.ToString("yyyy-MM-dd", inv)} to {s.To_.ToString("yyyy-MM-dd", inv)}", PdfCanvas.Bold, pdf.Right, pdf.Y + 22, 240, right: true);
        pdf.Y = Math.Max(y, pdf.Y + 34) + 14;
        pdf.Text("Statement for", PdfCanvas.Bold, pdf.Left, pdf.Y);
        pdf.Y += 13;
        foreach (var line in new[] { s.To.PracticeName, s.To.DentistName }.Concat(s.To.Address))
        {
            pdf.Text(line, PdfCanvas.Regular, pdf.Left, pdf.Y, 300);
            pdf.Y += 12;
        }

        pdf.Y += 14;
        double chargeRight = pdf.Right - 160, creditRight = pdf.Right - 80, descriptionLeft = pdf.Left + 62;
        void Header()
        {
            pdf.Shade(pdf.Left, pdf.Y - 11, pdf.Right - pdf.Left, Row);
            pdf.Text("Date", PdfCanvas.Bold, pdf.Left + 2, pdf.Y);
            pdf.Text("Description", PdfCanvas.Bold, descriptionLeft, pdf.Y);
            pdf.Text("Charges", PdfCanvas.Bold, chargeRight, pdf.Y, right: true);
            pdf.Text("Credits", PdfCanvas.Bold, creditRight, pdf.Y, right: true);
            pdf.Text("Balance", PdfCanvas.Bold, pdf.Right - 2, pdf.Y, right: true);
            pdf.Y += Row + 2;
        }

        pdf.OnPageBreak = () => { pdf.Y += 6; Header(); };
        Header();
        var running = s.Opening;
        Row3(s.From.ToString("yyyy-MM-dd", inv), "Opening balance", "", "", money(running), bold: true);
        foreach (var e in s.Entries)
        {
            running += e.Charge - e.Credit;
            Row3(e.Date.ToString("yyyy-MM-dd", inv), e.Description, e.Charge == 0 ? "" : money(e.Charge), e.Credit == 0 ? "" : money(e.Credit), money(running), bold: false);
        }

        Row3(s.To_.ToString("yyyy-MM-dd", inv), "Closing balance", "", "", money(s.Closing), bold: true);

        pdf.OnPageBreak = null;
        pdf.Y += 18;
        pdf.Need(3 * Row);
        pdf.Text("Ageing of the closing balance", PdfCanvas.Bold, pdf.Left, pdf.Y);
        pdf.Y += Row;
        var buckets = new (string Label, decimal Amount)[]
        {
            ("Current", s.Ageing.Current), ("1–30 days", s.Ageing.Days1To30), ("31–60 days", s.Ageing.Days31To60),
            ("61–90 days", s.Ageing.Days61To90), ("90+ days", s.Ageing.Over90),
        };
        var width = (pdf.Right - pdf.Left) / buckets.Length;
        for (var i = 0; i < buckets.Length; i++)
        {
            var right = pdf.Left + (i + 1) * width - 4;
            pdf.Text(buckets[i].Label, PdfCanvas.Regular, right, pdf.Y, width - 8, right: true);
            pdf.Text(money(buckets[i].Amount), PdfCanvas.Bold, right, pdf.Y + 13, width - 8, right: true);
        }

        pdf.Y += 30;
        if (!string.IsNullOrWhiteSpace(lab.PaymentInstructions))
        {
            pdf.Y += 10;
            pdf.Paragraph(lab.PaymentInstructions, PdfCanvas.Regular, pdf.Left, pdf.Right - pdf.Left, 12);
        }

        return pdf.Finish($"{lab.LabName} · Statement {s.From:yyyy-MM} · {s.To.PracticeName}");

        void Row3(string date, string description, string charge, string credit, string balance, bool bold)
        {
            var font = bold ? PdfCanvas.Bold : PdfCanvas.Regular;
            pdf.Need(Row);
            pdf.Text(date, font, pdf.Left + 2, pdf.Y);
            pdf.Text(description, font, descriptionLeft, pdf.Y, chargeRight - 75 - descriptionLeft);
            pdf.Text(charge, font, chargeRight, pdf.Y, right: true);
            pdf.Text(credit, font, creditRight, pdf.Y, right: true);
            pdf.Text(balance, font, pdf.Right - 2, pdf.Y, right: true);
            pdf.Line(pdf.Left, pdf.Right, pdf.Y + 4, 0.25);
            pdf.Y += Row;
        }
    }
}
