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

    [Fact]
    public void Text_dejavu_cannot_draw_goes_out_in_the_cjk_fallback_and_reads_back()
    {
        LabFonts.EnsureInstalled();
        Assert.True(LabFonts.CanDrawAll("Łódź Müller Ødegaard – 1,234.50 €"));
        Assert.False(LabFonts.CanDraw('山'));
        Assert.Equal([("Dr. ", false), ("山田", true), (" ", false), ("太郎", true), (" (Tōkyō)", false)], PdfText.Runs("Dr. 山田 太郎 (Tōkyō)").ToArray());

        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var font = new XFont(LabFonts.Family, 12);
            PdfText.Draw(graphics, "Dr. 山田 太郎, やまだ, ヤマダ", font, XBrushes.Black, 50, 50, XStringFormats.BaseLineLeft);
            Assert.True(PdfText.Measure(graphics, "山田", font) > PdfText.Measure(graphics, "AB", font));
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        using var reader = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        var text = reader.GetPage(1).Text;
        Assert.Contains("山田", text, StringComparison.Ordinal);
        Assert.Contains("やまだ", text, StringComparison.Ordinal);
        Assert.Contains("ヤマダ", text, StringComparison.Ordinal);
        Assert.Contains(reader.GetPage(1).Letters, l => l.Value == "D" && (l.FontName ?? "").Contains("DejaVu", StringComparison.Ordinal));
    }
}
