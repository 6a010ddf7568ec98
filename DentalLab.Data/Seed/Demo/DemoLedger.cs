using DentalLab.Data.Entities;

namespace DentalLab.Data.Seed;

/// <summary>A stock movement before it is checked against what is on the shelf (negative = stock leaves).</summary>
internal sealed record DemoMovement(DateTimeOffset At, InventoryTransactionType Type, decimal Quantity, DemoInventory.CaseUse? Case, string Reason);

/// <summary>
/// One item's ledger, written in time order: receipts create lots (for lot-tracked items), issues take the oldest
/// lot that can cover them, and every transaction carries the quantity on hand after it. When stock would go
/// negative a delivery arrives first, so the running total never does.
/// </summary>
internal sealed class DemoLedger(LabDbContext db, DemoWorld world, InventoryItem item, Supplier supplier, List<(Entity Row, DateTimeOffset At)> backdated)
{
    private readonly List<MaterialLot> _lots = [];
    private decimal _balance;
    private DateTimeOffset _last = DateTimeOffset.MinValue;
    private int _receipts;

    public void Run(IEnumerable<DemoMovement> movements)
    {
        Receive(world.Now.AddDays(-178), item.ReorderQuantity);
        foreach (var movement in movements)
        {
            if (movement.Quantity > 0)
            {
                Record(movement.At, movement.Type, movement.Quantity, lot: null, movement.Reason);
                continue;
            }

            var need = -movement.Quantity;
            var lot = EnsureStock(movement.At, need);
            var tx = Record(movement.At, movement.Type, movement.Quantity, lot, movement.Reason);
            if (movement.Case is { } use)
            {
                tx.CaseId = use.CaseId;
                tx.Reference = use.CaseNumber;
                RecordCaseMaterial(use, lot, need, tx);
            }
        }
    }

    /// <summary>Sets the quantity on hand, writes off an expired lot now and then, and places the reorder level.</summary>
    public void Finish(bool lowStock)
    {
        var oldest = _lots.FirstOrDefault(l => l.QuantityRemaining > 0);
        if (oldest is not null && world.Today.DayNumber - oldest.ReceivedOn.DayNumber > 150 && world.Chance(0.3))
        {
            oldest.ExpiresOn = world.Today.AddDays(-3);
            Record(world.Now.AddDays(-2), InventoryTransactionType.WriteOff, -oldest.QuantityRemaining, oldest, "Lot expired");
        }

        item.QuantityOnHand = _balance;
        item.ReorderLevel = lowStock
            ? Math.Ceiling((_balance * 1.4m) + (item.ReorderQuantity * 0.2m))
            : Math.Floor(_balance * 0.35m);
    }

    private MaterialLot? EnsureStock(DateTimeOffset at, decimal need)
    {
        if (!item.IsLotTracked)
        {
            if (_balance < need)
            {
                Receive(at.AddHours(-3), Math.Max(item.ReorderQuantity, need));
            }

            return null;
        }

        var lot = _lots.FirstOrDefault(l => l.QuantityRemaining >= need);
        if (lot is null)
        {
            lot = Receive(at.AddHours(-3), Math.Max(item.ReorderQuantity, need));
        }

        return lot;
    }

    private MaterialLot? Receive(DateTimeOffset at, decimal quantity)
    {
        MaterialLot? lot = null;
        if (item.IsLotTracked)
        {
            var day = DemoWorld.DayOf(at);
            lot = new MaterialLot
            {
                Item = item,
                Supplier = supplier,
                LotNumber = $"{day:yyMMdd}-{world.Between(100, 999)}{++_receipts:00}",
                ReceivedOn = day,
                ExpiresOn = day.AddYears(item.Sku.StartsWith("RESIN", StringComparison.Ordinal) ? 1 : 3),
                QuantityReceived = quantity,
                QuantityRemaining = 0,
            };
            _lots.Add(lot);
            backdated.Add((lot, at));
        }

        var tx = Record(at, InventoryTransactionType.In, quantity, lot, "Delivery from " + supplier.Name);
        tx.UnitCost = item.UnitCost;
        tx.Supplier = supplier;
        tx.Reference = $"PO-{at:yyyyMMdd}-{world.Between(100, 999)}";
        tx.PerformedById = world.FrontDeskId;
        return lot;
    }

    private InventoryTransaction Record(DateTimeOffset at, InventoryTransactionType type, decimal quantity, MaterialLot? lot, string reason)
    {
        // Strictly increasing times keep the running totals in one readable order.
        var occurred = at > _last ? at : _last.AddSeconds(1);
        _last = occurred;
        _balance += quantity;
        if (lot is not null)
        {
            lot.QuantityRemaining += quantity;
        }

        var tx = new InventoryTransaction
        {
            Item = item,
            Type = type,
            Quantity = quantity,
            QuantityAfter = _balance,
            Lot = lot,
            Reason = reason,
            PerformedById = world.WorkerFor(WorkflowStageName.Milling),
            OccurredAt = occurred,
        };
        item.Transactions.Add(tx);
        backdated.Add((tx, occurred));
        return tx;
    }

    private void RecordCaseMaterial(DemoInventory.CaseUse use, MaterialLot? lot, decimal quantity, InventoryTransaction tx)
    {
        var material = new CaseMaterial
        {
            CaseId = use.CaseId,
            Item = item,
            Lot = lot,
            Quantity = quantity,
            RecordedById = tx.PerformedById,
            Notes = lot is null ? null : "Lot " + lot.LotNumber,
        };
        db.Add(material);
        backdated.Add((material, tx.OccurredAt));
    }
}
