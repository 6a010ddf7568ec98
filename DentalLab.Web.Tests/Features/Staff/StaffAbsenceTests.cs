using DentalLab.Data.Entities;
using DentalLab.Web.Features.Staff;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Staff;

/// <summary>
/// Absences and split shifts: an absence recorded by schedules.manage shows on the roster as today's absence, and the
/// person stops counting as "on shift now" on the board; a weekday may have two shifts that do not overlap.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class StaffAbsenceTests(LabServerFixture server)
{
    private Task<LabApp> AppAsync() => server.SharedAppAsync("staff-floor");

    private static ScheduleInput AllDay(DateOnly from, DayOfWeek day) => new()
    {
        EffectiveFrom = from.ToDateTime(TimeOnly.MinValue),
        Days = [new ScheduleDayInput { Day = day, Start = "00:00", End = "23:59" }],
    };

    [Fact]
    public async Task An_absence_today_shows_on_the_roster_and_the_person_is_no_longer_on_shift_now()
    {
        var app = await AppAsync();
        var (userId, number, staffId) = await StaffTestData.PersonAsync(app, "Absent Today", "MILL");
        var (presentId, presentNumber, _) = await StaffTestData.PersonAsync(app, "Present Today", "MILL");
        await using var scope = await app.ScopeAsAsync(StaffTestData.Manager);
        var service = scope.ServiceProvider.GetRequiredService<StaffService>();
        var queries = scope.ServiceProvider.GetRequiredService<StaffQueries>();
        var today = (await queries.RosterAsync(null)).Today;

        // Both work all day today, by their schedules: both are on shift now.
        Assert.True((await service.ChangeScheduleAsync(number, AllDay(today.AddDays(-7), today.DayOfWeek))).Succeeded);
        Assert.True((await service.ChangeScheduleAsync(presentNumber, AllDay(today.AddDays(-7), today.DayOfWeek))).Succeeded);
        var before = await queries.OnShiftNowAsync();
        Assert.Contains(userId, before);
        Assert.Contains(presentId, before);

        var recorded = await service.RecordAbsenceAsync(number, new AbsenceInput
        {
            From = today.AddDays(-1).ToDateTime(TimeOnly.MinValue), To = today.AddDays(2).ToDateTime(TimeOnly.MinValue), Kind = AbsenceKind.Sick, Note = "Flu",
        });
        Assert.True(recorded.Succeeded, recorded.Message);

        // The board's assign dialog: the absent person is not on shift now, the other one still is.
        var after = await queries.OnShiftNowAsync();
        Assert.DoesNotContain(userId, after);
        Assert.Contains(presentId, after);

        // The roster: today's absences, and the day's cell says why instead of the shift.
        var roster = await queries.RosterAsync(null);
        var away = Assert.Single(roster.AwayToday, a => a.EmployeeNumber == number);
        Assert.Equal((AbsenceKind.Sick, today.AddDays(-1), today.AddDays(2), "Flu"), (away.Kind, away.From, away.To, away.Note));
        Assert.DoesNotContain(roster.AwayToday, a => a.EmployeeNumber == presentNumber);
        Assert.DoesNotContain(roster.OffToday, p => p.EmployeeNumber == number);
        var person = roster.Departments.SelectMany(d => d.People).Single(p => p.EmployeeNumber == number);
        var todayIndex = today.DayNumber - roster.Monday.DayNumber;
        Assert.Equal(AbsenceKind.Sick, person.Away[todayIndex]);
        Assert.Null(roster.Departments.SelectMany(d => d.People).Single(p => p.EmployeeNumber == presentNumber).Away[todayIndex]);

        // The staff list's "works today" and the profile agree.
        var list = await queries.ListAsync(new StaffQuery(Search: number));
        Assert.Null(Assert.Single(list.Rows).ShiftToday);
        Assert.Equal("00:00–23:59", Assert.Single((await queries.ListAsync(new StaffQuery(Search: presentNumber))).Rows).ShiftToday);
        var profile = await queries.DetailAsync(number);
        Assert.Equal(AbsenceKind.Sick, Assert.Single(profile!.Absences).Kind);

        // Removed (recorded in error): on shift again.
        Assert.True((await service.RemoveAbsenceAsync(profile.Absences[0].Id)).Succeeded);
        Assert.Contains(userId, await queries.OnShiftNowAsync());
        await using var db = app.Db();
        Assert.False(await db.StaffAbsences.AnyAsync(a => a.StaffId == staffId));
    }

    [Fact]
    public async Task An_absence_is_validated_next_to_its_fields_overlaps_are_refused_and_only_schedules_manage_records_one()
    {
        var app = await AppAsync();
        var (_, number, staffId) = await StaffTestData.PersonAsync(app, "Absence Rules");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        DateTime Day(int offset) => today.AddDays(offset).ToDateTime(TimeOnly.MinValue);
        await using (var scope = await app.ScopeAsAsync(StaffTestData.Manager))
        {
            var service = scope.ServiceProvider.GetRequiredService<StaffService>();
            Assert.Equal("Give the first day away.", (await service.RecordAbsenceAsync(number, new AbsenceInput { To = Day(3) })).For(nameof(AbsenceInput.From)));
            Assert.Equal("The last day cannot be before the first day.",
                (await service.RecordAbsenceAsync(number, new AbsenceInput { From = Day(5), To = Day(4) })).For(nameof(AbsenceInput.To)));
            Assert.NotNull((await service.RecordAbsenceAsync(number, new AbsenceInput { From = Day(1), To = Day(1), Kind = (AbsenceKind)42 })).For(nameof(AbsenceInput.Kind)));
            Assert.NotNull((await service.RecordAbsenceAsync(number, new AbsenceInput { From = Day(1), Note = new string('x', 501) })).For(nameof(AbsenceInput.Note)));

            Assert.True((await service.RecordAbsenceAsync(number, new AbsenceInput { From = Day(10), To = Day(14), Kind = AbsenceKind.Training })).Succeeded);
            var overlap = await service.RecordAbsenceAsync(number, new AbsenceInput { From = Day(14), To = Day(20), Kind = AbsenceKind.Vacation });
            Assert.Equal($"Already recorded as away (training) from {today.AddDays(10):yyyy-MM-dd} to {today.AddDays(14):yyyy-MM-dd}.", overlap.For(nameof(AbsenceInput.From)));
            // No last day: one day away.
            Assert.True((await service.RecordAbsenceAsync(number, new AbsenceInput { From = Day(15), Kind = AbsenceKind.Vacation })).Succeeded);
        }

        await using (var scope = await app.ScopeAsAsync(StaffTestData.Tech))
        {
            var service = scope.ServiceProvider.GetRequiredService<StaffService>();
            await Assert.ThrowsAsync<ForbiddenException>(() => service.RecordAbsenceAsync(number, new AbsenceInput { From = Day(30) }));
        }

        await using var db = app.Db();
        var rows = await db.StaffAbsences.AsNoTracking().Where(a => a.StaffId == staffId).OrderBy(a => a.StartsOn).ToListAsync();
        Assert.Equal([(today.AddDays(10), today.AddDays(14)), (today.AddDays(15), today.AddDays(15))], rows.Select(r => (r.StartsOn, r.EndsOn)));
    }

    [Fact]
    public async Task A_weekday_may_have_two_shifts_that_do_not_overlap_and_the_roster_shows_both()
    {
        var app = await AppAsync();
        var (_, number, staffId) = await StaffTestData.PersonAsync(app, "Split Shift", "MILL");
        await using var scope = await app.ScopeAsAsync(StaffTestData.Manager);
        var service = scope.ServiceProvider.GetRequiredService<StaffService>();
        var queries = scope.ServiceProvider.GetRequiredService<StaffQueries>();
        var today = (await queries.RosterAsync(null)).Today;

        var split = new ScheduleInput
        {
            EffectiveFrom = today.AddDays(-14).ToDateTime(TimeOnly.MinValue),
            Days =
            [
                new() { Day = today.DayOfWeek, Start = "13:00", End = "17:00" },
                new() { Day = today.DayOfWeek, Start = "07:00", End = "11:00" },
                new() { Day = today.AddDays(1).DayOfWeek, Start = "08:00", End = "16:00" },
            ],
        };
        var saved = await service.ChangeScheduleAsync(number, split);
        Assert.True(saved.Succeeded, saved.Message);

        // Touching is not overlapping; overlapping is refused next to the day and stores nothing.
        var touching = await service.ChangeScheduleAsync(number, new ScheduleInput
        {
            EffectiveFrom = today.AddDays(30).ToDateTime(TimeOnly.MinValue),
            Days = [new() { Day = DayOfWeek.Monday, Start = "07:00", End = "11:00" }, new() { Day = DayOfWeek.Monday, Start = "11:00", End = "15:00" }],
        });
        Assert.True(touching.Succeeded, touching.Message);
        var overlapping = await service.ChangeScheduleAsync(number, new ScheduleInput
        {
            EffectiveFrom = today.AddDays(40).ToDateTime(TimeOnly.MinValue),
            Days = [new() { Day = DayOfWeek.Tuesday, Start = "07:00", End = "12:00" }, new() { Day = DayOfWeek.Tuesday, Start = "11:30", End = "15:00" }],
        });
        Assert.Contains("07:00–12:00 and 11:30–15:00 overlap", overlapping.For(ScheduleInput.DayField(DayOfWeek.Tuesday)), StringComparison.Ordinal);

        await using var db = app.Db();
        var inForce = await db.StaffSchedules.AsNoTracking().Where(s => s.StaffId == staffId && s.EffectiveFrom == today.AddDays(-14) && s.DayOfWeek == today.DayOfWeek)
            .OrderBy(s => s.StartTime).Select(s => new { s.StartTime, s.EndTime }).ToListAsync();
        Assert.Equal([(new TimeOnly(7, 0), new TimeOnly(11, 0)), (new TimeOnly(13, 0), new TimeOnly(17, 0))], inForce.Select(s => (s.StartTime, s.EndTime)));
        Assert.False(await db.StaffSchedules.AnyAsync(s => s.StaffId == staffId && s.EffectiveFrom == today.AddDays(40)));

        // The roster and the list show both parts of today's split shift.
        var roster = await queries.RosterAsync(null);
        var person = roster.Departments.SelectMany(d => d.People).Single(p => p.EmployeeNumber == number);
        Assert.Equal("07:00–11:00, 13:00–17:00", person.Shifts[today.DayNumber - roster.Monday.DayNumber]);
        Assert.Equal("07:00–11:00, 13:00–17:00", Assert.Single((await queries.ListAsync(new StaffQuery(Search: number))).Rows).ShiftToday);
        var profile = await queries.DetailAsync(number);
        Assert.Equal(2, profile!.Schedule.Count(s => s.Day == today.DayOfWeek && s.From == today.AddDays(-14)));
    }
}
