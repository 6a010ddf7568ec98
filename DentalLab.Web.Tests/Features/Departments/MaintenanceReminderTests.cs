using DentalLab.Web.Features.Departments.Equipment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Departments;

/// <summary>The daily maintenance check: the manager hears 7 days before and on the day, once each, however many instances run it.</summary>
[Collection(LabCollection.Name)]
public sealed class MaintenanceReminderTests(LabServerFixture server)
{
    [Fact]
    public async Task Two_instances_checking_at_once_send_each_reminder_once_and_later_runs_send_nothing_again()
    {
        var app = await server.SharedAppAsync("staff-floor");
        var managerId = await Staff.StaffTestData.UserIdAsync(app, "chloe.dubois@dentallab.test");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (departmentId, _) = await FloorTestData.DepartmentAsync(app, 1000m, managerId);
        var inAWeek = await FloorTestData.MachineAsync(app, departmentId, "Reminder mill A " + Guid.NewGuid().ToString("N")[..4], next: today.AddDays(7));
        var dueToday = await FloorTestData.MachineAsync(app, departmentId, "Reminder mill B " + Guid.NewGuid().ToString("N")[..4], next: today);
        await FloorTestData.MachineAsync(app, departmentId, "Reminder mill C " + Guid.NewGuid().ToString("N")[..4], next: today.AddDays(20)); // not yet

        async Task<int> RunAsync(DateOnly day)
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MaintenanceReminderJob>().SendAsync(day);
        }

        // Two instances at the same moment, several times over.
        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(RunAsync(today), RunAsync(today));
        }

        await using var db = app.Db();
        var titles = await db.Notifications.AsNoTracking().Where(n => n.UserId == managerId && n.Title.Contains("Reminder mill")).Select(n => n.Title).ToListAsync();
        Assert.Single(titles, t => t.EndsWith($"maintenance due on {today.AddDays(7):yyyy-MM-dd}", StringComparison.Ordinal));
        Assert.Single(titles, t => t.EndsWith("maintenance is due today", StringComparison.Ordinal));
        Assert.Equal(2, titles.Count);

        // A week later machine A's due day comes: one more reminder, once.
        await Task.WhenAll(RunAsync(today.AddDays(7)), RunAsync(today.AddDays(7)));
        await Task.WhenAll(RunAsync(today.AddDays(7)), RunAsync(today.AddDays(7)));
        var later = await db.Notifications.AsNoTracking().Where(n => n.UserId == managerId && n.Title.Contains("Reminder mill")).Select(n => n.Title).ToListAsync();
        Assert.Equal(3, later.Count);
        Assert.Equal(2, await db.MaintenanceReminders.CountAsync(r => r.EquipmentId == inAWeek));
        Assert.Equal(1, await db.MaintenanceReminders.CountAsync(r => r.EquipmentId == dueToday));
    }
}
