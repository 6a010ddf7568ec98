using System.Reflection;
using PdfSharp.Fonts;

namespace DentalLab.Web.Infrastructure.Pdf;

/// <summary>
/// The fonts every PDF uses, embedded in the app (DejaVu Sans regular and bold: Latin, Greek and Cyrillic,
/// so Łódź, Müller and Ødegaard print as written), and a fallback face for what DejaVu cannot draw: a subset of
/// Noto Sans CJK JP (kana and the common ideographs, so 山田 prints too; SIL OFL, Fonts/LICENSE-NotoSansCJK.txt,
/// made by Fonts/make-noto-cjk-subset.py). <see cref="PdfText"/> uses the fallback only for such runs of text, so an
/// ordinary document embeds DejaVu alone. PDFsharp on Linux has no system font lookup, so this resolver is
/// installed once per process before any PDF is made: call <see cref="EnsureInstalled"/>.
/// </summary>
public sealed class LabFonts : IFontResolver
{
    /// <summary>The family name to use in XFont.</summary>
    public const string Family = "DejaVu Sans";

    /// <summary>
    /// The same font with bold simulated from the regular face, so a document embeds one face instead of two
    /// (high-volume documents such as invoices: PDFsharp subsets each embedded face for every document).
    /// </summary>
    public const string SingleFaceFamily = "DejaVu Sans Single Face";

    /// <summary>The fallback family for characters DejaVu Sans has no glyph for (bold simulated).</summary>
    public const string CjkFamily = "Noto Sans CJK Subset";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Cjk = "NotoSansCJK-Subset";
    private static readonly Lock Gate = new();
    private static bool _installed;

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (!_installed)
            {
                GlobalFontSettings.FontResolver = new LabFonts();
                _installed = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // Every other family maps to DejaVu Sans; italic is simulated by PDFsharp when asked for.
        familyName == CjkFamily ? new(Cjk, mustSimulateBold: bold, mustSimulateItalic: italic)
        : familyName == SingleFaceFamily ? new(Regular, mustSimulateBold: bold, mustSimulateItalic: italic)
        : new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    /// <summary>Whether DejaVu Sans has a glyph for <paramref name="c"/> (both faces cover the same characters).</summary>
    public static bool CanDraw(char c) => Coverage.Value[c];

    /// <summary>Whether DejaVu Sans draws every character of <paramref name="text"/> (the common case: no fallback needed).</summary>
    public static bool CanDrawAll(string text)
    {
        var covered = Coverage.Value;
        foreach (var c in text)
        {
            if (!covered[c])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Each face is read from the assembly once; PDFsharp may ask again for every document.</summary>
    public byte[]? GetFont(string faceName) => Faces.GetOrAdd(faceName, Load);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]?> Faces = new(StringComparer.Ordinal);

    private static readonly Lazy<bool[]> Coverage = new(() => ReadCoverage(Faces.GetOrAdd(Regular, Load) ?? []));

    /// <summary>The BMP characters a TrueType font maps to a glyph, from its cmap (Windows Unicode, format 4).</summary>
    private static bool[] ReadCoverage(byte[] font)
    {
        var covered = new bool[char.MaxValue + 1];
        int U16(int at) => (font[at] << 8) | font[at + 1];
        int U32(int at) => (font[at] << 24) | (font[at + 1] << 16) | (font[at + 2] << 8) | font[at + 3];
        var cmap = -1;
        for (var i = 0; i < U16(4); i++)
        {
            var record = 12 + (16 * i);
            if (font[record] == 'c' && font[record + 1] == 'm' && font[record + 2] == 'a' && font[record + 3] == 'p')
            {
                cmap = U32(record + 8);
            }
        }

        for (var i = 0; cmap >= 0 && i < U16(cmap + 2); i++)
        {
            var record = cmap + 4 + (8 * i);
            var table = cmap + U32(record + 4);
            if (U16(record) != 3 || U16(record + 2) != 1 || U16(table) != 4)
            {
                continue;
            }

            var segments = U16(table + 6) / 2;
            var ends = table + 14;
            var starts = ends + (2 * segments) + 2;
            var deltas = starts + (2 * segments);
            var offsets = deltas + (2 * segments);
            for (var s = 0; s < segments; s++)
            {
                int start = U16(starts + (2 * s)), end = U16(ends + (2 * s)), delta = U16(deltas + (2 * s)), offset = U16(offsets + (2 * s));
                for (var c = start; c <= end && c != 0xFFFF; c++)
                {
                    var glyph = offset == 0 ? (c + delta) & 0xFFFF : U16(offsets + (2 * s) + offset + (2 * (c - start)));
                    covered[c] = glyph != 0;
                }
            }

            break;
        }

        return covered;
    }

    private static byte[]? Load(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"DentalLab.Web.Infrastructure.Pdf.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
