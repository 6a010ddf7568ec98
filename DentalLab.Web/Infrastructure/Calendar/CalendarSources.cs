namespace DentalLab.Web.Infrastructure.Calendar;

/// <summary>The days (in the lab's time zone) a calendar view shows, and who is asking about what.</summary>
public sealed record CalendarWindow(DateOnly From, DateOnly To, TimeZoneInfo Zone, Guid? DentistId = null, Guid? DepartmentId = null);

/// <summary>
/// Something that belongs on the calendar without being typed twice: a case due date, a delivery, a pickup, an
/// equipment maintenance date. Read-only there; <see cref="Href"/> links to the record itself.
/// </summary>
/// <param name="Key">Unique and stable across reloads (e.g. <c>case-due:DL-2026-000123</c>).</param>
/// <param name="Kind">The legend's entry (e.g. <c>case-due</c>, <c>delivery</c>, <c>pickup</c>, <c>maintenance</c>).</param>
/// <param name="Late">Shown in the theme's error colour.</param>
public sealed record CalendarEntry(
    string Key,
    string Kind,
    string Title,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool AllDay,
    string? Href,
    bool Late = false,
    Guid? DentistId = null,
    Guid? DepartmentId = null);

/// <summary>
/// A module that contributes entries to the calendar implements this and registers it with
/// <c>services.AddScoped&lt;ICalendarSource, MySource&gt;()</c>; the calendar shows every registered source's entries
/// (with its own permission check inside <see cref="EntriesAsync"/>: a source returns nothing to a user who may not
/// see its records, and only the dentist's own records when <see cref="CalendarWindow.DentistId"/> is set).
/// </summary>
public interface ICalendarSource
{
    /// <summary>The <see cref="CalendarEntry.Kind"/> values this source produces, for the calendar's legend and filters.</summary>
    IReadOnlyList<string> Kinds { get; }

    Task<IReadOnlyList<CalendarEntry>> EntriesAsync(CalendarWindow window, CancellationToken ct = default);
}
