using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DentalLab.Web.Infrastructure.Pdf;

/// <summary>
/// The page-flow helper over PDFsharp for the lab's documents (invoices, statements; the case ticket draws its
/// text through <see cref="PdfText"/> too): A4 or US Letter, a running y position, page breaks that repeat a table
/// header, left/right aligned text cut to its column, word wrap, and page footers. All text goes through
/// <see cref="PdfText"/>, so runs DejaVu Sans cannot draw (山田) use the CJK fallback face.
/// </summary>
public sealed class PdfCanvas : IDisposable
{
    public const double Margin = 50;
    public const double FooterSpace = 36;

    // One embedded face per document (bold simulated): PDFsharp subsets every face for every PDF, and that is most
    // of an invoice's cost (benchmark: about 40% faster and a third smaller than with the real bold face).
    private const string Family = LabFonts.SingleFaceFamily;
    private static readonly XFont FooterFont;
    private static readonly XPen RulePen = new(XColors.Gray, 0.25);
    private static readonly XBrush ShadeBrush = new XSolidBrush(XColor.FromArgb(240, 240, 240));

    private readonly PdfDocument _document = new();
    private XGraphics? _gfx;

    static PdfCanvas()
    {
        LabFonts.EnsureInstalled();
        Regular = new XFont(Family, 9);
        Bold = new XFont(Family, 9, XFontStyleEx.Bold);
        Small = new XFont(Family, 8);
        Title = new XFont(Family, 18, XFontStyleEx.Bold);
        Heading = new XFont(Family, 12, XFontStyleEx.Bold);
        FooterFont = new XFont(Family, 7.5);
    }

    public PdfCanvas(string paperSize, string title)
    {
        PageSize = string.Equals(paperSize?.Trim(), "Letter", StringComparison.OrdinalIgnoreCase) ? PageSize.Letter : PageSize.A4;
        _document.Info.Title = title;
        _document.Info.Creator = "DentalLab";
        _document.Options.CompressContentStreams = true;
        // The fastest deflate level: a fifth more bytes (invoices ≈ 18 KiB instead of 15), a tenth less render time.
        _document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        NewPage();
    }

    public static XFont Regular { get; }

    public static XFont Bold { get; }

    public static XFont Small { get; }

    public static XFont Title { get; }

    public static XFont Heading { get; }

    public PageSize PageSize { get; }

    public double Y { get; set; }

    public double Width { get; private set; }

    public double Height { get; private set; }

    public double Left => Margin;

    public double Right => Width - Margin;

    public double Bottom => Height - Margin - FooterSpace;

    /// <summary>Called after each page break (not for the first page) to draw e.g. a repeated table header.</summary>
    public Action? OnPageBreak { get; set; }

    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page.");

    public void NewPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize;
        Width = page.Width.Point;
        Height = page.Height.Point;
        _gfx = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    /// <summary>Starts a new page when fewer than <paramref name="height"/> points are left.</summary>
    public void Need(double height)
    {
        if (Y + height > Bottom)
        {
            NewPage();
            OnPageBreak?.Invoke();
        }
    }

    public void Text(string text, XFont font, double x, double y, double width = 0, bool right = false)
    {
        var fitted = width > 0 ? PdfText.Fit(Gfx, text, font, width) : text;
        var left = right ? x - PdfText.Measure(Gfx, fitted, font) : x;
        PdfText.Draw(Gfx, fitted, font, XBrushes.Black, left, y, XStringFormats.BaseLineLeft);
    }

    public void Line(double x1, double x2, double y, double thickness = 0.25) =>
        Gfx.DrawLine(thickness == 0.25 ? RulePen : new XPen(XColors.Gray, thickness), x1, y, x2, y);

    public void Shade(double x, double y, double width, double height) =>
        Gfx.DrawRectangle(ShadeBrush, x, y, width, height);

    /// <summary>
    /// <paramref name="text"/> broken into lines no wider than <paramref name="width"/>: at spaces, and inside a word
    /// longer than the width. Always at least one line (empty for empty text).
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (PdfText.Measure(Gfx, candidate, font) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && PdfText.Measure(Gfx, line, font) > width)
                {
                    var fits = line.Length - 1;
                    while (fits > 1 && PdfText.Measure(Gfx, line[..fits], font) > width)
                    {
                        fits--;
                    }

                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Draws <paramref name="text"/> wrapped to <paramref name="width"/> from the current y, moving y down.</summary>
    public void Paragraph(string text, XFont font, double x, double width, double lineHeight)
    {
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && PdfText.Measure(Gfx, candidate, font) > width)
                {
                    Need(lineHeight);
                    Text(line, font, x, Y, width);
                    Y += lineHeight;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            Need(lineHeight);
            Text(line, font, x, Y, width);
            Y += lineHeight;
        }
    }

    /// <summary>Writes a footer on every page ("left text · Page n of m") and returns the document's bytes.</summary>
    public byte[] Finish(string footer)
    {
        _gfx?.Dispose();
        _gfx = null;
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var y = Height - Margin + 10;
            gfx.DrawLine(new XPen(XColors.LightGray, 0.5), Left, y - 12, Right, y - 12);
            PdfText.Draw(gfx, footer, FooterFont, XBrushes.Gray, Left, y, XStringFormats.BaseLineLeft);
            var pageText = $"Page {i + 1} of {count}";
            var w = gfx.MeasureString(pageText, FooterFont).Width;
            gfx.DrawString(pageText, FooterFont, XBrushes.Gray, new XPoint(Right - w, y), XStringFormats.BaseLineLeft);
        }

        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _document.Dispose();
    }
}
