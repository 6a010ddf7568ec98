using System.Globalization;

namespace DentalLab.Web.Features.Reports;

public enum PeriodKind { Month, Quarter, Year, Custom }

/// <summary>
/// The dates a report covers, in the lab's calendar: <see cref="From"/> to <see cref="To"/> inclusive. The query string
/// carries it (<c>period=month&amp;from=2026-11-01</c>, custom adds <c>to=</c>), so a report's address is its view.
/// </summary>
public sealed record ReportPeriod(PeriodKind Kind, DateOnly From, DateOnly To)
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The period named by the query string; this month (of <paramref name="today"/>) when it names none or nonsense.</summary>
    public static ReportPeriod Parse(string? kind, string? from, string? to, DateOnly today)
    {
        var k = Enum.TryParse<PeriodKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : PeriodKind.Month;
        var start = TryDate(from) ?? today;
        if (k == PeriodKind.Custom)
        {
            var end = TryDate(to) ?? today;
            return end < start || end.DayNumber - start.DayNumber > 3660 ? Of(PeriodKind.Month, today) : new ReportPeriod(k, start, end);
        }

        return Of(k, start);
    }

    /// <summary>The month, quarter or year that contains <paramref name="day"/>.</summary>
    public static ReportPeriod Of(PeriodKind kind, DateOnly day)
    {
        switch (kind)
        {
            case PeriodKind.Quarter:
                var q = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
                return new ReportPeriod(kind, q, q.AddMonths(3).AddDays(-1));
            case PeriodKind.Year:
                return new ReportPeriod(kind, new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31));
            case PeriodKind.Custom:
                return new ReportPeriod(kind, day, day);
            default:
                var m = new DateOnly(day.Year, day.Month, 1);
                return new ReportPeriod(PeriodKind.Month, m, m.AddMonths(1).AddDays(-1));
        }
    }

    /// <summary>The period before this one, of the same kind and length (for the ▲/▼ comparison).</summary>
    public ReportPeriod Previous() => Kind switch
    {
        PeriodKind.Month => Of(Kind, From.AddMonths(-1)),
        PeriodKind.Quarter => Of(Kind, From.AddMonths(-3)),
        PeriodKind.Year => Of(Kind, From.AddYears(-1)),
        _ => new ReportPeriod(Kind, From.AddDays(-Days), From.AddDays(-1)),
    };

    /// <summary>The next period of the same kind (for the "next" button).</summary>
    public ReportPeriod Next() => Kind switch
    {
        PeriodKind.Month => Of(Kind, From.AddMonths(1)),
        PeriodKind.Quarter => Of(Kind, From.AddMonths(3)),
        PeriodKind.Year => Of(Kind, From.AddYears(1)),
        _ => new ReportPeriod(Kind, To.AddDays(1), To.AddDays(Days)),
    };

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Whether the period is made of whole calendar months (then the monthly views can answer it).</summary>
    public bool WholeMonths => From.Day == 1 && To.AddDays(1).Day == 1;

    /// <summary>The months the period touches (first day of each), for month-by-month charts.</summary>
    public IReadOnlyList<DateOnly> Months()
    {
        var list = new List<DateOnly>();
        for (var m = new DateOnly(From.Year, From.Month, 1); m <= To; m = m.AddMonths(1))
        {
            list.Add(m);
        }

        return list;
    }

    /// <summary>The period as UTC instants [start, end): midnight in the lab's time zone at each end.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Utc(TimeZoneInfo zone) => (Midnight(From, zone), Midnight(To.AddDays(1), zone));

    public string Label => Kind switch
    {
        PeriodKind.Month => From.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => $"Q{((From.Month - 1) / 3) + 1} {From.Year}",
        PeriodKind.Year => From.Year.ToString(CultureInfo.InvariantCulture),
        _ => $"{From.ToString(DateFormat, CultureInfo.InvariantCulture)} – {To.ToString(DateFormat, CultureInfo.InvariantCulture)}",
    };

    /// <summary>The query string of this period (no leading '?').</summary>
    public string Query => Kind == PeriodKind.Custom
        ? $"period=custom&from={From.ToString(DateFormat, CultureInfo.InvariantCulture)}&to={To.ToString(DateFormat, CultureInfo.InvariantCulture)}"
        : $"period={Kind.ToString().ToLowerInvariant()}&from={From.ToString(DateFormat, CultureInfo.InvariantCulture)}";

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A midnight skipped by a daylight-saving change starts the day at the first valid minute after it.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static DateOnly? TryDate(string? value) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

/// <summary>A figure and the same figure in the previous period, for the ▲/▼ comparison.</summary>
public readonly record struct Compared(decimal Current, decimal Previous)
{
    public decimal Change => Current - Previous;

    /// <summary>The change in percent of the previous value (null when the previous value is zero).</summary>
    public decimal? ChangePercent => Previous == 0 ? null : Math.Round(100m * (Current - Previous) / Math.Abs(Previous), 1);
}
