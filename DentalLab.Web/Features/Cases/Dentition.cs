using System.Globalization;
using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Cases;

/// <summary>
/// The FDI permanent dentition as a chart shows it and a bridge runs: each arch from the patient's right to left
/// (upper 18..11 | 21..28, lower 48..41 | 31..38). A bridge is a contiguous run along one arch, written
/// "from-to" as <see cref="Case.BridgeSpans"/> stores it.
/// </summary>
public static class Dentition
{
    public static readonly IReadOnlyList<short> UpperArch = [18, 17, 16, 15, 14, 13, 12, 11, 21, 22, 23, 24, 25, 26, 27, 28];

    public static readonly IReadOnlyList<short> LowerArch = [48, 47, 46, 45, 44, 43, 42, 41, 31, 32, 33, 34, 35, 36, 37, 38];

    public static bool IsTooth(short tooth) => tooth / 10 is >= 1 and <= 4 && tooth % 10 is >= 1 and <= 8;

    /// <summary>The arch a tooth sits in (upper or lower), in chart order.</summary>
    public static IReadOnlyList<short> ArchOf(short tooth) => tooth / 10 <= 2 ? UpperArch : LowerArch;

    /// <summary>Every tooth from <paramref name="from"/> to <paramref name="to"/> along their arch, ends included; empty when they are in different arches.</summary>
    public static IReadOnlyList<short> Span(short from, short to)
    {
        if (!IsTooth(from) || !IsTooth(to) || ArchOf(from) != ArchOf(to))
        {
            return [];
        }

        var arch = ArchOf(from);
        var (a, b) = (IndexIn(arch, from), IndexIn(arch, to));
        return [.. arch.Skip(Math.Min(a, b)).Take(Math.Abs(a - b) + 1)];
    }

    /// <summary>
    /// The span "from-to" of a run of teeth that is contiguous along one arch and at least two long, else null.
    /// Within a quadrant it reads low to high (14-16); across the midline along the arch (12-22), as the demo data does.
    /// </summary>
    public static string? SpanOf(IEnumerable<short> teeth)
    {
        var run = teeth.Distinct().ToList();
        if (run.Count < 2 || !run.All(IsTooth) || run.Select(ArchOf).Distinct().Count() != 1)
        {
            return null;
        }

        var arch = ArchOf(run[0]);
        var ordered = run.OrderBy(t => IndexIn(arch, t)).ToList();
        if (IndexIn(arch, ordered[^1]) - IndexIn(arch, ordered[0]) != ordered.Count - 1)
        {
            return null;
        }

        var (from, to) = ordered[0] / 10 == ordered[^1] / 10 ? (ordered.Min(), ordered.Max()) : (ordered[0], ordered[^1]);
        return Format(from, to);
    }

    public static string Format(short from, short to) =>
        from.ToString(CultureInfo.InvariantCulture) + "-" + to.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses "14-16,24-26" leniently (null for anything malformed), for validation.</summary>
    public static IReadOnlyList<(short From, short To)>? ParseSpans(string? spans)
    {
        if (string.IsNullOrWhiteSpace(spans))
        {
            return [];
        }

        var result = new List<(short, short)>();
        foreach (var part in spans.Split(',', StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2
                || !short.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                || !short.TryParse(ends[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to))
            {
                return null;
            }

            result.Add((from, to));
        }

        return result;
    }

    /// <summary>
    /// "11, 21" or "24–26 bridge, 11": the one way teeth are written for people (lists, cards, tickets, invoices). A bridge
    /// range shows only when both its ends are among <paramref name="teeth"/> (an invoice line may bill part of a case);
    /// no teeth reads <paramref name="none"/>.
    /// </summary>
    public static string Describe(IReadOnlyCollection<short>? teeth, string? spans, string none = "")
    {
        if (teeth is not { Count: > 0 })
        {
            return none;
        }

        var ranges = (ParseSpans(spans) ?? []).Where(r => teeth.Contains(r.From) && teeth.Contains(r.To)).ToList();
        var inBridge = ranges.SelectMany(r => Span(r.From, r.To)).ToHashSet();
        var parts = ranges.Select(r => $"{Format(r.From, r.To)} bridge")
            .Concat(teeth.Where(t => !inBridge.Contains(t)).Order().Select(t => t.ToString(CultureInfo.InvariantCulture)));
        return string.Join(", ", parts);
    }

    private static int IndexIn(IReadOnlyList<short> arch, short tooth)
    {
        for (var i = 0; i < arch.Count; i++)
        {
            if (arch[i] == tooth)
            {
                return i;
            }
        }

        return -1;
    }
}
