using System.Globalization;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Web.Features.Notifications;
using DentalLab.Web.Infrastructure.Jobs;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DentalLab.Web.Features.Calendar;

/// <summary>
/// Reminds each attendee of an appointment a configurable time before it starts (calendar.reminder_minutes, default 30).
/// Runs every minute through the one scheduler. Safe with several app instances: besides the scheduler's own claim,
/// every (appointment, attendee, start time) is claimed by one INSERT ... ON CONFLICT DO NOTHING into
/// appointment_reminders, and only the rows this run inserted are notified — so a reminder goes out once even when two
/// runs overlap, and again only if the appointment moves to another start.
/// </summary>
public sealed class AppointmentReminderJob(
    NpgsqlDataSource dataSource,
    IDbContextFactory<LabDbContext> dbFactory,
    LabSettings settings,
    NotificationService notifications,
    TimeProvider clock,
    ILogger<AppointmentReminderJob> logger) : IRecurringJob
{
    public const string Name = "calendar.reminders";
    public const string MinutesKey = "calendar.reminder_minutes";

    // Timed, live appointments starting within the lead time; each attendee who is an active user gets one claim row.
    private const string ClaimSql = """
        INSERT INTO appointment_reminders (appointment_id, user_id, starts_at, reminded_at)
        SELECT a.id, u.id, a.starts_at, $1
        FROM appointments a
        CROSS JOIN LATERAL (SELECT DISTINCT value AS uid FROM jsonb_array_elements_text(a.attendee_ids)) att
        JOIN users u ON u.id::text = att.uid AND u.is_active AND u.deleted_at IS NULL
        WHERE a.deleted_at IS NULL AND NOT a.is_cancelled AND NOT a.all_day
          AND a.starts_at > $1 AND a.starts_at <= $2
        ON CONFLICT (appointment_id, user_id, starts_at) DO NOTHING
        RETURNING appointment_id, user_id
        """;

    public async Task RunAsync(CancellationToken ct) => await SendDueAsync(ct);

    /// <summary>Claims and sends the reminders due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var minutes = Math.Clamp(await settings.GetIntAsync(MinutesKey, 30), 1, 7 * 24 * 60);
        var now = clock.GetUtcNow();
        var claimed = new List<(Guid Appointment, Guid User)>();
        await using (var cmd = dataSource.CreateCommand(ClaimSql))
        {
            cmd.Parameters.AddWithValue(now);
            cmd.Parameters.AddWithValue(now.AddMinutes(minutes));
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                claimed.Add((reader.GetGuid(0), reader.GetGuid(1)));
            }
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        var zone = await settings.TimeZoneAsync();
        var ids = claimed.Select(c => c.Appointment).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var appointments = await db.Appointments.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.StartsAt, a.EndsAt, a.Location })
            .ToDictionaryAsync(a => a.Id, ct);
        foreach (var group in claimed.GroupBy(c => c.Appointment))
        {
            if (!appointments.TryGetValue(group.Key, out var a))
            {
                continue;
            }

            var local = CalendarTime.Local(a.StartsAt, zone);
            var body = CalendarService.When(a.StartsAt, a.EndsAt, false, zone) + (a.Location is { Length: > 0 } where ? " · " + where : "");
            await notifications.NotifyManyAsync(group.Select(c => c.User).ToList(), NotificationType.Appointment,
                $"At {local.ToString("HH:mm", CultureInfo.InvariantCulture)}: {a.Title}", body,
                $"/calendar?view=day&date={local:yyyy-MM-dd}", new { appointmentId = a.Id }, ct);
        }

        logger.LogInformation("Sent {Count} appointment reminders", claimed.Count);
        return claimed.Count;
    }
}
