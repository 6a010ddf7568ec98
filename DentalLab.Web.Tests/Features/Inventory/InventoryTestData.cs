using DentalLab.Data.Entities;
using DentalLab.Web.Features.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Inventory;

/// <summary>Arranges inventory data: items straight in the database (no stock), stock through the real service, cases in a usage stage.</summary>
internal static class InventoryTestData
{
    public const string Tech = "tech@dentallab.test";
    public const string Staff = "staff@dentallab.test";
    public const string Manager = "manager@dentallab.test";
    public const string Dentist = "dentist@dentallab.test";
    public const string Dentist2 = "dentist2@dentallab.test";

    /// <summary>A new item with no stock and a unique SKU.</summary>
    public static async Task<InventoryItem> ItemAsync(LabApp app, bool lotTracked, decimal reorderLevel = 0, string unit = "pcs")
    {
        await using var db = app.Db();
        var item = new InventoryItem
        {
            Sku = "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            Name = (lotTracked ? "Test zirconia disc " : "Test gloves ") + Guid.NewGuid().ToString("N")[..4],
            Category = lotTracked ? InventoryCategory.Materials : InventoryCategory.Consumables,
            Unit = unit,
            UnitCost = 10m,
            ReorderLevel = reorderLevel,
            ReorderQuantity = 10,
            IsLotTracked = lotTracked,
            SupplierId = await db.Suppliers.OrderBy(s => s.Name).Select(s => (Guid?)s.Id).FirstAsync(),
            Location = "Test shelf",
        };
        db.Add(item);
        await db.SaveChangesAsync();
        return item;
    }

    /// <summary>A case of the dentist (by their sign-in email) whose current stage is <paramref name="stage"/>.</summary>
    public static async Task<(string CaseNumber, Guid CaseId)> CaseAsync(LabApp app, string dentistEmail = Dentist, WorkflowStageName stage = WorkflowStageName.Milling)
    {
        await using var db = app.Db();
        var dentist = await db.DentistProfiles.FirstAsync(d => d.User!.NormalizedEmail == dentistEmail.ToUpperInvariant());
        var @case = new Case
        {
            DentistId = dentist.Id,
            PatientCode = "INV-" + Guid.NewGuid().ToString("N")[..6],
            ProcedureType = ProcedureType.Crown,
            Teeth = [21],
            Material = "Zirconia",
            ReceivedAt = DateTimeOffset.UtcNow.AddDays(-2),
            DueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5),
            CurrentStage = stage,
            Status = Case.StatusForStage(stage),
        };
        db.Add(@case);
        await db.SaveChangesAsync();
        return (@case.CaseNumber, @case.Id);
    }

    /// <summary>Books a movement as <paramref name="email"/> and asserts it worked.</summary>
    public static async Task MoveAsync(LabApp app, string sku, MovementInput input, string email = Tech)
    {
        var result = await TryMoveAsync(app, sku, input, email);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Value}")));
    }

    public static async Task<DentalLab.Web.Infrastructure.Validation.ChangeResult> TryMoveAsync(LabApp app, string sku, MovementInput input, string email = Tech)
    {
        await using var scope = await app.ScopeAsAsync(email);
        return await scope.ServiceProvider.GetRequiredService<StockService>().MoveAsync(sku, input);
    }

    public static MovementInput Receive(decimal quantity, string? lot = null, DateTime? expires = null) => new()
    {
        Kind = MovementKind.Receive, Quantity = quantity, UnitCost = 10m, LotNumber = lot, ExpiresOn = expires ?? (lot is null ? null : DateTime.UtcNow.Date.AddYears(2)), Reference = "DN-TEST",
    };

    public static MovementInput Issue(string caseNumber, decimal quantity, Guid? lotId = null) => new()
    {
        Kind = MovementKind.Issue, CaseNumber = caseNumber, Quantity = quantity, LotId = lotId,
    };

    public static async Task<InventoryItem> ReloadAsync(LabApp app, Guid itemId)
    {
        await using var db = app.Db();
        return await db.InventoryItems.AsNoTracking().SingleAsync(i => i.Id == itemId);
    }

    public static async Task<MaterialLot> LotAsync(LabApp app, Guid itemId, string lotNumber)
    {
        await using var db = app.Db();
        return await db.MaterialLots.AsNoTracking().SingleAsync(l => l.ItemId == itemId && l.LotNumber == lotNumber);
    }
}
