using DentalLab.Data.Entities;
using MudBlazor;

namespace DentalLab.Web.Features.Calendar;

/// <summary>
/// The calendar's words, icons and colours for each kind of entry, in one place (the lead may move the labels to
/// Infrastructure/Text). A kind is an appointment type (<c>meeting</c>) or a source's kind (<c>case-due</c>,
/// <c>delivery</c>); the same word means the same legend entry wherever it comes from.
/// </summary>
public static class CalendarLabels
{
    public const string CaseDue = "case-due";

    public static string KindOf(AppointmentType type) => type switch
    {
        AppointmentType.CaseReview => "case-review",
        AppointmentType.Delivery => "delivery",
        AppointmentType.Pickup => "pickup",
        AppointmentType.Meeting => "meeting",
        AppointmentType.Training => "training",
        AppointmentType.Maintenance => "maintenance",
        _ => "other",
    };

    public static string Label(AppointmentType type) => type switch
    {
        AppointmentType.CaseReview => "Case review / try-in",
        AppointmentType.Delivery => "Delivery",
        AppointmentType.Pickup => "Pickup",
        AppointmentType.Meeting => "Meeting",
        AppointmentType.Training => "Training",
        AppointmentType.Maintenance => "Maintenance",
        _ => "Other",
    };

    public static string KindLabel(string kind) => kind switch
    {
        "case-review" => Label(AppointmentType.CaseReview),
        "delivery" => "Delivery",
        "pickup" => "Pickup",
        "meeting" => "Meeting",
        "training" => "Training",
        "maintenance" => "Maintenance",
        "other" => "Other",
        CaseDue => "Case due date",
        _ => kind.Length == 0 ? kind : char.ToUpperInvariant(kind[0]) + kind[1..].Replace('-', ' '),
    };

    public static string Icon(string kind) => kind switch
    {
        "case-review" => Icons.Material.Filled.RateReview,
        "delivery" => Icons.Material.Filled.LocalShipping,
        "pickup" => Icons.Material.Filled.MoveToInbox,
        "meeting" => Icons.Material.Filled.Groups,
        "training" => Icons.Material.Filled.School,
        "maintenance" => Icons.Material.Filled.Build,
        CaseDue => Icons.Material.Filled.Flag,
        _ => Icons.Material.Filled.Event,
    };

    /// <summary>The theme colour of a kind (a CSS variable of the MudBlazor palette set in LabTheme).</summary>
    public static string ColorVar(string kind) => kind switch
    {
        "case-review" => "var(--mud-palette-primary)",
        "delivery" => "var(--mud-palette-success)",
        "pickup" => "var(--mud-palette-warning)",
        "meeting" => "var(--mud-palette-secondary)",
        "training" => "var(--mud-palette-info)",
        "maintenance" => "var(--mud-palette-tertiary)",
        CaseDue => "var(--mud-palette-dark)",
        _ => "var(--mud-palette-text-secondary)",
    };

    /// <summary>The appointment kinds, in legend order.</summary>
    public static IReadOnlyList<string> AppointmentKinds { get; } = Enum.GetValues<AppointmentType>().Select(KindOf).Distinct().ToList();

    public static AppointmentType? TypeOfKind(string kind) =>
        Enum.GetValues<AppointmentType>().Cast<AppointmentType?>().FirstOrDefault(t => KindOf(t!.Value) == kind);

    public static string ViewLabel(CalendarViewKind view) => view switch
    {
        CalendarViewKind.Month => "Month",
        CalendarViewKind.Week => "Week",
        CalendarViewKind.Day => "Day",
        _ => "Agenda",
    };
}

/// <summary>Lab-time conversions (the lab's zone from settings; times are stored UTC).</summary>
public static class CalendarTime
{
    /// <summary>A wall-clock time in the lab's zone as an instant; a time that does not exist (spring forward) moves on an hour.</summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone) => ToInstant(day.ToDateTime(TimeOnly.MinValue), zone);

    public static DateTime Local(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    public static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(Local(instant, zone));

    /// <summary>The last day an item covers (an all-day end is exclusive midnight).</summary>
    public static DateOnly LastDayOf(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone)
    {
        var last = DayOf(end.AddTicks(-1), zone);
        var first = DayOf(start, zone);
        return last < first ? first : last;
    }
}
