using DentalLab.Data.Entities;

namespace DentalLab.Web.Tests.Features.Departments;

/// <summary>Departments and machines of their own for the floor tests (the demo lab's stay untouched).</summary>
internal static class FloorTestData
{
    public static async Task<(Guid Id, string Code)> DepartmentAsync(LabApp app, decimal budget, Guid? managerId = null, WorkflowStageName? stage = null)
    {
        await using var db = app.Db();
        var code = "T" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var department = new Department { Name = "Test department " + code, Code = code, Budget = budget, ManagerId = managerId, Stage = stage, IsActive = true };
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        return (department.Id, code);
    }

    public static async Task<Guid> MachineAsync(LabApp app, Guid departmentId, string name, DateOnly? purchasedOn = null, decimal? cost = null,
        DateOnly? next = null, EquipmentStatus status = EquipmentStatus.Active)
    {
        await using var db = app.Db();
        var machine = new DepartmentEquipment
        {
            DepartmentId = departmentId,
            Name = name,
            Model = "TM-1",
            Manufacturer = "Test Works",
            SerialNumber = "SN-" + Guid.NewGuid().ToString("N")[..10],
            Status = status,
            PurchasedOn = purchasedOn,
            PurchaseCost = cost,
            LastMaintenanceOn = next?.AddDays(-180),
            NextMaintenanceOn = next,
        };
        db.DepartmentEquipment.Add(machine);
        await db.SaveChangesAsync();
        return machine.Id;
    }

    /// <summary>A stock receipt (inventory "in") of <paramref name="quantity"/> at <paramref name="unitCost"/>.</summary>
    public static async Task<Guid> ReceiptAsync(LabApp app, decimal quantity, decimal unitCost, DateTimeOffset at)
    {
        await using var db = app.Db();
        var item = new InventoryItem
        {
            Sku = "T-" + Guid.NewGuid().ToString("N")[..8], Name = "Test zirconia disc", Category = InventoryCategory.Materials, Unit = "disc",
            QuantityOnHand = quantity, UnitCost = unitCost,
        };
        db.InventoryItems.Add(item);
        var transaction = new InventoryTransaction { Item = item, Type = InventoryTransactionType.In, Quantity = quantity, QuantityAfter = quantity, UnitCost = unitCost, OccurredAt = at, Reference = "DN-1" };
        db.InventoryTransactions.Add(transaction);
        await db.SaveChangesAsync();
        return transaction.Id;
    }
}
