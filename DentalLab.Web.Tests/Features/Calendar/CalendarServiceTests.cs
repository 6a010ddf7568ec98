using DentalLab.Data.Entities;
using DentalLab.Web.Features.Calendar;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Calendar;

/// <summary>The calendar's rules: end after start, overlap warnings, who may change what, due dates from cases.</summary>
[Collection(LabCollection.Name)]
public sealed class CalendarServiceTests(LabServerFixture server)
{
    private Task<LabApp> AppAsync() => server.SharedAppAsync("calendar");

    [Fact]
    public async Task An_end_before_the_start_is_refused_with_the_message_on_the_end_field_and_the_database_refuses_it_too()
    {
        var app = await AppAsync();
        await using var scope = await app.ScopeAsAsync(CalendarTestData.Staff);
        var service = scope.ServiceProvider.GetRequiredService<CalendarService>();
        var day = DateTime.Today.AddDays(30);
        var saved = await service.SaveAsync(null, new AppointmentInput
        {
            Title = "Backwards meeting",
            StartDate = day, StartTime = TimeSpan.FromHours(11),
            EndDate = day, EndTime = TimeSpan.FromHours(10),
        });
        Assert.False(saved.Result.Succeeded);
        Assert.Equal("The end must be after the start.", saved.Result.For(CalendarService.EndField));
        Assert.Null(saved.Id);

        await using var db = app.Db();
        Assert.False(await db.Appointments.AnyAsync(a => a.Title == "Backwards meeting"));
        db.Add(new Appointment { Title = "Backwards row", StartsAt = DateTimeOffset.UtcNow, EndsAt = DateTimeOffset.UtcNow.AddHours(-1) });
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Contains("ck_appointments_ends_after_starts", refused.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attendee_who_is_busy_then_is_warned_about_naming_the_other_appointment()
    {
        var app = await AppAsync();
        var chloe = await CalendarTestData.UserIdAsync(app, "chloe.dubois@dentallab.test");
        var start = DateTime.Today.AddDays(40).AddHours(19);
        await CalendarTestData.CreateAsync(app, "Implant planning with Dr. Weiss", start, TimeSpan.FromHours(1), [chloe]);

        var (_, saved) = await CalendarTestData.CreateAsync(app, "Scanner demo", start.AddMinutes(30), TimeSpan.FromHours(1), [chloe]);
        Assert.NotNull(saved.Result.Warning);
        Assert.Contains("Chloé Dubois", saved.Result.Warning, StringComparison.Ordinal);
        Assert.Contains("“Implant planning with Dr. Weiss”", saved.Result.Warning, StringComparison.Ordinal);

        // Right after, no overlap: no warning.
        var (_, clear) = await CalendarTestData.CreateAsync(app, "Scanner debrief", start.AddHours(2), TimeSpan.FromHours(1), [chloe]);
        Assert.Null(clear.Result.Warning);
    }

    [Fact]
    public async Task Calendar_view_without_manage_cannot_create_move_cancel_or_delete()
    {
        var app = await AppAsync();
        var (id, _) = await CalendarTestData.CreateAsync(app, "Tech cannot move this", DateTime.Today.AddDays(41).AddHours(9), TimeSpan.FromHours(1));
        await using var scope = await app.ScopeAsAsync(CalendarTestData.Tech);
        var service = scope.ServiceProvider.GetRequiredService<CalendarService>();
        Assert.True(await LabApp.CurrentUserOf(scope).HasPermissionAsync("calendar.view"));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.SaveAsync(null, new AppointmentInput { Title = "Mine", StartDate = DateTime.Today, StartTime = TimeSpan.FromHours(9), EndDate = DateTime.Today, EndTime = TimeSpan.FromHours(10) }));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.MoveAsync(id, DateOnly.FromDateTime(DateTime.Today.AddDays(42)), new TimeOnly(9, 0)));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.CancelAsync(id, "no"));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.DeleteAsync(id));

        // The tech still reads the calendar.
        var items = await scope.ServiceProvider.GetRequiredService<CalendarQueries>().ItemsAsync(new CalendarQuery(), DateOnly.FromDateTime(DateTime.Today.AddDays(41)), DateOnly.FromDateTime(DateTime.Today.AddDays(41)));
        Assert.Contains(items, i => i.AppointmentId == id);
    }

    [Fact]
    public async Task A_move_keeps_the_length_a_cancel_keeps_it_visible_and_a_delete_removes_it()
    {
        var app = await AppAsync();
        var start = DateTime.Today.AddDays(43).AddHours(8);
        var (id, _) = await CalendarTestData.CreateAsync(app, "Mill 3 spindle check", start, TimeSpan.FromMinutes(90));
        await using var scope = await app.ScopeAsAsync(CalendarTestData.Staff);
        var service = scope.ServiceProvider.GetRequiredService<CalendarService>();
        var queries = scope.ServiceProvider.GetRequiredService<CalendarQueries>();
        var next = DateOnly.FromDateTime(start).AddDays(1);

        Assert.True((await service.MoveAsync(id, next, new TimeOnly(13, 30))).Succeeded);
        var moved = (await queries.ItemsAsync(new CalendarQuery(), next, next)).Single(i => i.AppointmentId == id);
        Assert.Equal(TimeSpan.FromMinutes(90), moved.End - moved.Start);
        var detail = (await queries.DetailAsync(id))!;
        Assert.Equal(new TimeSpan(13, 30, 0), detail.Input.StartTime);

        Assert.Equal("Reason", (await service.CancelAsync(id, " ")).Errors.Keys.Single());
        Assert.True((await service.CancelAsync(id, "Technician off sick")).Succeeded);
        var cancelled = (await queries.ItemsAsync(new CalendarQuery(), next, next)).Single(i => i.AppointmentId == id);
        Assert.True(cancelled.Cancelled);
        Assert.False((await service.MoveAsync(id, next.AddDays(1), null)).Succeeded);

        Assert.True((await service.DeleteAsync(id)).Succeeded);
        Assert.DoesNotContain(await queries.ItemsAsync(new CalendarQuery(), next, next), i => i.AppointmentId == id);
        Assert.Null(await queries.DetailAsync(id));
    }

    [Fact]
    public async Task Case_due_dates_show_as_all_day_markers_late_ones_flagged_and_filterable()
    {
        var app = await AppAsync();
        await using var scope = await app.ScopeAsAsync(CalendarTestData.Staff);
        var queries = scope.ServiceProvider.GetRequiredService<CalendarQueries>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var db = app.Db();
        var open = await db.Cases.AsNoTracking().Where(c => c.Status != CaseStatus.Delivered && c.Status != CaseStatus.Cancelled && c.ShippedAt == null)
            .OrderBy(c => c.DueDate).FirstAsync();

        var items = await queries.ItemsAsync(new CalendarQuery(Kinds: [CalendarLabels.CaseDue]), open.DueDate, open.DueDate);
        var marker = Assert.Single(items, i => i.Key == "case-due:" + open.CaseNumber);
        Assert.True(marker.AllDay);
        Assert.Equal("/cases/" + open.CaseNumber, marker.Href);
        Assert.Equal(open.DueDate < today, marker.Late);
        Assert.All(items, i => Assert.Equal(CalendarLabels.CaseDue, i.Kind));
        if (open.PatientName is { Length: > 0 } patient)
        {
            Assert.DoesNotContain(patient, marker.Title, StringComparison.Ordinal);
        }

        var meetingsOnly = await queries.ItemsAsync(new CalendarQuery(Kinds: ["meeting"]), open.DueDate, open.DueDate);
        Assert.DoesNotContain(meetingsOnly, i => i.Kind == CalendarLabels.CaseDue);
    }
}
