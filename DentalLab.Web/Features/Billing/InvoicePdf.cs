using System.Globalization;
using DentalLab.Data.Entities;
using DentalLab.Web.Infrastructure.Pdf;

namespace DentalLab.Web.Features.Billing;

/// <summary>What the lab prints at the top of its documents and how (settings lab.* and billing.*).</summary>
public sealed record Letterhead(
    string LabName,
    IReadOnlyList<string> Address,
    string TaxNumber,
    string Currency,
    string PaperSize,
    string PaymentInstructions,
    int TermsDays)
{
    /// <summary>The lab's bank account as lines (setting billing.bank_details), printed under the payment instructions.</summary>
    public IReadOnlyList<string> BankDetails { get; init; } = [];
}

public sealed record BillTo(string PracticeName, string DentistName, IReadOnlyList<string> Address, string Email);

public sealed record InvoicePdfLine(string CaseNumber, string Description, string Teeth, decimal Quantity, decimal UnitPrice, decimal Amount);

/// <summary>Everything an invoice PDF shows, already computed (by <see cref="Invoice.Recalculate"/>) and stored.</summary>
public sealed record InvoicePdfModel(
    Letterhead Lab,
    BillTo To,
    string InvoiceNumber,
    InvoiceStatus Status,
    DateOnly IssueDate,
    DateOnly DueDate,
    IReadOnlyList<InvoicePdfLine> Lines,
    decimal Subtotal,
    decimal DiscountAmount,
    decimal DiscountPercent,
    decimal TaxRate,
    decimal TaxAmount,
    decimal Total,
    decimal AmountPaid)
{
    public decimal Balance => Total - AmountPaid;
}

/// <summary>Renders an invoice as a PDF (PDFsharp, DejaVu Sans embedded) — pure: a model in, bytes out.</summary>
public static class InvoicePdf
{
    private const double Row = 15;
    private const double WrapLine = 12;

