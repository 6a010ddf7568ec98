using System.Reflection;
using PdfSharp.Fonts;

namespace DentalLab.Web.Infrastructure.Pdf;

/// <summary>
/// The fonts every PDF uses, embedded in the app (DejaVu Sans regular and bold: Latin, Greek and Cyrillic,
/// so Łódź, Müller and Ødegaard print as written). PDFsharp on Linux has no system font lookup, so this
/// resolver is installed once per process before any PDF is made: call <see cref="EnsureInstalled"/>.
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

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
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
        // Every family maps to DejaVu Sans; italic is simulated by PDFsharp when asked for.
        familyName == SingleFaceFamily
            ? new(Regular, mustSimulateBold: bold, mustSimulateItalic: italic)
            : new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    /// <summary>Each face is read from the assembly once; PDFsharp may ask again for every document.</summary>
    public byte[]? GetFont(string faceName) => Faces.GetOrAdd(faceName, Load);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]?> Faces = new(StringComparer.Ordinal);

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
