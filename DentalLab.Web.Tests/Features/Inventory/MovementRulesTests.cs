using DentalLab.Data.Entities;
using DentalLab.Web.Features.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Inventory;

/// <summary>The rules of each movement: counts book the difference, expired lots stay on the shelf, edits never touch stock, one low-stock alert per crossing.</summary>
[Collection(LabCollection.Name)]
public sealed class MovementRulesTests(LabServerFixture server)
{
    private const string AppKey = "inventory";

    [Fact]
    public async Task An_adjustment_after_a_count_books_the_difference_with_its_reason()
    {
        var app = await server.SharedAppAsync(AppKey);
        var item = await InventoryTestData.ItemAsync(app, lotTracked: false);
        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Receive(20));

        var noReason = await InventoryTestData.TryMoveAsync(app, item.Sku, new MovementInput { Kind = MovementKind.Adjust, CountedQuantity = 17 });
        Assert.Equal("Say why the stock changes.", noReason.For(nameof(MovementInput.Reason)));
        await InventoryTestData.MoveAsync(app, item.Sku, new MovementInput { Kind = MovementKind.Adjust, CountedQuantity = 17, Reason = "Monthly count" });
        var same = await InventoryTestData.TryMoveAsync(app, item.Sku, new MovementInput { Kind = MovementKind.Adjust, CountedQuantity = 17, Reason = "Again" });
        Assert.Contains("nothing to book", same.For(nameof(MovementInput.CountedQuantity)), StringComparison.Ordinal);
        await InventoryTestData.MoveAsync(app, item.Sku, new MovementInput { Kind = MovementKind.Damage, Quantity = 2, Reason = "Torn box" });
        var noWriteOffReason = await InventoryTestData.TryMoveAsync(app, item.Sku, new MovementInput { Kind = MovementKind.WriteOff, Quantity = 1 });
        Assert.NotNull(noWriteOffReason.For(nameof(MovementInput.Reason)));

