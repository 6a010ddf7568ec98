using System.Globalization;
using DentalLab.Data.Entities;
using DentalLab.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Cases;

/// <summary>
/// The case ticket that goes into the case pan: A6, the lab's name, the case number as text and as a QR code (what
/// the scan station reads), and what the bench needs to know at a glance.
/// </summary>
public static class CaseTicket
{
    public static byte[] Render(CaseTicketData data)
    {
        LabFonts.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"Case ticket {data.CaseNumber}";
        var page = document.AddPage();
        // A6 (105 × 148 mm): the size of a case pan label.
        page.Width = XUnit.FromMillimeter(105);
        page.Height = XUnit.FromMillimeter(148);
        using (var g = XGraphics.FromPdfPage(page))
        {
            Draw(g, data, page.Width.Point);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Draw(XGraphics g, CaseTicketData data, double width)
    {
        const double margin = 18;
        var small = new XFont(LabFonts.Family, 8);
        var label = new XFont(LabFonts.Family, 7.5);
        var value = new XFont(LabFonts.Family, 10, XFontStyleEx.Bold);
        var number = new XFont(LabFonts.Family, 15, XFontStyleEx.Bold);

        PdfText.Draw(g, PdfText.Fit(g, data.LabName, small, width - (2 * margin)), small, XBrushes.Black, margin, margin, XStringFormats.TopLeft);
        g.DrawString(data.CaseNumber, number, XBrushes.Black, new XRect(margin, margin + 14, width - (2 * margin), 20), XStringFormats.TopLeft);

        const double qrSize = 96;
        DrawQr(g, data.CaseNumber, width - margin - qrSize, margin + 38, qrSize);

        var y = margin + 42;
        if (data.Urgency != UrgencyLevel.Standard)
        {
            var text = Labels.Label(data.Urgency).ToUpperInvariant();
            g.DrawRectangle(XBrushes.Black, margin, y, 90, 20);
            g.DrawString(text, value, XBrushes.White, new XRect(margin, y, 90, 20), XStringFormats.Center);
            y += 28;
        }

        var due = data.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (string Label, string Value)[] fields =
        [
            ("Due", due + (data.Urgency == UrgencyLevel.Standard ? "" : $" ({Labels.Label(data.Urgency).ToLowerInvariant()})")),
            ("Received", data.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("Dentist", data.Dentist),
            ("Practice", data.Practice),
            ("Patient", data.Patient),
            ("Procedure", Labels.Label(data.Procedure) + (data.Units > 1 ? $" × {data.Units}" : "")),
            ("Teeth", data.Teeth.Length == 0 ? "—" : data.Teeth),
            ("Shade", data.Shade ?? "—"),
            ("Material", data.Material ?? "—"),
        ];
        foreach (var (name, text) in fields)
        {
            // The first fields sit beside the QR code; the rest use the full width.
            var room = y < margin + 38 + qrSize + 4 ? width - (3 * margin) - qrSize : width - (2 * margin);
            g.DrawString(name, label, XBrushes.DimGray, new XRect(margin, y, room, 10), XStringFormats.TopLeft);
            PdfText.Draw(g, PdfText.Fit(g, text, value, room), value, XBrushes.Black, margin, y + 9, XStringFormats.TopLeft);
            y += 27;
        }

        // The route as a checklist, three to a row, in the same words as the board and the portal.
        if (data.Route.Count > 0)
        {
            g.DrawString("Stages", label, XBrushes.DimGray, new XRect(margin, y, width - (2 * margin), 10), XStringFormats.TopLeft);
            y += 11;
            var column = (width - (2 * margin)) / 3;
            for (var i = 0; i < data.Route.Count; i++)
            {
                var x = margin + (i % 3 * column);
                var row = y + (i / 3 * 11);
                g.DrawRectangle(XPens.Black, x, row + 1.5, 6, 6);
                PdfText.Draw(g, PdfText.Fit(g, Labels.Label(data.Route[i]), small, column - 12), small, XBrushes.Black, x + 9, row, XStringFormats.TopLeft);
            }
        }
    }

    /// <summary>Draws the QR code from its module matrix (PDFsharp does not import QRCoder's 1-bit PNGs).</summary>
    internal static void DrawQr(XGraphics g, string text, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var code = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = code.ModuleMatrix;
        var module = size / matrix.Count;
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix[row].Count; column++)
            {
                if (matrix[row][column])
                {
                    // A hair wider than the module so neighbouring squares leave no visible seams.
                    g.DrawRectangle(XBrushes.Black, x + (column * module), y + (row * module), module + 0.05, module + 0.05);
                }
            }
        }
    }
}
