using DentalLab.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DentalLab.Web.Tests.Features.Pdf;

/// <summary>The embedded fonts print names from everywhere as written, and a reader gets the same text back.</summary>
public sealed class LabFontsTests
{
    [Fact]
    public void Non_ascii_names_survive_a_round_trip_through_a_pdf()
    {
        LabFonts.EnsureInstalled();
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            graphics.DrawString("Łódź Müller Ødegaard", new XFont(LabFonts.Family, 12), XBrushes.Black, new XPoint(50, 50));
            graphics.DrawString("Total 1,234.50", new XFont(LabFonts.Family, 12, XFontStyleEx.Bold), XBrushes.Black, new XPoint(50, 80));
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);

        using var reader = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        var text = string.Join(" ", reader.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("Łódź Müller Ødegaard", text, StringComparison.Ordinal);
        Assert.Contains("Total 1,234.50", text, StringComparison.Ordinal);
        Assert.All(reader.GetPage(1).Letters, l => Assert.Contains("DejaVu", l.FontName, StringComparison.Ordinal));
    }
}