        Assert.Equal(15m, (await InventoryTestData.ReloadAsync(app, item.Id)).QuantityOnHand);
        await using var db = app.Db();
        var adjustment = await db.InventoryTransactions.AsNoTracking().Include(t => t.PerformedBy).SingleAsync(t => t.ItemId == item.Id && t.Type == InventoryTransactionType.Adjustment);
        Assert.Equal(-3m, adjustment.Quantity);
        Assert.Equal(17m, adjustment.QuantityAfter);
        Assert.Equal("Monthly count", adjustment.Reason);
        Assert.Equal(InventoryTestData.Tech, adjustment.PerformedBy!.Email);
        Assert.True(await db.AuditLog.AnyAsync(a => a.TableName == "inventory_transactions" && a.RecordId == adjustment.Id.ToString()));
    }

    [Fact]
    public async Task An_expired_lot_is_refused_and_the_default_lot_is_the_earliest_expiring_one_in_date()
    {
        var app = await server.SharedAppAsync(AppKey);
        var item = await InventoryTestData.ItemAsync(app, lotTracked: true);
        var (caseNumber, caseId) = await InventoryTestData.CaseAsync(app, stage: WorkflowStageName.Sintering);
        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Receive(4, "OLD"));
        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Receive(4, "LATER", DateTime.UtcNow.Date.AddYears(3)));
        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Receive(4, "SOON", DateTime.UtcNow.Date.AddDays(40)));
        var old = await InventoryTestData.LotAsync(app, item.Id, "OLD");
        await using (var db = app.Db())
        {
            // The lot's date passes while it sits on the shelf.
            await db.Database.ExecuteSqlAsync($"UPDATE material_lots SET received_on = current_date - 400, expires_on = current_date - 1 WHERE id = {old.Id}");
        }

        var refused = await InventoryTestData.TryMoveAsync(app, item.Sku, InventoryTestData.Issue(caseNumber, 1, old.Id));
        Assert.Contains("expired on", refused.For(nameof(MovementInput.LotId)), StringComparison.Ordinal);
        var receiveExpired = await InventoryTestData.TryMoveAsync(app, item.Sku, InventoryTestData.Receive(1, "GONE", DateTime.UtcNow.Date.AddDays(-2)));
        Assert.Contains("already expired", receiveExpired.For(nameof(MovementInput.ExpiresOn)), StringComparison.Ordinal);
        var noLot = await InventoryTestData.TryMoveAsync(app, item.Sku, InventoryTestData.Receive(1));
        Assert.NotNull(noLot.For(nameof(MovementInput.LotNumber)));
        Assert.NotNull(noLot.For(nameof(MovementInput.ExpiresOn)));

        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Issue(caseNumber, 1));
        await using (var db = app.Db())
        {
            var used = await db.CaseMaterials.AsNoTracking().Include(m => m.Lot).SingleAsync(m => m.CaseId == caseId);
            Assert.Equal("SOON", used.Lot!.LotNumber);
            var ledger = await db.InventoryTransactions.AsNoTracking().SingleAsync(t => t.ItemId == item.Id && t.Type == InventoryTransactionType.Out);
            Assert.Equal(used.LotId, ledger.LotId);
            Assert.Equal(caseId, ledger.CaseId);
        }

        Assert.Equal(4m, (await InventoryTestData.LotAsync(app, item.Id, "OLD")).QuantityRemaining);
        // A case that is not in design, milling or sintering takes no material.
        var (atQc, _) = await InventoryTestData.CaseAsync(app, stage: WorkflowStageName.QualityControl);
        var wrongStage = await InventoryTestData.TryMoveAsync(app, item.Sku, InventoryTestData.Issue(atQc, 1));
        Assert.Contains("not in design, milling or sintering", wrongStage.For(nameof(MovementInput.CaseNumber)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_an_item_cannot_change_its_quantity()
    {
        var app = await server.SharedAppAsync(AppKey);
        var item = await InventoryTestData.ItemAsync(app, lotTracked: false);
        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Receive(7));
        await using (var scope = await app.ScopeAsAsync(InventoryTestData.Manager))
        {
            var queries = scope.ServiceProvider.GetRequiredService<InventoryQueries>();
            var detail = (await queries.ItemAsync(item.Sku))!;
            var input = ItemInput.From(detail);
            input.Name = "Renamed gloves";
            input.ReorderLevel = 3;
            input.UnitCost = -1;
            var invalid = await scope.ServiceProvider.GetRequiredService<InventoryService>().UpdateAsync(item.Sku, input, detail.Version);
            Assert.NotNull(invalid.For(nameof(ItemInput.UnitCost)));
            input.UnitCost = 12.5m;
            var saved = await scope.ServiceProvider.GetRequiredService<InventoryService>().UpdateAsync(item.Sku, input, detail.Version);
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Values));
            var stale = await scope.ServiceProvider.GetRequiredService<InventoryService>().UpdateAsync(item.Sku, input, detail.Version);
            Assert.True(stale.Conflict);
            var duplicate = ItemInput.From(detail);
            duplicate.Sku = "ZR-ML-A2";
            var taken = await scope.ServiceProvider.GetRequiredService<InventoryService>().CreateAsync(duplicate);
            Assert.Contains("already has SKU", taken.Result.For(nameof(ItemInput.Sku)), StringComparison.Ordinal);
        }

        // Even a tracked entity whose quantity is set by hand does not write it.
        await using (var db = app.Db())
        {
            var tracked = await db.InventoryItems.SingleAsync(i => i.Id == item.Id);
            tracked.QuantityOnHand = 999;
            tracked.Location = "Moved shelf";
            await db.SaveChangesAsync();
        }

        var after = await InventoryTestData.ReloadAsync(app, item.Id);
        Assert.Equal(7m, after.QuantityOnHand);
        Assert.Equal("Renamed gloves", after.Name);
        Assert.Equal("Moved shelf", after.Location);
    }

    [Fact]
    public async Task Inventory_managers_get_one_low_stock_notification_per_crossing_not_one_per_movement()
    {
        var app = await server.SharedAppAsync(AppKey);
        var item = await InventoryTestData.ItemAsync(app, lotTracked: false, reorderLevel: 5);
        var (caseNumber, _) = await InventoryTestData.CaseAsync(app);
        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Receive(10));
        Assert.Equal(0, await AlertsAsync(app, item.Sku));

        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Issue(caseNumber, 4)); // 6: above the level
        Assert.Equal(0, await AlertsAsync(app, item.Sku));
        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Issue(caseNumber, 1)); // 5: at the level
        Assert.Equal(1, await AlertsAsync(app, item.Sku));
        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Issue(caseNumber, 2)); // 3
        await InventoryTestData.MoveAsync(app, item.Sku, new MovementInput { Kind = MovementKind.Damage, Quantity = 1, Reason = "Dropped" }); // 2
        Assert.Equal(1, await AlertsAsync(app, item.Sku));

        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Receive(10)); // 12: restocked
        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Issue(caseNumber, 8)); // 4: crossed again
        Assert.Equal(2, await AlertsAsync(app, item.Sku));

        await using var db = app.Db();
        var managers = await db.Users.CountAsync(u => u.IsActive && u.RoleLinks.Any(l => l.Role!.Permissions.Any(p => p.Permission!.Code == Data.Seed.PermissionCodes.InventoryManage)));
        var manager = await db.Users.Where(u => u.NormalizedEmail == "MANAGER@DENTALLAB.TEST").Select(u => u.Id).SingleAsync();
        Assert.Equal(2 * managers, await db.Notifications.CountAsync(n => n.Title == $"Low stock: {item.Sku}"));
        Assert.Equal(2, await db.Notifications.CountAsync(n => n.Title == $"Low stock: {item.Sku}" && n.UserId == manager));
        Assert.Equal(0, await db.Notifications.CountAsync(n => n.Title == $"Low stock: {item.Sku}" && n.User!.NormalizedEmail == "TECH@DENTALLAB.TEST"));
    }

    private static async Task<int> AlertsAsync(LabApp app, string sku)
    {
        await using var db = app.Db();
        var manager = await db.Users.Where(u => u.NormalizedEmail == "MANAGER@DENTALLAB.TEST").Select(u => u.Id).SingleAsync();
        return await db.Notifications.CountAsync(n => n.UserId == manager && n.Title == $"Low stock: {sku}");
    }
}
