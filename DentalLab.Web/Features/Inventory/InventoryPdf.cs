using System.Globalization;
using DentalLab.Web.Features.Billing;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Infrastructure.Pdf;

using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Inventory;

/// <summary>The inventory PDFs: the recall list of a lot and the reorder list by supplier (PDFsharp via <see cref="PdfCanvas"/>).</summary>
public static class InventoryPdf
{
    private const double Row = 15;

    public static byte[] Recall(LotDetail lot, string labName, string paperSize)
    {
        using var pdf = new PdfCanvas(paperSize, $"Recall of lot {lot.LotNumber}");
        pdf.Y = PdfCanvas.Margin + 14;
        pdf.Text(labName, PdfCanvas.Heading, pdf.Left, pdf.Y, 260);
        pdf.Text("LOT RECALL", PdfCanvas.Title, pdf.Right, pdf.Y + 4, 240, right: true);
        pdf.Y += 30;
        var facts = new List<string>
        {
            $"Item: {lot.Sku} — {lot.ItemName}",
            $"Lot: {lot.LotNumber}" + (lot.Supplier is null ? "" : $" from {lot.Supplier}"),
            $"Received {lot.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" + (lot.ExpiresOn is { } e ? $", expires {e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : ""),
            $"Affected cases: {lot.CaseCount}",
        };
        if (lot.Recall is { } r)
        {
            facts.Add($"Recalled {CaseFormat.Time(r.RecalledAt, lot.TimeZone)}" + (r.RecalledBy is null ? "" : $" by {r.RecalledBy}"));
        }

        foreach (var line in facts)
        {
            pdf.Text(line, PdfCanvas.Regular, pdf.Left, pdf.Y, pdf.Right - pdf.Left);
            pdf.Y += 13;
        }

        if (lot.Recall is { } recall)
        {
            pdf.Y += 4;
            pdf.Paragraph("Reason: " + recall.Reason, PdfCanvas.Regular, pdf.Left, pdf.Right - pdf.Left, 12);
        }

        pdf.Y += 14;
        double[] x = [pdf.Left + 2, pdf.Left + 92, pdf.Left + 242, pdf.Left + 322, pdf.Left + 392];
        void Header()
        {
            pdf.Shade(pdf.Left, pdf.Y - 11, pdf.Right - pdf.Left, Row);
            pdf.Text("Case", PdfCanvas.Bold, x[0], pdf.Y);
            pdf.Text("Dentist / practice", PdfCanvas.Bold, x[1], pdf.Y);
            pdf.Text("Patient", PdfCanvas.Bold, x[2], pdf.Y);
            pdf.Text("Delivered", PdfCanvas.Bold, x[3], pdf.Y);
            pdf.Text("Now", PdfCanvas.Bold, x[4], pdf.Y);
            pdf.Y += Row + 2;
        }

        pdf.OnPageBreak = () => { pdf.Y += 6; Header(); };
        Header();
        foreach (var c in lot.Cases)
        {
            pdf.Need(2 * Row);
            pdf.Text(c.CaseNumber, PdfCanvas.Regular, x[0], pdf.Y, x[1] - x[0] - 4);
            pdf.Text(c.Dentist, PdfCanvas.Regular, x[1], pdf.Y, x[2] - x[1] - 4);
            pdf.Text(c.PatientCode ?? "—", PdfCanvas.Regular, x[2], pdf.Y, x[3] - x[2] - 4);
            pdf.Text(c.DeliveredAt is { } d ? CaseFormat.Day(d, lot.TimeZone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—", PdfCanvas.Regular, x[3], pdf.Y, x[4] - x[3] - 4);
            pdf.Text(Where(c), PdfCanvas.Regular, x[4], pdf.Y, pdf.Right - x[4]);
            pdf.Text(c.Practice, PdfCanvas.Small, x[1], pdf.Y + 10, x[2] - x[1] - 4);
            pdf.Line(pdf.Left, pdf.Right, pdf.Y + 14, 0.25);
            pdf.Y += Row + 9;
        }

        if (lot.Cases.Count == 0)
        {
            pdf.Text("No case used material from this lot.", PdfCanvas.Regular, pdf.Left, pdf.Y);
        }

        return pdf.Finish($"{labName} · Recall of lot {lot.LotNumber} · {lot.Sku}");
    }

    public static byte[] Reorder(ReorderList list, string labName, string paperSize)
    {
        using var pdf = new PdfCanvas(paperSize, "Reorder list");
        var money = (decimal amount) => Money.Format(amount, list.Currency);
        pdf.Y = PdfCanvas.Margin + 14;
        pdf.Text(labName, PdfCanvas.Heading, pdf.Left, pdf.Y, 260);
        pdf.Text("REORDER LIST", PdfCanvas.Title, pdf.Right, pdf.Y + 4, 240, right: true);
        pdf.Y += 22;
        pdf.Text($"Items at or below their reorder level on {list.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", PdfCanvas.Regular, pdf.Left, pdf.Y);
        pdf.Y += 22;
        double[] x = [pdf.Left + 2, pdf.Left + 92, pdf.Right - 190, pdf.Right - 130, pdf.Right - 70, pdf.Right - 2];
        foreach (var group in list.Groups)
        {
            pdf.Need(4 * Row);
            var head = group.Supplier + (group.LeadTimeDays is { } lead ? $" · lead time {lead} days" : "") + (group.Email is null ? "" : $" · {group.Email}");
            pdf.Text(head, PdfCanvas.Bold, pdf.Left, pdf.Y, pdf.Right - pdf.Left);
            pdf.Y += Row;
            pdf.Shade(pdf.Left, pdf.Y - 11, pdf.Right - pdf.Left, Row);
            pdf.Text("SKU", PdfCanvas.Bold, x[0], pdf.Y);
            pdf.Text("Item", PdfCanvas.Bold, x[1], pdf.Y);
            pdf.Text("On hand", PdfCanvas.Bold, x[3], pdf.Y, right: true);
            pdf.Text("Order", PdfCanvas.Bold, x[4], pdf.Y, right: true);
            pdf.Text("Cost", PdfCanvas.Bold, x[5], pdf.Y, right: true);
            pdf.Y += Row + 2;
            foreach (var line in group.Lines)
            {
                pdf.Need(Row);
                pdf.Text(line.Sku, PdfCanvas.Regular, x[0], pdf.Y, x[1] - x[0] - 4);
                pdf.Text(line.Name, PdfCanvas.Regular, x[1], pdf.Y, x[2] - x[1] + 30);
                pdf.Text(InventoryLabels.Quantity(line.QuantityOnHand), PdfCanvas.Regular, x[3], pdf.Y, right: true);
                pdf.Text(InventoryLabels.Quantity(line.SuggestedQuantity, line.Unit), PdfCanvas.Regular, x[4], pdf.Y, right: true);
                pdf.Text(money(line.Cost), PdfCanvas.Regular, x[5], pdf.Y, right: true);
                pdf.Line(pdf.Left, pdf.Right, pdf.Y + 4, 0.25);
                pdf.Y += Row;
            }

            pdf.Text($"Total {money(group.Total)}", PdfCanvas.Bold, x[5], pdf.Y, right: true);
            pdf.Y += Row + 10;
        }

        if (list.Groups.Count == 0)
        {
            pdf.Text("No item is at or below its reorder level.", PdfCanvas.Regular, pdf.Left, pdf.Y);
        }

        return pdf.Finish($"{labName} · Reorder list {list.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
    }

    /// <summary>Where the case is now: its status, and its stage while in production.</summary>
    public static string Where(RecallCase c) =>
        c.Stage is { } stage && c.Status is not (Data.Entities.CaseStatus.Delivered or Data.Entities.CaseStatus.Cancelled)
            ? $"{Labels.Label(c.Status)} · {Labels.Label(stage)}"
            : Labels.Label(c.Status);
}
