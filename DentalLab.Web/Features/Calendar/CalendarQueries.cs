using System.Globalization;
using System.Text.Json;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Calendar;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Calendar;

/// <summary>Reads for the calendar: the items of a range (appointments and every registered source), the pickers, one appointment.</summary>
public sealed class CalendarQueries(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    DentistScope dentistScope,
    LabSettings settings,
    IEnumerable<ICalendarSource> sources)
{
    public IReadOnlyList<string> SourceKinds => sources.SelectMany(s => s.Kinds).Distinct(StringComparer.Ordinal).ToList();

    public async Task<CalendarFrame> FrameAsync()
    {
        var zone = await settings.TimeZoneAsync();
        var today = await settings.TodayAsync();
        // The lab's business hours (settings lab.opens_at / lab.closes_at): the calendar shades the hours outside.
        var start = ParseTime(await settings.GetStringAsync(SettingKeys.OpensAt, "08:00"), new TimeOnly(8, 0));
        var end = ParseTime(await settings.GetStringAsync(SettingKeys.ClosesAt, "17:00"), new TimeOnly(17, 0));
        return end > start ? new CalendarFrame(zone, today, start, end) : new CalendarFrame(zone, today, new TimeOnly(8, 0), new TimeOnly(17, 0));
    }

    /// <summary>Everything on the calendar from <paramref name="from"/> to <paramref name="to"/> (lab days, inclusive), filtered as the query says.</summary>
    public async Task<IReadOnlyList<CalendarItem>> ItemsAsync(CalendarQuery query, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.CalendarView, ct);
        var zone = await settings.TimeZoneAsync();
        var fromUtc = CalendarTime.StartOfDay(from, zone);
        var toUtc = CalendarTime.StartOfDay(to.AddDays(1), zone);
        var kinds = query.Kinds is { Count: > 0 } k ? k.ToHashSet(StringComparer.Ordinal) : null;

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var appointments = db.Appointments.AsNoTracking().Where(a => a.StartsAt < toUtc && a.EndsAt > fromUtc);
        if (kinds is not null)
        {
            var types = kinds.Select(CalendarLabels.TypeOfKind).OfType<AppointmentType>().ToList();
            appointments = appointments.Where(a => types.Contains(a.Type));
        }

        if (query.DepartmentId is { } department)
        {
            appointments = appointments.Where(a => a.DepartmentId == department);
        }

        if (query.DentistId is { } dentist)
        {
            appointments = appointments.Where(a => a.DentistId == dentist);
        }

        var meJson = JsonSerializer.Serialize(new[] { me.ToString() });
        if (query.OnlyMine)
        {
            appointments = appointments.Where(a => a.OrganizerId == me || EF.Functions.JsonContains(a.AttendeeIds, meJson));
        }

        var rows = await appointments
            .OrderBy(a => a.StartsAt).ThenBy(a => a.Title)
            .Select(a => new
            {
                a.Id, a.Type, a.Title, a.StartsAt, a.EndsAt, a.AllDay, a.IsCancelled, a.Location,
                Mine = a.OrganizerId == me || EF.Functions.JsonContains(a.AttendeeIds, meJson),
            })
            .Take(2000)
            .ToListAsync(ct);
        var items = rows.Select(a => new CalendarItem("appointment:" + a.Id, CalendarLabels.KindOf(a.Type), a.Title, a.StartsAt, a.EndsAt, a.AllDay,
            null, a.Id, Cancelled: a.IsCancelled, Location: a.Location, Mine: a.Mine)).ToList();

        // Other modules' dates: not "mine" (nobody attends a due date), each source checks its own permission.
        if (!query.OnlyMine)
        {
            var window = new CalendarWindow(from, to, zone, query.DentistId, query.DepartmentId);
            foreach (var source in sources)
            {
                if (kinds is not null && !source.Kinds.Any(kinds.Contains))
                {
                    continue;
                }

                foreach (var e in await source.EntriesAsync(window, ct))
                {
                    if (kinds is null || kinds.Contains(e.Kind))
                    {
                        items.Add(new CalendarItem(e.Key, e.Kind, e.Title, e.Start, e.End, e.AllDay, e.Href, Late: e.Late));
                    }
                }
            }
        }

        return [.. items.OrderBy(i => i.Start).ThenBy(i => i.AllDay ? 0 : 1).ThenBy(i => i.Title, StringComparer.Ordinal)];
    }

    /// <summary>The signed-in dentist's own appointments (never another dentist's) from <paramref name="from"/> on.</summary>
    public async Task<IReadOnlyList<CalendarItem>> PortalItemsAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        var zone = await settings.TimeZoneAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await dentistScope.DentistIdAsync(db, ct) is not { } dentistId)
        {
            return [];
        }

        var fromUtc = CalendarTime.StartOfDay(from, zone);
        var toUtc = CalendarTime.StartOfDay(to.AddDays(1), zone);
        var rows = await db.Appointments.AsNoTracking()
            .Where(a => a.DentistId == dentistId && a.StartsAt < toUtc && a.EndsAt > fromUtc)
            .OrderBy(a => a.StartsAt).ThenBy(a => a.Title)
            .Select(a => new { a.Id, a.Type, a.Title, a.StartsAt, a.EndsAt, a.AllDay, a.IsCancelled, a.Location })
            .Take(500)
            .ToListAsync(ct);
        return rows.Select(a => new CalendarItem("appointment:" + a.Id, CalendarLabels.KindOf(a.Type), a.Title, a.StartsAt, a.EndsAt, a.AllDay,
            null, a.Id, Cancelled: a.IsCancelled, Location: a.Location)).ToList();
    }

    public async Task<CalendarChoices> ChoicesAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CalendarView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = await db.UsersHolding(PermissionCodes.CalendarView).AsNoTracking()
            .OrderBy(u => u.FullName).Select(u => new PickOption(u.Id, u.FullName)).ToListAsync(ct);
        var dentists = await db.Set<DentistProfile>().AsNoTracking()
            .OrderBy(d => d.DentistName).Select(d => new PickOption(d.Id, d.DentistName + " (" + d.PracticeName + ")")).ToListAsync(ct);
        var departments = await db.Set<Department>().AsNoTracking()
            .Where(d => d.IsActive).OrderBy(d => d.Name).Select(d => new PickOption(d.Id, d.Name)).ToListAsync(ct);
        return new CalendarChoices(users, dentists, departments);
    }

    /// <summary>One appointment for the dialog (null when it does not exist or was deleted).</summary>
    public async Task<AppointmentDetail?> DetailAsync(Guid id, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CalendarView, ct);
        var zone = await settings.TimeZoneAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var a = await db.Appointments.AsNoTracking()
            .Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id, x.Title, x.Type, x.StartsAt, x.EndsAt, x.AllDay, x.Location, x.Description, CaseNumber = x.Case != null ? x.Case.CaseNumber : null,
                x.DentistId, x.DepartmentId, x.AttendeeIds, x.Version, x.IsCancelled, Organizer = x.Organizer != null ? x.Organizer.FullName : null,
            })
            .SingleOrDefaultAsync(ct);
        if (a is null)
        {
            return null;
        }

        var start = CalendarTime.Local(a.StartsAt, zone);
        var end = CalendarTime.Local(a.EndsAt, zone);
        var input = new AppointmentInput
        {
            Title = a.Title,
            Type = a.Type,
            AllDay = a.AllDay,
            StartDate = start.Date,
            StartTime = a.AllDay ? null : start.TimeOfDay,
            // An all-day end is the exclusive midnight after the last day; the form shows the last day.
            EndDate = a.AllDay ? CalendarTime.LastDayOf(a.StartsAt, a.EndsAt, zone).ToDateTime(TimeOnly.MinValue) : end.Date,
            EndTime = a.AllDay ? null : end.TimeOfDay,
            Location = a.Location,
            Description = a.Description,
            CaseNumber = a.CaseNumber,
            DentistId = a.DentistId,
            DepartmentId = a.DepartmentId,
            AttendeeIds = ParseIds(a.AttendeeIds),
            Version = a.Version,
        };
        return new AppointmentDetail(a.Id, input, a.IsCancelled, a.Organizer);
    }

    public static List<Guid> ParseIds(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<string>>(json)?.Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static TimeOnly ParseTime(string value, TimeOnly fallback) =>
        TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : fallback;
}
