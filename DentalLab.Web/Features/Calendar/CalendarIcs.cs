using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using IcalCalendar = Ical.Net.Calendar;

namespace DentalLab.Web.Features.Calendar;

/// <summary>An appointment as it leaves the lab in an .ics: the case number, never the patient, and no free-text description.</summary>
internal sealed record IcsAppointment(Guid Id, AppointmentType Type, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool AllDay,
    string? Location, string? CaseNumber, bool IsCancelled, DateTimeOffset UpdatedAt);

/// <summary>
/// iCalendar (RFC 5545) with Ical.Net: the personal feed (anonymous, by token) and single-appointment downloads.
/// Times carry the lab's zone (TZID plus its VTIMEZONE), so subscribers show them right across daylight-saving
/// changes. The appointment's own description stays in the app: feeds are synced to outside services, and free text
/// could name a patient.
/// </summary>
public sealed class CalendarIcs(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, DentistScope dentistScope, LabSettings settings, TimeProvider clock)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The feed of the token's owner (null when the token is unknown or revoked: "not found").</summary>
    public async Task<string?> FeedAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = CalendarService.HashToken(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var feed = await db.CalendarFeedTokens.Where(t => t.TokenHash == hash && t.RevokedAt == null && t.User!.IsActive)
            .Select(t => new { t.Id, t.UserId, t.LastUsedAt })
            .SingleOrDefaultAsync(ct);
        if (feed is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (feed.LastUsedAt is null || now - feed.LastUsedAt > TimeSpan.FromHours(1))
        {
            // Not audited (bookkeeping): one UPDATE an hour at most, however often a client polls.
            await db.CalendarFeedTokens.Where(t => t.Id == feed.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, now), ct);
        }

        var from = now.AddDays(-60);
        var to = now.AddDays(400);
        var appointments = db.Appointments.AsNoTracking().Where(a => a.EndsAt > from && a.StartsAt < to);
        var dentistId = await db.Set<DentistProfile>().Where(d => d.UserId == feed.UserId && d.Status == DentistStatus.Active).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
        if (dentistId is { } dentist)
        {
            appointments = appointments.Where(a => a.DentistId == dentist);
        }
        else
        {
            var mine = System.Text.Json.JsonSerializer.Serialize(new[] { feed.UserId.ToString() });
            appointments = appointments.Where(a => a.OrganizerId == feed.UserId || EF.Functions.JsonContains(a.AttendeeIds, mine));
        }

        var rows = await Project(appointments.OrderBy(a => a.StartsAt)).Take(2000).ToListAsync(ct);
        return Render(rows, await settings.TimeZoneAsync(), await settings.GetStringAsync("lab.name", "DentalLab"));
    }

    /// <summary>One appointment as an .ics, for staff with calendar.view or the dentist it belongs to (null otherwise: "not found").</summary>
    public async Task<string?> SingleAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Appointments.AsNoTracking().Where(a => a.Id == id);
        if (!await currentUser.HasPermissionAsync(PermissionCodes.CalendarView, ct))
        {
            var dentistId = await currentUser.HasPermissionAsync(PermissionCodes.PortalAccess, ct) ? await dentistScope.DentistIdAsync(db, ct) : null;
            if (dentistId is null)
            {
                return null;
            }

            query = query.Where(a => a.DentistId == dentistId);
            if (!await query.AnyAsync(ct))
            {
                dentistScope.LogRefused("appointment", id.ToString());
                return null;
            }
        }

        var rows = await Project(query).ToListAsync(ct);
        return rows.Count == 0 ? null : Render(rows, await settings.TimeZoneAsync(), await settings.GetStringAsync("lab.name", "DentalLab"));
    }

    private static IQueryable<IcsAppointment> Project(IQueryable<Appointment> query) =>
        query.Select(a => new IcsAppointment(a.Id, a.Type, a.Title, a.StartsAt, a.EndsAt, a.AllDay, a.Location,
            a.Case != null ? a.Case.CaseNumber : null, a.IsCancelled, a.UpdatedAt));

    internal static string Render(IReadOnlyList<IcsAppointment> appointments, TimeZoneInfo zone, string labName)
    {
        var calendar = new IcalCalendar { ProductId = "-//DentalLab//Calendar//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", labName);
        calendar.AddProperty("X-WR-TIMEZONE", zone.Id);
        var earliest = appointments.Count == 0 ? DateTime.UtcNow.AddYears(-1) : appointments.Min(a => a.StartsAt).UtcDateTime.AddDays(-1);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Id, earliest, includeHistoricalData: false));
        foreach (var a in appointments)
        {
            var e = new CalendarEvent
            {
                Uid = a.Id + "@dentallab",
                Summary = a.IsCancelled ? "Cancelled: " + a.Title : a.Title,
                Location = a.Location,
                Status = a.IsCancelled ? "CANCELLED" : "CONFIRMED",
                Description = CalendarLabels.Label(a.Type) + (a.CaseNumber is { } n ? " · case " + n : ""),
                DtStamp = new CalDateTime(a.UpdatedAt.UtcDateTime, "UTC", true),
                LastModified = new CalDateTime(a.UpdatedAt.UtcDateTime, "UTC", true),
            };
            if (a.AllDay)
            {
                e.DtStart = new CalDateTime(CalendarTime.DayOf(a.StartsAt, zone));
                e.DtEnd = new CalDateTime(CalendarTime.LastDayOf(a.StartsAt, a.EndsAt, zone).AddDays(1));
            }
            else
            {
                e.DtStart = new CalDateTime(CalendarTime.Local(a.StartsAt, zone), zone.Id, true);
                e.DtEnd = new CalDateTime(CalendarTime.Local(a.EndsAt, zone), zone.Id, true);
            }

            if (a.CaseNumber is { } caseNumber)
            {
                e.Categories.Add(caseNumber);
            }

            calendar.Events.Add(e);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
