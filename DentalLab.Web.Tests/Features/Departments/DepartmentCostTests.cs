using DentalLab.Data.Entities;
using DentalLab.Web.Features.Departments;
using DentalLab.Web.Features.Departments.Equipment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Departments;

/// <summary>Spent is the sum of the costs booked against the department in the budget year, never typed in.</summary>
[Collection(LabCollection.Name)]
public sealed class DepartmentCostTests(LabServerFixture server)
{
    [Fact]
    public async Task Spent_equals_stock_received_plus_machines_bought_plus_maintenance_of_this_year_and_over_budget_shows()
    {
        var app = await server.SharedAppAsync("staff-floor");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (departmentId, code) = await FloorTestData.DepartmentAsync(app, budget: 1000m);
        var mill = await FloorTestData.MachineAsync(app, departmentId, "Test mill", purchasedOn: new DateOnly(today.Year, 1, 1), cost: 400m);
        await FloorTestData.MachineAsync(app, departmentId, "Old mill", purchasedOn: new DateOnly(today.Year - 1, 12, 31), cost: 9_999m); // last year's budget
        var receipt = await FloorTestData.ReceiptAsync(app, 3, 50.25m, DateTimeOffset.UtcNow.AddHours(-1));
        await FloorTestData.ReceiptAsync(app, 1, 777m, DateTimeOffset.UtcNow.AddHours(-1)); // not booked to any department

        await using var scope = await app.ScopeAsAsync(Staff.StaffTestData.Manager);
        var departments = scope.ServiceProvider.GetRequiredService<DepartmentService>();
        var equipment = scope.ServiceProvider.GetRequiredService<EquipmentService>();
        var queries = scope.ServiceProvider.GetRequiredService<DepartmentQueries>();

        Assert.True((await departments.BookReceiptAsync(code, receipt)).Succeeded);
        Assert.Equal("This receipt is already booked to a department.", (await departments.BookReceiptAsync(code, receipt)).For("Receipt"));
        var record = await equipment.RecordMaintenanceAsync(mill, new MaintenanceInput
        {
            PerformedOn = today.ToDateTime(TimeOnly.MinValue), Kind = MaintenanceKind.Repair, External = true, Company = "MillCare GmbH", Cost = 250.50m,
            NextDueOn = today.AddDays(90).ToDateTime(TimeOnly.MinValue),
        });
        Assert.True(record.Succeeded, string.Join(" ", record.Errors.Values));

        var row = (await queries.ListAsync()).Rows.Single(r => r.Code == code);
        Assert.Equal(400m + 150.75m + 250.50m, row.Spent);
        Assert.Equal(1000m - 801.25m, row.Remaining);
        Assert.False(row.OverBudget);
        var detail = await queries.DetailAsync(code);
        Assert.NotNull(detail);
        Assert.Equal(row.Spent, detail.Bookings.Sum(b => b.Amount));
        Assert.Equal(["maintenance", "purchase", "stock"], detail.Bookings.Select(b => b.Kind).Order().ToArray());

        // Recording maintenance moved the machine's dates.
        await using (var db = app.Db())
        {
            var machine = await db.DepartmentEquipment.AsNoTracking().SingleAsync(e => e.Id == mill);
            Assert.Equal(today, machine.LastMaintenanceOn);
            Assert.Equal(today.AddDays(90), machine.NextMaintenanceOn);
            Assert.Equal(801.25m, await db.Departments.Where(d => d.Id == departmentId).Select(d => d.BudgetSpent).SingleAsync());
        }

        // One more repair takes it over budget.
        Assert.True((await equipment.RecordMaintenanceAsync(mill, new MaintenanceInput
        {
            PerformedOn = today.ToDateTime(TimeOnly.MinValue), Kind = MaintenanceKind.Calibration, External = true, Company = "MillCare GmbH", Cost = 300m,
        })).Succeeded);
        row = (await queries.ListAsync()).Rows.Single(r => r.Code == code);
        Assert.Equal(1101.25m, row.Spent);
        Assert.True(row.OverBudget);
        Assert.Equal(-101.25m, row.Remaining);
    }