    public static byte[] Render(InvoicePdfModel m)
    {
        using var pdf = new PdfCanvas(m.Lab.PaperSize, $"Invoice {m.InvoiceNumber}");
        var money = (decimal amount) => Money.Format(amount, m.Lab.Currency);
        var inv = CultureInfo.InvariantCulture;

        // Letterhead (left) and the invoice's facts (right).
        pdf.Y = PdfCanvas.Margin + 14;
        pdf.Text(m.Lab.LabName, PdfCanvas.Heading, pdf.Left, pdf.Y, 260);
        var leftY = pdf.Y + 14;
        foreach (var line in m.Lab.Address)
        {
            pdf.Text(line, PdfCanvas.Regular, pdf.Left, leftY, 260);
            leftY += 12;
        }

        if (!string.IsNullOrWhiteSpace(m.Lab.TaxNumber))
        {
            pdf.Text("Tax number: " + m.Lab.TaxNumber, PdfCanvas.Regular, pdf.Left, leftY, 260);
            leftY += 12;
        }

        pdf.Text(m.Status == InvoiceStatus.Draft ? "DRAFT INVOICE" : "INVOICE", PdfCanvas.Title, pdf.Right, pdf.Y + 4, 240, right: true);
        var facts = new (string Label, string Value)[]
        {
            ("Invoice number", m.InvoiceNumber),
            ("Invoice date", m.IssueDate.ToString("yyyy-MM-dd", inv)),
            ("Due date", m.DueDate.ToString("yyyy-MM-dd", inv)),
            ("Terms", $"Net {m.Lab.TermsDays} days"),
        };
        var rightY = pdf.Y + 22;
        foreach (var (label, value) in facts)
        {
            pdf.Text(label, PdfCanvas.Regular, pdf.Right - 220, rightY, 100);
            pdf.Text(value, PdfCanvas.Bold, pdf.Right, rightY, 120, right: true);
            rightY += 12;
        }

        // Bill to.
        pdf.Y = Math.Max(leftY, rightY) + 16;
        pdf.Text("Bill to", PdfCanvas.Bold, pdf.Left, pdf.Y);
        pdf.Y += 13;
        foreach (var line in new[] { m.To.PracticeName, m.To.DentistName }.Concat(m.To.Address).Append(m.To.Email).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            pdf.Text(line, PdfCanvas.Regular, pdf.Left, pdf.Y, 300);
            pdf.Y += 12;
        }

        // The lines, with a header repeated on every page.
        pdf.Y += 14;
        var cols = Columns(pdf);
        void Header()
        {
            pdf.Shade(pdf.Left, pdf.Y - 11, pdf.Right - pdf.Left, Row);
            pdf.Text("Case", PdfCanvas.Bold, cols.Case, pdf.Y);
            pdf.Text("Procedure / description", PdfCanvas.Bold, cols.Description, pdf.Y);
            pdf.Text("Teeth", PdfCanvas.Bold, cols.Teeth, pdf.Y);
            pdf.Text("Qty", PdfCanvas.Bold, cols.QtyRight, pdf.Y, right: true);
            pdf.Text("Unit price", PdfCanvas.Bold, cols.UnitRight, pdf.Y, right: true);
            pdf.Text("Amount", PdfCanvas.Bold, pdf.Right - 2, pdf.Y, right: true);
            pdf.Y += Row + 2;
        }

        pdf.OnPageBreak = () =>
        {
            pdf.Y += 6;
            pdf.Text($"{m.InvoiceNumber} (continued)", PdfCanvas.Bold, pdf.Left, pdf.Y);
            pdf.Y += Row + 6;
            Header();
        };
        Header();
        foreach (var line in m.Lines)
        {
            // A long description wraps onto as many lines as it needs; the row grows with it and stays on one page.
            var description = pdf.Wrap(line.Description, PdfCanvas.Regular, cols.Teeth - cols.Description - 6);
            var teeth = pdf.Wrap(line.Teeth, PdfCanvas.Regular, cols.QtyRight - 30 - cols.Teeth);
            var extra = (Math.Max(description.Count, teeth.Count) - 1) * WrapLine;
            pdf.Need(Row + extra);
            pdf.Text(line.CaseNumber, PdfCanvas.Regular, cols.Case, pdf.Y, cols.Description - cols.Case - 4);
            for (var i = 0; i < description.Count; i++)
            {
                pdf.Text(description[i], PdfCanvas.Regular, cols.Description, pdf.Y + (i * WrapLine));
            }

            for (var i = 0; i < teeth.Count; i++)
            {
                pdf.Text(teeth[i], PdfCanvas.Regular, cols.Teeth, pdf.Y + (i * WrapLine));
            }

            pdf.Text(line.Quantity.ToString("0.##", inv), PdfCanvas.Regular, cols.QtyRight, pdf.Y, right: true);
            pdf.Text(money(line.UnitPrice), PdfCanvas.Regular, cols.UnitRight, pdf.Y, right: true);
            pdf.Text(money(line.Amount), PdfCanvas.Regular, pdf.Right - 2, pdf.Y, right: true);
            pdf.Line(pdf.Left, pdf.Right, pdf.Y + extra + 4, 0.25);
            pdf.Y += Row + extra;
        }

        // Totals, kept together.
        pdf.OnPageBreak = null;
        var totals = new List<(string Label, string Value, bool Strong)> { ("Subtotal", money(m.Subtotal), false) };
        if (m.DiscountAmount != 0)
        {
            totals.Add((m.DiscountPercent > 0 ? $"Discount ({m.DiscountPercent.ToString("0.##", inv)}%)" : "Discount", "-" + money(m.DiscountAmount), false));
        }

        totals.Add(($"Tax ({(m.TaxRate * 100).ToString("0.##", inv)}%)", money(m.TaxAmount), false));
        totals.Add(("Total", money(m.Total), true));
        totals.Add(("Paid", money(m.AmountPaid), false));
        totals.Add(("Balance due", money(m.Balance), true));
        pdf.Y += 8;
        pdf.Need(totals.Count * Row + 10);
        foreach (var (label, value, strong) in totals)
        {
            var font = strong ? PdfCanvas.Bold : PdfCanvas.Regular;
            pdf.Text(label, font, pdf.Right - 220, pdf.Y, 120);
            pdf.Text(value, font, pdf.Right - 2, pdf.Y, 110, right: true);
            if (strong)
            {
                pdf.Line(pdf.Right - 220, pdf.Right, pdf.Y - 11, 0.75);
            }

            pdf.Y += Row;
        }

        if (!string.IsNullOrWhiteSpace(m.Lab.PaymentInstructions))
        {
            pdf.Y += 16;
            pdf.Need(40);
            pdf.Text("Payment instructions", PdfCanvas.Bold, pdf.Left, pdf.Y);
            pdf.Y += 13;
            pdf.Paragraph(m.Lab.PaymentInstructions, PdfCanvas.Regular, pdf.Left, pdf.Right - pdf.Left, 12);
        }

        if (m.Lab.BankDetails.Count > 0)
        {
            pdf.Y += 8;
            pdf.Need(13 + (m.Lab.BankDetails.Count * 12));
            pdf.Text("Bank details", PdfCanvas.Bold, pdf.Left, pdf.Y);
            pdf.Y += 13;
            foreach (var line in m.Lab.BankDetails)
            {
                pdf.Paragraph(line, PdfCanvas.Regular, pdf.Left, pdf.Right - pdf.Left, 12);
            }
        }

        return pdf.Finish($"{m.Lab.LabName} · {m.InvoiceNumber}");
    }

    private static (double Case, double Description, double Teeth, double QtyRight, double UnitRight) Columns(PdfCanvas pdf)
    {
        var left = pdf.Left + 2;
        var right = pdf.Right - 2;
        return (left, left + 88, right - 230, right - 150, right - 78);
    }
}
