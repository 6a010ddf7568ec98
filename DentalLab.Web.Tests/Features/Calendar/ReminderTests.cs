using DentalLab.Data.Entities;
using DentalLab.Web.Features.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Calendar;

/// <summary>Attendees are reminded once, before the start, however many job runs overlap.</summary>
[Collection(LabCollection.Name)]
public sealed class ReminderTests(LabServerFixture server)
{
    // Its own app with the scheduler off, so only the runs this test starts send reminders.
    private Task<LabApp> AppAsync() => server.SharedAppAsync("calendar-reminders", settings: new() { ["Jobs:Enabled"] = "false" });

    private static async Task<int> RunAsync(LabApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppointmentReminderJob>().SendDueAsync();
    }

    [Fact]
    public async Task Each_attendee_is_reminded_once_even_when_two_runs_race_and_again_only_after_a_move()
    {
        var app = await AppAsync();
        var ines = await CalendarTestData.UserIdAsync(app, "ines.ferreira@dentallab.test");
        var oskar = await CalendarTestData.UserIdAsync(app, "oskar.nowak@dentallab.test");
        var now = await CalendarTestData.LabNowAsync(app);
        var title = "Furnace firing check " + Guid.NewGuid().ToString("N")[..6];
        var (soon, _) = await CalendarTestData.CreateAsync(app, title, now.AddMinutes(12), TimeSpan.FromMinutes(30), [ines, oskar]);
        var (later, _) = await CalendarTestData.CreateAsync(app, "Not yet " + title, now.AddMinutes(90), TimeSpan.FromMinutes(30), [ines]);

        // A run also reminds of the demo lab's own appointments that happen to start soon: count this test's only.
        await using var db = app.Db();
        Task<int> RemindersOfAsync(Guid appointment) => db.AppointmentReminders.CountAsync(r => r.AppointmentId == appointment);
        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(RunAsync(app), RunAsync(app), RunAsync(app));
            Assert.Equal(2, await RemindersOfAsync(soon));
        }

        var notes = await db.Set<Notification>().AsNoTracking()
            .Where(n => n.Type == NotificationType.Appointment && n.Title.Contains(title)).ToListAsync();
        Assert.Equal(2, notes.Count(n => !n.Title.Contains("Not yet")));
        Assert.Single(notes, n => n.UserId == ines && !n.Title.Contains("Not yet"));
        Assert.Single(notes, n => n.UserId == oskar);
        Assert.DoesNotContain(notes, n => n.Title.Contains("Not yet"));
        Assert.StartsWith("/calendar?view=day&date=", notes[0].Link, StringComparison.Ordinal);

        // Moved to a new start within the lead time: reminded of the new time, once.
        await using (var scope = await app.ScopeAsAsync(CalendarTestData.Staff))
        {
            var moved = now.AddMinutes(20);
            Assert.True((await scope.ServiceProvider.GetRequiredService<CalendarService>().MoveAsync(soon, DateOnly.FromDateTime(moved), TimeOnly.FromDateTime(moved))).Succeeded);
        }

        await Task.WhenAll(RunAsync(app), RunAsync(app));
        Assert.Equal(4, await RemindersOfAsync(soon));
        await RunAsync(app);
        Assert.Equal(4, await RemindersOfAsync(soon));
        Assert.Equal(0, await RemindersOfAsync(later));
        var after = await db.Set<Notification>().AsNoTracking()
            .Where(n => n.Type == NotificationType.Appointment && n.Title.Contains(title) && !n.Title.Contains("Not yet")).ToListAsync();
        Assert.Equal(2, after.Count(n => n.UserId == ines));
        Assert.Equal(2, after.Count(n => n.UserId == oskar));
    }
}