    [Fact]
    public async Task Stock_received_for_a_department_on_the_receive_form_counts_in_its_spent()
    {
        var app = await server.SharedAppAsync("staff-floor");
        var (departmentId, code) = await FloorTestData.DepartmentAsync(app, budget: 500m);
        var (_, otherCode) = await FloorTestData.DepartmentAsync(app, budget: 500m);
        var item = await Inventory.InventoryTestData.ItemAsync(app, lotTracked: false);

        // Received on the inventory form with "Bought for department": 12 x 10.50 = 126.00 for this department.
        var receive = Inventory.InventoryTestData.Receive(12);
        receive.UnitCost = 10.50m;
        receive.DepartmentId = departmentId;
        await Inventory.InventoryTestData.MoveAsync(app, item.Sku, receive, Inventory.InventoryTestData.Manager);
        // Received for nobody: counts nowhere.
        await Inventory.InventoryTestData.MoveAsync(app, item.Sku, Inventory.InventoryTestData.Receive(5), Inventory.InventoryTestData.Manager);
        // A department that does not exist is refused next to the field, and nothing is received.
        var wrong = Inventory.InventoryTestData.Receive(1);
        wrong.DepartmentId = Guid.NewGuid();
        Assert.Equal("Choose a department from the list.",
            (await Inventory.InventoryTestData.TryMoveAsync(app, item.Sku, wrong, Inventory.InventoryTestData.Manager)).For(nameof(Web.Features.Inventory.MovementInput.DepartmentId)));

        await using var scope = await app.ScopeAsAsync(Staff.StaffTestData.Manager);
        var queries = scope.ServiceProvider.GetRequiredService<DepartmentQueries>();
        var list = await queries.ListAsync();
        Assert.Equal(126m, list.Rows.Single(r => r.Code == code).Spent);
        Assert.Equal(0m, list.Rows.Single(r => r.Code == otherCode).Spent);
        var detail = await queries.DetailAsync(code);
        var booking = Assert.Single(detail!.Bookings);
        Assert.Equal(("stock", 126m), (booking.Kind, booking.Amount));
        Assert.Equal(detail.Bookings.Sum(b => b.Amount), list.Rows.Single(r => r.Code == code).Spent);

        await using var db = app.Db();
        Assert.Equal(17m, await db.InventoryItems.Where(i => i.Id == item.Id).Select(i => i.QuantityOnHand).SingleAsync());
        Assert.Equal(126m, await db.Departments.Where(d => d.Id == departmentId).Select(d => d.BudgetSpent).SingleAsync());
    }

    [Fact]
    public async Task Maintenance_is_validated_next_to_each_field()
    {
        var app = await server.SharedAppAsync("staff-floor");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (departmentId, _) = await FloorTestData.DepartmentAsync(app, budget: 10m);
        var mill = await FloorTestData.MachineAsync(app, departmentId, "Validated mill");
        await using var scope = await app.ScopeAsAsync(Staff.StaffTestData.Manager);
        var equipment = scope.ServiceProvider.GetRequiredService<EquipmentService>();

        var result = await equipment.RecordMaintenanceAsync(mill, new MaintenanceInput
        {
            PerformedOn = today.AddDays(1).ToDateTime(TimeOnly.MinValue), External = false, Cost = -1, NextDueOn = today.ToDateTime(TimeOnly.MinValue),
        });
        Assert.NotNull(result.For(nameof(MaintenanceInput.PerformedOn)));
        Assert.NotNull(result.For(nameof(MaintenanceInput.PerformedById)));
        Assert.NotNull(result.For(nameof(MaintenanceInput.Cost)));
        Assert.NotNull(result.For(nameof(MaintenanceInput.NextDueOn)));

        var noCompany = await equipment.RecordMaintenanceAsync(mill, new MaintenanceInput { PerformedOn = today.ToDateTime(TimeOnly.MinValue), External = true, Company = " " });
        Assert.Equal("Name the company that did it.", noCompany.For(nameof(MaintenanceInput.Company)));

        Assert.Equal("Give a reason for the change.", (await equipment.ChangeStatusAsync(mill, EquipmentStatus.Broken, " ")).For("Reason"));

        // Decommissioning needs the day it left service: not missing, not in the future, not before it was bought.
        Assert.Equal("Give the day the machine was taken out of service.",
            (await equipment.ChangeStatusAsync(mill, EquipmentStatus.Decommissioned, "Replaced by the new mill")).For(EquipmentService.DecommissionedOnField));
        Assert.Contains("cannot be in the future",
            (await equipment.ChangeStatusAsync(mill, EquipmentStatus.Decommissioned, "Replaced by the new mill", decommissionedOn: today.AddDays(1))).For(EquipmentService.DecommissionedOnField),
            StringComparison.Ordinal);
        var bought = await FloorTestData.MachineAsync(app, departmentId, "Bought mill", purchasedOn: today.AddDays(-10));
        Assert.Equal($"The day cannot be before the machine was bought ({today.AddDays(-10):yyyy-MM-dd}).",
            (await equipment.ChangeStatusAsync(bought, EquipmentStatus.Decommissioned, "Never used", decommissionedOn: today.AddDays(-11))).For(EquipmentService.DecommissionedOnField));

        Assert.True((await equipment.ChangeStatusAsync(mill, EquipmentStatus.Decommissioned, "Replaced by the new mill", decommissionedOn: today.AddDays(-3))).Succeeded);
        Assert.Contains("stays decommissioned", (await equipment.ChangeStatusAsync(mill, EquipmentStatus.Active, "Back")).For(""), StringComparison.Ordinal);
        await using var db = app.Db();
        var machine = await db.DepartmentEquipment.AsNoTracking().SingleAsync(e => e.Id == mill);
        Assert.Equal(EquipmentStatus.Decommissioned, machine.Status);
        Assert.Equal(today.AddDays(-3), machine.DecommissionedOn);
        Assert.Equal(EquipmentStatus.Active, await db.DepartmentEquipment.Where(e => e.Id == bought).Select(e => e.Status).SingleAsync());
        var history = await db.EquipmentStatusChanges.AsNoTracking().Where(c => c.EquipmentId == mill).SingleAsync();
        Assert.Equal(("Replaced by the new mill", EquipmentStatus.Active, EquipmentStatus.Decommissioned), (history.Reason, history.FromStatus, history.ToStatus));
    }
}
