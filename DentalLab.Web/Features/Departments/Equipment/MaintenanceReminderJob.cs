using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Notifications;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Jobs;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Departments.Equipment;

/// <summary>
/// Tells each department's manager (or, without one, the equipment.manage holders) that a machine's maintenance
/// is due: once 7 days before (any day within the last week, if a run was missed) and once on the due date (or the
/// first run after it). Safe with several app instances: the scheduler runs the job on one instance at a time, and
/// each reminder is claimed first by inserting its maintenance_reminders row (unique per machine, due date and
/// kind, ON CONFLICT DO NOTHING): only the instance whose insert took the row notifies, so nothing is sent twice,
/// even when two runs overlap. A reminder whose notification then fails is not retried (at most once).
/// </summary>
public sealed class MaintenanceReminderJob(
    IDbContextFactory<LabDbContext> dbFactory, LabSettings settings, NotificationService notifications, TimeProvider clock,
    ILogger<MaintenanceReminderJob> logger) : IRecurringJob
{
    public const string Name = "equipment.maintenance-due";

    public async Task RunAsync(CancellationToken ct) => await SendAsync(await settings.TodayAsync(), ct);

    /// <summary>Sends the reminders due on <paramref name="today"/>; returns how many this call sent.</summary>
    public async Task<int> SendAsync(DateOnly today, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var weekAhead = today.AddDays(7);
        var oldest = today.AddDays(-30);
        var machines = await db.DepartmentEquipment.AsNoTracking()
            .Where(e => e.NextMaintenanceOn != null && e.NextMaintenanceOn >= oldest && e.NextMaintenanceOn <= weekAhead
                && e.Status != EquipmentStatus.Decommissioned && e.Status != EquipmentStatus.Inactive)
            .Select(e => new { e.Id, e.Name, Due = e.NextMaintenanceOn!.Value, e.Department!.ManagerId, Department = e.Department.Name, e.Department.Code })
            .ToListAsync(ct);
        List<Guid>? fallback = null;
        var sent = 0;
        foreach (var machine in machines)
        {
            var kind = machine.Due <= today ? MaintenanceReminder.DueDay : MaintenanceReminder.WeekBefore;
            var now = clock.GetUtcNow();
            var claimed = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO maintenance_reminders (equipment_id, due_on, kind, sent_at) VALUES ({machine.Id}, {machine.Due}, {kind}, {now})
                ON CONFLICT (equipment_id, due_on, kind) DO NOTHING
                """, ct);
            if (claimed == 0)
            {
                continue;
            }

            IReadOnlyCollection<Guid> recipients = machine.ManagerId is { } manager ? [manager] : fallback ??= await db.UserIdsHoldingAsync(PermissionCodes.EquipmentManage, ct);
            var title = kind == MaintenanceReminder.DueDay
                ? (machine.Due == today ? $"{machine.Name}: maintenance is due today" : $"{machine.Name}: maintenance was due on {machine.Due:yyyy-MM-dd}")
                : $"{machine.Name}: maintenance due on {machine.Due:yyyy-MM-dd}";
            await notifications.NotifyManyAsync(recipients, NotificationType.Alert, title,
                $"{machine.Name} ({machine.Department}) is due for maintenance on {machine.Due:yyyy-MM-dd}.", $"/equipment?department={machine.Code}", ct: ct);
            sent++;
        }

        if (sent > 0)
        {
            logger.LogInformation("{Count} maintenance reminders sent", sent);
        }

        return sent;
    }
}
