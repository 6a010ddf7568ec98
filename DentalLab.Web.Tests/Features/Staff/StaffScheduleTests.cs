using DentalLab.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Staff;

/// <summary>The weekly schedule's rules: end after start, no two entries for one day, a change from a date keeps the old as history.</summary>
[Collection(LabCollection.Name)]
public sealed class StaffScheduleTests(LabServerFixture server)
{
    private Task<LabApp> AppAsync() => server.SharedAppAsync("staff-floor");

    private static ScheduleInput Week(DateOnly from, params (DayOfWeek Day, string Start, string End)[] days) => new()
    {
        EffectiveFrom = from.ToDateTime(TimeOnly.MinValue),
        Days = days.Select(d => new ScheduleDayInput { Day = d.Day, Start = d.Start, End = d.End }).ToList(),
    };

    [Fact]
    public async Task An_end_before_the_start_and_two_entries_for_one_day_are_refused_next_to_that_day()
    {
        var app = await AppAsync();
        var (_, number, staffId) = await StaffTestData.PersonAsync(app, "Schedule Rules");
        await using var scope = await app.ScopeAsAsync(StaffTestData.Manager);
        var service = scope.ServiceProvider.GetRequiredService<StaffService>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var backwards = await service.ChangeScheduleAsync(number, Week(today, (DayOfWeek.Monday, "16:00", "08:00"), (DayOfWeek.Tuesday, "08:00", "16:00")));
        Assert.Equal("The end must be after the start.", backwards.For(ScheduleInput.DayField(DayOfWeek.Monday)));
        Assert.Null(backwards.For(ScheduleInput.DayField(DayOfWeek.Tuesday)));

        var equal = await service.ChangeScheduleAsync(number, Week(today, (DayOfWeek.Monday, "08:00", "08:00")));
        Assert.Equal("The end must be after the start.", equal.For(ScheduleInput.DayField(DayOfWeek.Monday)));

        var twice = await service.ChangeScheduleAsync(number, Week(today, (DayOfWeek.Wednesday, "08:00", "12:00"), (DayOfWeek.Wednesday, "11:00", "17:00")));
        Assert.Contains("may not overlap", twice.For(ScheduleInput.DayField(DayOfWeek.Wednesday)), StringComparison.Ordinal);

        var half = await service.ChangeScheduleAsync(number, Week(today, (DayOfWeek.Thursday, "08:00", "")));
        Assert.NotNull(half.For(ScheduleInput.DayField(DayOfWeek.Thursday)));

        var noDate = await service.ChangeScheduleAsync(number, new ScheduleInput { Days = [new() { Day = DayOfWeek.Friday, Start = "08:00", End = "12:00" }] });
        Assert.NotNull(noDate.For(nameof(ScheduleInput.EffectiveFrom)));

        await using var db = app.Db();
        Assert.False(await db.StaffSchedules.AnyAsync(s => s.StaffId == staffId));
    }

    [Fact]
    public async Task A_change_from_a_date_ends_the_old_schedule_the_day_before_and_keeps_it_as_history()
    {
        var app = await AppAsync();
        var (_, number, staffId) = await StaffTestData.PersonAsync(app, "Schedule History");
        await using var scope = await app.ScopeAsAsync(StaffTestData.Manager);
        var service = scope.ServiceProvider.GetRequiredService<StaffService>();
        var queries = scope.ServiceProvider.GetRequiredService<StaffQueries>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = today.AddDays(-30);
        var change = today.AddDays(-7);

        Assert.True((await service.ChangeScheduleAsync(number, Week(start, (DayOfWeek.Monday, "08:00", "16:30"), (DayOfWeek.Tuesday, "08:00", "16:30")))).Succeeded);
        Assert.True((await service.ChangeScheduleAsync(number, Week(change, (DayOfWeek.Monday, "07:00", "15:00"), (DayOfWeek.Friday, "09:00", "13:00")))).Succeeded);

        await using var db = app.Db();
        var rows = await db.StaffSchedules.AsNoTracking().Where(s => s.StaffId == staffId).OrderBy(s => s.EffectiveFrom).ThenBy(s => s.DayOfWeek).ToListAsync();
        Assert.Equal(4, rows.Count);
        Assert.All(rows.Where(r => r.EffectiveFrom == start), r => Assert.Equal(change.AddDays(-1), r.EffectiveTo));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Friday], rows.Where(r => r.EffectiveFrom == change).Select(r => r.DayOfWeek).OrderByDescending(d => d == DayOfWeek.Monday).ToList());
        Assert.All(rows.Where(r => r.EffectiveFrom == change), r => Assert.Null(r.EffectiveTo));

        // No day has two entries in force on any date.
        for (var day = start; day <= today.AddDays(14); day = day.AddDays(1))
        {
            Assert.True(rows.Count(r => r.DayOfWeek == day.DayOfWeek && r.IsEffectiveOn(day)) <= 1, $"two entries on {day}");
        }

        var profile = await queries.DetailAsync(number);
        Assert.NotNull(profile);
        Assert.Equal(2, profile.Schedule.Count);
        Assert.Contains(profile.Schedule, s => s.Day == DayOfWeek.Monday && s.Start == new TimeOnly(7, 0) && s.End == new TimeOnly(15, 0));
        Assert.Equal(2, profile.History.Count);
        Assert.Contains(profile.History, s => s.Day == DayOfWeek.Tuesday && s.To == change.AddDays(-1));

        // A change that starts on the same date replaces the one that had not started yet, instead of stacking on it.
        var future = today.AddDays(10);
        Assert.True((await service.ChangeScheduleAsync(number, Week(future, (DayOfWeek.Monday, "10:00", "14:00")))).Succeeded);
        Assert.True((await service.ChangeScheduleAsync(number, Week(future, (DayOfWeek.Monday, "11:00", "15:00")))).Succeeded);
        var mondays = await db.StaffSchedules.AsNoTracking().Where(s => s.StaffId == staffId && s.DayOfWeek == DayOfWeek.Monday).OrderBy(s => s.EffectiveFrom).ToListAsync();
        Assert.Equal(3, mondays.Count);
        Assert.Equal(new TimeOnly(11, 0), mondays[^1].StartTime);
        Assert.Equal(future.AddDays(-1), mondays[1].EffectiveTo);
    }
}
