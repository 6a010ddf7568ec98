using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Resilience;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Calendar;

/// <summary>
/// Changes to appointments (calendar.manage): create, edit, move, cancel, delete — each validated here, saved with
/// xmin, published on the live bus after commit — and the user's own iCalendar feed token.
/// </summary>
public sealed class CalendarService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    LabSettings settings,
    LiveEventBus bus,
    TimeProvider clock)
{
    public const string EndField = "End";
    public const string StartField = "Start";
    private const string ConflictMessage = "Someone else changed this appointment at the same time. Reload it and try again.";

    /// <summary>Creates (<paramref name="id"/> null) or edits an appointment. An attendee's overlap is a warning, not a refusal.</summary>
    public async Task<AppointmentSaved> SaveAsync(Guid? id, AppointmentInput input, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.CalendarManage, ct);
        var zone = await settings.TimeZoneAsync();
        var result = new ChangeResult();
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            result.Errors[nameof(AppointmentInput.Title)] = "Give the appointment a title.";
        }
        else if (title.Length > 200)
        {
            result.Errors[nameof(AppointmentInput.Title)] = "Keep the title to 200 characters.";
        }

        if (!Enum.IsDefined(input.Type))
        {
            result.Errors[nameof(AppointmentInput.Type)] = "Choose a type.";
        }

        var (start, end) = Times(input, zone, result);
        if (input.Location?.Trim() is { Length: > 200 })
        {
            result.Errors[nameof(AppointmentInput.Location)] = "Keep the location to 200 characters.";
        }

        if (input.Description?.Trim() is { Length: > 4000 })
        {
            result.Errors[nameof(AppointmentInput.Description)] = "Keep the description to 4000 characters.";
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        Guid? caseId = null;
        var caseNumber = input.CaseNumber?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(caseNumber))
        {
            caseId = await db.Cases.Where(c => c.CaseNumber == caseNumber).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
            if (caseId is null)
            {
                result.Errors[nameof(AppointmentInput.CaseNumber)] = $"There is no case {caseNumber}.";
            }
        }

        if (input.DentistId is { } dentistId && !await db.Set<DentistProfile>().AnyAsync(d => d.Id == dentistId, ct))
        {
            result.Errors[nameof(AppointmentInput.DentistId)] = "Choose a dentist from the list.";
        }

        if (input.DepartmentId is { } departmentId && !await db.Set<Department>().AnyAsync(d => d.Id == departmentId, ct))
        {
            result.Errors[nameof(AppointmentInput.DepartmentId)] = "Choose a department from the list.";
        }

        var attendees = input.AttendeeIds.Distinct().ToList();
        if (attendees.Count > 0)
        {
            var known = await db.UsersHolding(PermissionCodes.CalendarView).Where(u => attendees.Contains(u.Id)).CountAsync(ct);
            if (known != attendees.Count)
            {
                result.Errors[nameof(AppointmentInput.AttendeeIds)] = "Attendees must be lab users.";
            }
        }

        if (!result.Succeeded)
        {
            return new AppointmentSaved(result, null);
        }

        Appointment appointment;
        if (id is { } existing)
        {
            var found = await db.Appointments.SingleOrDefaultAsync(a => a.Id == existing, ct);
            if (found is null)
            {
                return new AppointmentSaved(ChangeResult.Fail("", "This appointment no longer exists."), null);
            }

            appointment = found;
            if (input.Version is { } version)
            {
                db.Entry(appointment).Property(a => a.Version).OriginalValue = version;
            }
        }
        else
        {
            appointment = new Appointment { OrganizerId = me };
            db.Add(appointment);
        }

        appointment.Title = title;
        appointment.Type = input.Type;
        appointment.StartsAt = start!.Value;
        appointment.EndsAt = end!.Value;
        appointment.AllDay = input.AllDay;
        appointment.Location = Blank(input.Location);
        appointment.Description = Blank(input.Description);
        appointment.CaseId = caseId;
        appointment.DentistId = input.DentistId;
        appointment.DepartmentId = input.DepartmentId;
        appointment.AttendeeIds = JsonSerializer.Serialize(attendees.Select(a => a.ToString()));
        if (await SaveAsync(db, ct) is { } failed)
        {
            return new AppointmentSaved(failed, null);
        }

        await PublishAsync(appointment.Id, me, ct);
        var warning = await OverlapWarningAsync(db, appointment.Id, attendees, appointment.StartsAt, appointment.EndsAt, zone, ct);
        return new AppointmentSaved(ChangeResult.Ok(warning), appointment.Id);
    }

    /// <summary>What the dialog says while the user picks times and attendees: who is busy then, and with what.</summary>
    public async Task<string?> CheckOverlapsAsync(Guid? id, AppointmentInput input, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CalendarManage, ct);
        var zone = await settings.TimeZoneAsync();
        var (start, end) = Times(input, zone, new ChangeResult());
        if (start is null || end is null || end <= start || input.AttendeeIds.Count == 0)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OverlapWarningAsync(db, id, input.AttendeeIds, start.Value, end.Value, zone, ct);
    }

    /// <summary>Moves an appointment to start on <paramref name="day"/> at <paramref name="time"/> (lab time; null keeps the time of day), keeping its length.</summary>
    public async Task<ChangeResult> MoveAsync(Guid id, DateOnly day, TimeOnly? time, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.CalendarManage, ct);
        var zone = await settings.TimeZoneAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var appointment = await db.Appointments.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (appointment is null)
        {
            return ChangeResult.Fail("", "This appointment no longer exists.");
        }

        if (appointment.IsCancelled)
        {
            return ChangeResult.Fail("", $"“{appointment.Title}” is cancelled: it cannot be moved.");
        }

        var localStart = CalendarTime.Local(appointment.StartsAt, zone);
        DateTimeOffset newStart, newEnd;
        if (appointment.AllDay)
        {
            var days = CalendarTime.LastDayOf(appointment.StartsAt, appointment.EndsAt, zone).DayNumber - CalendarTime.DayOf(appointment.StartsAt, zone).DayNumber + 1;
            newStart = CalendarTime.StartOfDay(day, zone);
            newEnd = CalendarTime.StartOfDay(day.AddDays(days), zone);
        }
        else
        {
            var length = appointment.EndsAt - appointment.StartsAt;
            newStart = CalendarTime.ToInstant(day.ToDateTime(time ?? TimeOnly.FromDateTime(localStart)), zone);
            newEnd = newStart + length;
        }

        if (newStart == appointment.StartsAt)
        {
            return ChangeResult.Ok();
        }

        appointment.StartsAt = newStart;
        appointment.EndsAt = newEnd;
        if (await SaveAsync(db, ct) is { } failed)
        {
            return failed;
        }

        await PublishAsync(appointment.Id, me, ct);
        var warning = await OverlapWarningAsync(db, appointment.Id, CalendarQueries.ParseIds(appointment.AttendeeIds), newStart, newEnd, zone, ct);
        return ChangeResult.Ok(warning);
    }

    /// <summary>Cancels an appointment: it stays on the calendar, struck through, with the reason in its description.</summary>
    public async Task<ChangeResult> CancelAsync(Guid id, string reason, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.CalendarManage, ct);
        reason = reason.Trim();
        if (reason.Length is 0 or > 500)
        {
            return ChangeResult.Fail("Reason", "Say in a few words (up to 500 characters) why it is cancelled.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var appointment = await db.Appointments.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (appointment is null)
        {
            return ChangeResult.Fail("", "This appointment no longer exists.");
        }

        if (appointment.IsCancelled)
        {
            return ChangeResult.Ok();
        }

        appointment.IsCancelled = true;
        var note = "Cancelled: " + reason;
        appointment.Description = string.IsNullOrEmpty(appointment.Description) ? note : (note + "\n" + appointment.Description)[..Math.Min(4000, note.Length + 1 + appointment.Description.Length)];
        if (await SaveAsync(db, ct) is { } failed)
        {
            return failed;
        }

        await PublishAsync(id, me, ct);
        return ChangeResult.Ok();
    }

    /// <summary>Deletes an appointment (soft: hidden everywhere, kept in the audit log).</summary>
    public async Task<ChangeResult> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.CalendarManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var appointment = await db.Appointments.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (appointment is null)
        {
            return ChangeResult.Fail("", "This appointment no longer exists.");
        }

        db.Remove(appointment);
        if (await SaveAsync(db, ct) is { } failed)
        {
            return failed;
        }

        await PublishAsync(id, me, ct);
        return ChangeResult.Ok();
    }

    /// <summary>Whether the signed-in user has a live feed, and since when.</summary>
    public async Task<DateTimeOffset?> FeedSinceAsync(CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } me)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CalendarFeedTokens.Where(t => t.UserId == me && t.RevokedAt == null).Select(t => (DateTimeOffset?)t.CreatedAt).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Turns on the signed-in user's personal feed (revoking any earlier address) and returns the new token, which
    /// is shown once: only its hash is kept.
    /// </summary>
    public async Task<string> EnableFeedAsync(CancellationToken ct = default)
    {
        var me = await DemandFeedUserAsync(ct);
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.BeginResilientTransactionAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var live in await db.CalendarFeedTokens.Where(t => t.UserId == me && t.RevokedAt == null).ToListAsync(ct))
        {
            live.RevokedAt = now;
        }

        await db.SaveChangesAsync(ct);
        db.Add(new CalendarFeedToken { UserId = me, TokenHash = HashToken(token) });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return token;
    }

    /// <summary>Turns the signed-in user's feed off: its address answers "not found" from now on.</summary>
    public async Task<ChangeResult> RevokeFeedAsync(CancellationToken ct = default)
    {
        var me = await DemandFeedUserAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var live in await db.CalendarFeedTokens.Where(t => t.UserId == me && t.RevokedAt == null).ToListAsync(ct))
        {
            live.RevokedAt = now;
        }

        await db.SaveChangesAsync(ct);
        return ChangeResult.Ok();
    }

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    /// <summary>Staff with calendar.view, or a dentist of the portal, may have a feed.</summary>
    private async Task<Guid> DemandFeedUserAsync(CancellationToken ct)
    {
        if (currentUser.UserId is { } id && await currentUser.HasPermissionAsync(PermissionCodes.PortalAccess, ct))
        {
            return id;
        }

        return await currentUser.DemandAsync(PermissionCodes.CalendarView, ct);
    }

    private static (DateTimeOffset? Start, DateTimeOffset? End) Times(AppointmentInput input, TimeZoneInfo zone, ChangeResult result)
    {
        if (input.StartDate is not { } startDate || (!input.AllDay && input.StartTime is null))
        {
            result.Errors[StartField] = input.AllDay ? "Choose the day." : "Choose the start date and time.";
            return (null, null);
        }

        if (input.EndDate is not { } endDate || (!input.AllDay && input.EndTime is null))
        {
            result.Errors[EndField] = input.AllDay ? "Choose the last day." : "Choose the end date and time.";
            return (null, null);
        }

        DateTimeOffset start, end;
        if (input.AllDay)
        {
            start = CalendarTime.StartOfDay(DateOnly.FromDateTime(startDate), zone);
            end = CalendarTime.StartOfDay(DateOnly.FromDateTime(endDate).AddDays(1), zone);
        }
        else
        {
            start = CalendarTime.ToInstant(startDate.Date + input.StartTime!.Value, zone);
            end = CalendarTime.ToInstant(endDate.Date + input.EndTime!.Value, zone);
        }

        if (end <= start)
        {
            result.Errors[EndField] = input.AllDay ? "The last day cannot be before the first." : "The end must be after the start.";
        }

        return (start, end);
    }

    /// <summary>Names, per attendee, the other appointments they are in at that time (cancelled ones do not count).</summary>
    private static async Task<string?> OverlapWarningAsync(LabDbContext db, Guid? id, IReadOnlyCollection<Guid> attendees, DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone, CancellationToken ct)
    {
        if (attendees.Count == 0)
        {
            return null;
        }

        var others = await db.Appointments.AsNoTracking()
            .Where(a => a.Id != id && !a.IsCancelled && a.StartsAt < end && a.EndsAt > start)
            .OrderBy(a => a.StartsAt)
            .Select(a => new { a.Title, a.StartsAt, a.EndsAt, a.AllDay, a.AttendeeIds })
            .Take(200)
            .ToListAsync(ct);
        var names = await db.Users.Where(u => attendees.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var lines = new List<string>();
        foreach (var attendee in attendees)
        {
            var busy = others.Where(o => CalendarQueries.ParseIds(o.AttendeeIds).Contains(attendee)).ToList();
            if (busy.Count > 0)
            {
                var what = string.Join(", ", busy.Take(3).Select(o => $"“{o.Title}” ({When(o.StartsAt, o.EndsAt, o.AllDay, zone)})"));
                lines.Add($"{names.GetValueOrDefault(attendee, "An attendee")} is also in {what}");
            }
        }

        return lines.Count == 0 ? null : "Overlaps: " + string.Join("; ", lines) + ".";
    }

    public static string When(DateTimeOffset start, DateTimeOffset end, bool allDay, TimeZoneInfo zone)
    {
        var s = CalendarTime.Local(start, zone);
        if (allDay)
        {
            return s.ToString("ddd d MMM", CultureInfo.InvariantCulture) + ", all day";
        }

        var e = CalendarTime.Local(end, zone);
        return s.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture) + "–" + e.ToString(e.Date == s.Date ? "HH:mm" : "ddd d MMM HH:mm", CultureInfo.InvariantCulture);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static async Task<ChangeResult?> SaveAsync(LabDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Conflicted(ConflictMessage);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23514", ConstraintName: "ck_appointments_ends_after_starts" })
        {
            return ChangeResult.Fail(EndField, "The end must be after the start.");
        }
    }

    private Task PublishAsync(Guid id, Guid actor, CancellationToken ct) =>
        bus.PublishAsync(new LiveEvent(LiveEvent.Calendar, LiveKinds.AppointmentChanged, id.ToString(), actor), ct);
}
