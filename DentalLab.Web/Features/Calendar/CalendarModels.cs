using System.Globalization;
using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Calendar;

public enum CalendarViewKind { Month, Week, Day, Agenda }

/// <summary>What the calendar page shows; it lives in the query string (view, date, kinds, dept, mine, dentist).</summary>
public sealed record CalendarQuery(
    CalendarViewKind View = CalendarViewKind.Week,
    DateOnly? Date = null,
    IReadOnlyList<string>? Kinds = null,
    Guid? DepartmentId = null,
    bool OnlyMine = false,
    Guid? DentistId = null)
{
    public static CalendarQuery Parse(Func<string, string?> q) => new(
        Enum.TryParse<CalendarViewKind>(q("view"), true, out var view) ? view : CalendarViewKind.Week,
        DateOnly.TryParseExact(q("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
        q("kinds") is { Length: > 0 } kinds ? kinds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null,
        Guid.TryParse(q("dept"), out var dept) ? dept : null,
        q("mine") == "true",
        Guid.TryParse(q("dentist"), out var dentist) ? dentist : null);

    /// <summary>The query-string values (null = left out).</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["view"] = View.ToString().ToLowerInvariant(),
        ["date"] = Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["kinds"] = Kinds is { Count: > 0 } k ? string.Join(',', k) : null,
        ["dept"] = DepartmentId?.ToString(),
        ["mine"] = OnlyMine ? "true" : null,
        ["dentist"] = DentistId?.ToString(),
    };

    /// <summary>The days the view covers: the month's weeks (Monday first), the week, the day, or four weeks of agenda.</summary>
    public (DateOnly From, DateOnly To) Range(DateOnly today)
    {
        var date = Date ?? today;
        switch (View)
        {
            case CalendarViewKind.Month:
                var first = new DateOnly(date.Year, date.Month, 1);
                var start = MondayOf(first);
                var last = first.AddMonths(1).AddDays(-1);
                return (start, MondayOf(last).AddDays(6));
            case CalendarViewKind.Day:
                return (date, date);
            case CalendarViewKind.Agenda:
                return (date, date.AddDays(27));
            default:
                var monday = MondayOf(date);
                return (monday, monday.AddDays(6));
        }
    }

    public DateOnly Step(DateOnly today, int direction)
    {
        var date = Date ?? today;
        return View switch
        {
            CalendarViewKind.Month => date.AddMonths(direction),
            CalendarViewKind.Day => date.AddDays(direction),
            CalendarViewKind.Agenda => date.AddDays(28 * direction),
            _ => date.AddDays(7 * direction),
        };
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

/// <summary>
/// One thing on the calendar: an appointment (with <see cref="AppointmentId"/>) or a read-only entry from another
/// module's <see cref="Infrastructure.Calendar.ICalendarSource"/>. Times are instants; the views place them in the lab's zone.
/// </summary>
public sealed record CalendarItem(
    string Key,
    string Kind,
    string Title,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool AllDay,
    string? Href,
    Guid? AppointmentId = null,
    bool Late = false,
    bool Cancelled = false,
    string? Location = null,
    bool Mine = false);

/// <summary>The appointment form (create and edit); times are in the lab's time zone.</summary>
public sealed class AppointmentInput
{
    public string Title { get; set; } = "";

    public AppointmentType Type { get; set; } = AppointmentType.Meeting;

    public DateTime? StartDate { get; set; }

    public TimeSpan? StartTime { get; set; }

    public DateTime? EndDate { get; set; }

    public TimeSpan? EndTime { get; set; }

    public bool AllDay { get; set; }

    public string? Location { get; set; }

    public string? Description { get; set; }

    /// <summary>Linked case, by its number (DL-2026-000123).</summary>
    public string? CaseNumber { get; set; }

    public Guid? DentistId { get; set; }

    public Guid? DepartmentId { get; set; }

    public List<Guid> AttendeeIds { get; set; } = [];

    /// <summary>xmin of the row being edited (optimistic concurrency).</summary>
    public uint? Version { get; set; }
}

/// <summary>An appointment as the dialog opens it.</summary>
public sealed record AppointmentDetail(Guid Id, AppointmentInput Input, bool IsCancelled, string? OrganizerName);

public sealed record PickOption(Guid Id, string Name)
{
    public override string ToString() => Name;
}

/// <summary>What the dialog and filters choose from: attendees (lab users), dentists and departments.</summary>
public sealed record CalendarChoices(IReadOnlyList<PickOption> Users, IReadOnlyList<PickOption> Dentists, IReadOnlyList<PickOption> Departments);

/// <summary>The lab's day as the views draw it.</summary>
public sealed record CalendarFrame(TimeZoneInfo Zone, DateOnly Today, TimeOnly BusinessStart, TimeOnly BusinessEnd);

/// <summary>The result of a save: the messages by field, the saved id, and who else is busy then (a warning, not a refusal).</summary>
public sealed record AppointmentSaved(DentalLab.Web.Infrastructure.Validation.ChangeResult Result, Guid? Id);
