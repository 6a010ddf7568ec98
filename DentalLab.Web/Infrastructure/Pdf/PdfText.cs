using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace DentalLab.Web.Infrastructure.Pdf;

/// <summary>
/// Text on a PDF page, the one way every document draws it: a string DejaVu Sans can draw goes out as it is; one
/// with characters it has no glyph for (山田歯科医院) is drawn in runs, those characters in the CJK fallback face
/// (<see cref="LabFonts.CjkFamily"/>) at the same size and style. Only a document that needs the fallback embeds it.
/// </summary>
public static class PdfText
{
    private static readonly ConcurrentDictionary<(double Size, XFontStyleEx Style), XFont> Fallbacks = new();

    /// <summary>Draws <paramref name="text"/> from (<paramref name="x"/>, <paramref name="y"/>); <paramref name="format"/> must align left.</summary>
    public static void Draw(XGraphics g, string text, XFont font, XBrush brush, double x, double y, XStringFormat format)
    {
        if (LabFonts.CanDrawAll(text))
        {
            g.DrawString(text, font, brush, new XPoint(x, y), format);
            return;
        }

        foreach (var (run, fallback) in Runs(text))
        {
            var runFont = fallback ? Fallback(font) : font;
            g.DrawString(run, runFont, brush, new XPoint(x, y), format);
            x += g.MeasureString(run, runFont).Width;
        }
    }

    /// <summary>The width <see cref="Draw"/> gives <paramref name="text"/>.</summary>
    public static double Measure(XGraphics g, string text, XFont font) =>
        LabFonts.CanDrawAll(text)
            ? MeasureCached(g, text, font)
            : Runs(text).Sum(r => g.MeasureString(r.Text, r.Fallback ? Fallback(font) : font).Width);

    /// <summary>Shortens <paramref name="text"/> with an ellipsis until it fits <paramref name="width"/> (long practice names, many teeth).</summary>
    public static string Fit(XGraphics g, string text, XFont font, double width)
    {
        if (Measure(g, text, font) <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && Measure(g, cut + "…", font) > width)
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd() + "…";
    }

    /// <summary>The runs of <paramref name="text"/>, each marked whether it needs the fallback face.</summary>
    public static IEnumerable<(string Text, bool Fallback)> Runs(string text)
    {
        var start = 0;
        var fallback = false;
        for (var i = 0; i < text.Length; i++)
        {
            // A surrogate pair is outside DejaVu's plane: both halves go with the fallback.
            var needs = char.IsSurrogate(text[i]) || !LabFonts.CanDraw(text[i]);
            if (i > start && needs != fallback)
            {
                yield return (text[start..i], fallback);
                start = i;
            }

            fallback = needs;
        }

        if (start < text.Length)
        {
            yield return (text[start..], fallback);
        }
    }

    /// <summary>
    /// PDFsharp's width of a string is the sum of its characters' advance widths (no kerning; simulated bold adds the
    /// same amount per character), each proportional to the size. So one width per character at size 1 for each
    /// family and style, filled on first use, gives the same figure without PDFsharp's per-call code-point
    /// conversion — fitting and wrapping measure the same text many times (invoices: a fifth of the render time).
    /// </summary>
    private static double MeasureCached(XGraphics g, string text, XFont font)
    {
        var widths = UnitWidths.GetOrAdd((font.FontFamily.Name, font.Style), _ => NewUnitWidths());
        var total = 0.0;
        foreach (var c in text)
        {
            var w = widths[c];
            if (double.IsNaN(w))
            {
                // A benign race: two threads compute the same value.
                w = widths[c] = g.MeasureString(c.ToString(), font).Width / font.Size;
            }

            total += w;
        }

        return total * font.Size;
    }

    private static double[] NewUnitWidths()
    {
        var widths = new double[char.MaxValue + 1];
        Array.Fill(widths, double.NaN);
        return widths;
    }

    private static readonly ConcurrentDictionary<(string Family, XFontStyleEx Style), double[]> UnitWidths = new();

    private static XFont Fallback(XFont font) =>
        Fallbacks.GetOrAdd((font.Size, font.Style), key => new XFont(LabFonts.CjkFamily, key.Size, key.Style));
}
