using System.Net;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Departments;
using DentalLab.Web.Features.Departments.Equipment;
using DentalLab.Web.Features.Staff;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DentalLab.Web.Tests.Features.Staff.StaffTestData;

namespace DentalLab.Web.Tests.Features.Staff;

/// <summary>
/// Who sees what: a technician (here also granted staff.view, as a lab may do) sees names but no rates and only
/// their own reviews; without equipment.manage nothing changes equipment; a dentist gets "not found" everywhere here.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class StaffAuthorizationTests(LabServerFixture server)
{
    // Its own app: it widens the technician role.
    private Task<LabApp> AppAsync() => server.SharedAppAsync("staff-auth");

    [Fact]
    public async Task A_technician_sees_staff_names_but_not_rates_or_other_peoples_reviews()
    {
        var app = await AppAsync();
        await GrantAsync(app, UserRole.Technician, PermissionCodes.StaffView);
        var manager = await EmployeeNumberAsync(app, Manager);
        var own = await EmployeeNumberAsync(app, Tech);
        await using var scope = await app.ScopeAsAsync(Tech);
        var queries = scope.ServiceProvider.GetRequiredService<StaffQueries>();

        var list = await queries.ListAsync(new StaffQuery());
        Assert.Contains(list.Rows, r => r.Name == "Margarethe Lindqvist");
        Assert.False(list.ShowsRates);
        Assert.All(list.Rows, r => Assert.Null(r.HourlyRate));

        var other = await queries.DetailAsync(manager);
        Assert.NotNull(other);
        Assert.Null(other.HourlyRate);
        Assert.Null(other.Reviews);

        var mine = await queries.DetailAsync(own);
        Assert.NotNull(mine);
        Assert.Null(mine.HourlyRate);
        Assert.NotNull(mine.Reviews);
        Assert.NotEmpty(mine.Reviews);

        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<StaffService>().AddReviewAsync(manager, new ReviewInput()));
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<StaffService>().ChangeScheduleAsync(own, new ScheduleInput()));
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<StaffService>().UpdateAsync(own, new StaffInput()));

        // The CSV has the names and an empty rate column.
        using var http = new LabHttp(app);
        await http.SignInAsync(Tech, DemoDataGenerator.DemoPassword);
        var csv = await http.GetAsync("/staff/export.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",Hourly rate", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines, l => l.Contains("Margarethe Lindqvist", StringComparison.Ordinal));
        Assert.EndsWith(",", row, StringComparison.Ordinal);
        Assert.DoesNotContain("48.00", row, StringComparison.Ordinal);

        // A manager sees the rate.
        await using var managerScope = await app.ScopeAsAsync(Manager);
        Assert.Equal(48m, (await managerScope.ServiceProvider.GetRequiredService<StaffQueries>().DetailAsync(manager))!.HourlyRate);
    }

    [Fact]
    public async Task Without_equipment_manage_no_equipment_changes()
    {
        var app = await AppAsync();
        Guid machine;
        await using (var db = app.Db())
        {
            machine = await db.DepartmentEquipment.Where(e => e.Status == EquipmentStatus.Active).Select(e => e.Id).FirstAsync();
        }

        await using var scope = await app.ScopeAsAsync(Tech);
        var equipment = scope.ServiceProvider.GetRequiredService<EquipmentService>();
        await Assert.ThrowsAsync<ForbiddenException>(() => equipment.ChangeStatusAsync(machine, EquipmentStatus.Broken, "It smokes"));
        await Assert.ThrowsAsync<ForbiddenException>(() => equipment.RecordMaintenanceAsync(machine, new MaintenanceInput { Cost = 1 }));
        await Assert.ThrowsAsync<ForbiddenException>(() => equipment.PeopleAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<DepartmentService>().UpdateAsync("MILL", new DepartmentInput { Name = "Mill" }));
        // Seeing equipment is fine (departments.view), and the list offers no actions.
        var list = await scope.ServiceProvider.GetRequiredService<EquipmentQueries>().ListAsync(new EquipmentQuery());
        Assert.False(list.CanManage);
        Assert.NotEmpty(list.Rows);
        await using var db2 = app.Db();
        Assert.Equal(EquipmentStatus.Active, await db2.DepartmentEquipment.Where(e => e.Id == machine).Select(e => e.Status).SingleAsync());
    }

    [Fact]
    public async Task A_dentist_gets_not_found_for_every_staff_department_and_equipment_address()
    {
        var app = await AppAsync();
        var number = await EmployeeNumberAsync(app, Manager);
        using var http = new LabHttp(app);
        await http.SignInAsync(Dentist, DemoDataGenerator.DemoPassword);
        foreach (var page in new[] { "/staff", "/staff/roster", "/staff/export.csv", "/departments", "/departments/MILL", "/equipment" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(page)).StatusCode);
        }

        var profile = await http.GetAsync($"/staff/{number}");
        var html = await profile.Content.ReadAsStringAsync();
        Assert.Contains("Not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Margarethe", html, StringComparison.Ordinal);

        await using var scope = await app.ScopeAsAsync(Dentist);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<StaffQueries>().DetailAsync(number));
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<StaffQueries>().ListAsync(new StaffQuery()));
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<DepartmentQueries>().ListAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<EquipmentQueries>().ListAsync(new EquipmentQuery()));
        Assert.Null(await scope.ServiceProvider.GetRequiredService<EquipmentQueries>().AlertsAsync());
        var calendar = scope.ServiceProvider.GetServices<DentalLab.Web.Infrastructure.Calendar.ICalendarSource>().OfType<MaintenanceCalendarSource>().Single();
        Assert.Empty(await calendar.EntriesAsync(new(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(200), TimeZoneInfo.Utc)));
    }
}
