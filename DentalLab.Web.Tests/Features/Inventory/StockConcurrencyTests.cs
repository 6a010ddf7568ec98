using DentalLab.Web.Features.Inventory;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Inventory;

/// <summary>Technicians taking the last units at the same moment: exactly what is there goes out, never below zero; the others are told what is left.</summary>
[Collection(LabCollection.Name)]
public sealed class StockConcurrencyTests(LabServerFixture server)
{
    private const string AppKey = "inventory";

    [Fact]
    public async Task Parallel_issues_of_the_last_units_of_an_item_take_exactly_the_stock_and_tell_the_rest_what_is_left()
    {
        var app = await server.SharedAppAsync(AppKey);
        var (caseNumber, _) = await InventoryTestData.CaseAsync(app);
        for (var round = 0; round < 4; round++)
        {
            var item = await InventoryTestData.ItemAsync(app, lotTracked: false);
            await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Receive(3));

            var results = await RaceAsync(app, 6, () => InventoryTestData.Issue(caseNumber, 1), item.Sku);

            Assert.Equal(3, results.Count(r => r.Succeeded));
            Assert.All(results.Where(r => !r.Succeeded), r => Assert.Contains("Only 0 pcs left in stock", r.For(nameof(MovementInput.Quantity)), StringComparison.Ordinal));
            Assert.Equal(0m, (await InventoryTestData.ReloadAsync(app, item.Id)).QuantityOnHand);
            await using var db = app.Db();
            var ledger = await db.InventoryTransactions.AsNoTracking().Where(t => t.ItemId == item.Id).OrderBy(t => t.QuantityAfter).ToListAsync();
            Assert.Equal(4, ledger.Count); // the receipt and exactly three issues
            Assert.Equal(0m, ledger.Sum(t => t.Quantity));
            Assert.Equal([0m, 1m, 2m, 3m], ledger.Select(t => t.QuantityAfter).ToArray());
            Assert.Equal(3, await db.CaseMaterials.CountAsync(m => m.ItemId == item.Id));
        }
    }

    [Fact]
    public async Task Parallel_issues_from_one_lot_never_take_more_than_the_lot_holds_even_when_the_item_has_more()
    {
        var app = await server.SharedAppAsync(AppKey);
        var (caseNumber, _) = await InventoryTestData.CaseAsync(app);
        for (var round = 0; round < 4; round++)
        {
            var item = await InventoryTestData.ItemAsync(app, lotTracked: true, unit: "disc");
            await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Receive(2, "SMALL-" + round, DateTime.UtcNow.Date.AddMonths(6)));
            await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Receive(10, "BIG-" + round, DateTime.UtcNow.Date.AddYears(2)));
            var small = await InventoryTestData.LotAsync(app, item.Id, "SMALL-" + round);

            var results = await RaceAsync(app, 5, () => InventoryTestData.Issue(caseNumber, 1, small.Id), item.Sku);

            Assert.Equal(2, results.Count(r => r.Succeeded));
            Assert.All(results.Where(r => !r.Succeeded), r => Assert.Contains($"Only 0 disc left in lot SMALL-{round}", r.For(nameof(MovementInput.Quantity)), StringComparison.Ordinal));
            Assert.Equal(0m, (await InventoryTestData.LotAsync(app, item.Id, "SMALL-" + round)).QuantityRemaining);
            Assert.Equal(10m, (await InventoryTestData.LotAsync(app, item.Id, "BIG-" + round)).QuantityRemaining);
            Assert.Equal(10m, (await InventoryTestData.ReloadAsync(app, item.Id)).QuantityOnHand);
        }
    }

    [Fact]
    public async Task The_database_refuses_negative_stock_and_an_overdrawn_lot_whatever_the_caller()
    {
        var app = await server.SharedAppAsync(AppKey);
        var item = await InventoryTestData.ItemAsync(app, lotTracked: true);
        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Receive(2, "CHECK-1"));
        var lot = await InventoryTestData.LotAsync(app, item.Id, "CHECK-1");
        await using var db = app.Db();

        Assert.Null(await StockService.ApplyItemAsync(db, item.Id, -3, DateTimeOffset.UtcNow));
        Assert.Null(await StockService.ApplyLotAsync(db, lot.Id, -3, null, DateTimeOffset.UtcNow));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlAsync($"UPDATE inventory_items SET quantity_on_hand = -1 WHERE id = {item.Id}"));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlAsync($"UPDATE material_lots SET quantity_remaining = -1 WHERE id = {lot.Id}"));
        Assert.Equal(2m, (await InventoryTestData.ReloadAsync(app, item.Id)).QuantityOnHand);
    }

    /// <summary>Starts <paramref name="count"/> movements together, each in its own scope (its own DbContext), alternating two technicians' accounts.</summary>
    private static async Task<ChangeResult[]> RaceAsync(LabApp app, int count, Func<MovementInput> input, string sku)
    {
        var scopes = new List<AsyncServiceScope>();
        for (var i = 0; i < count; i++)
        {
            scopes.Add(await app.ScopeAsAsync(i % 2 == 0 ? InventoryTestData.Tech : InventoryTestData.Manager));
        }

        try
        {
            using var start = new ManualResetEventSlim();
            var racing = scopes.Select(scope => Task.Run(async () =>
            {
                start.Wait();
                return await scope.ServiceProvider.GetRequiredService<StockService>().MoveAsync(sku, input());
            })).ToList();
            start.Set();
            return await Task.WhenAll(racing);
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
    }
}
