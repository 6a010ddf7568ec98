using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Resilience;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Departments;
using DentalLab.Web.Features.Notifications;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Text;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Inventory;

/// <summary>
/// Stock movements (inventory.transact): receive, issue to a case, adjust after a count, damage, write-off. Stock and a
/// lot's remaining quantity never go negative: each movement is one conditional UPDATE per row (quantity + delta &gt;= 0)
/// in the same transaction as its ledger row, backed by CHECK constraints. Two technicians taking the last units at the
/// same moment: the second waits for the first's row lock, re-reads the committed row, matches nothing and is told what
/// is left. A movement that takes the item to or below its reorder level notifies inventory.manage holders once per
/// crossing (low_stock_notified_at is claimed with a conditional UPDATE and cleared when stock rises above the level).
/// </summary>
public sealed class StockService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    LabSettings settings,
    NotificationService notifications,
    LiveEventBus bus,
    TimeProvider clock)
{
    private const decimal MaxQuantity = 1_000_000m;

    public async Task<ChangeResult> MoveAsync(string sku, MovementInput input, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.InventoryTransact, ct);
        var today = await settings.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.InventoryItems.AsNoTracking().Where(i => i.Sku == sku)
            .Select(i => new ItemRef(i.Id, i.Sku, i.Name, i.Unit, i.IsLotTracked, i.SupplierId, i.UnitCost, i.QuantityOnHand)).SingleOrDefaultAsync(ct);
        if (item is null)
        {
            return ChangeResult.Fail("", "Item not found.");
        }

        var result = Validate(input, item, today);
        if (!result.Succeeded)
        {
            return result;
        }

        return input.Kind switch
        {
            MovementKind.Receive => await ReceiveAsync(db, item, input, me, today, ct),
            MovementKind.Issue => await IssueAsync(db, item, input, me, today, ct),
            MovementKind.Adjust => await AdjustAsync(db, item, input, me, ct),
            _ => await TakeOutAsync(db, item, input, me, ct),
        };
    }

    /// <summary>
    /// Adds <paramref name="delta"/> to the item's stock only if it stays at zero or above; returns the new quantity, or
    /// null when the stock is too low (or the item is gone). Run inside the movement's transaction: the row lock makes a
    /// concurrent movement wait and then re-check against the committed quantity.
    /// </summary>
    public static async Task<decimal?> ApplyItemAsync(LabDbContext db, Guid itemId, decimal delta, DateTimeOffset now, CancellationToken ct = default)
    {
        var rows = await db.Database.SqlQuery<decimal>($"""
            UPDATE inventory_items
               SET quantity_on_hand = quantity_on_hand + {delta}, updated_at = {now}
             WHERE id = {itemId} AND deleted_at IS NULL AND quantity_on_hand + {delta} >= 0
            RETURNING quantity_on_hand AS "Value"
            """).ToListAsync(ct);
        return rows.Count == 1 ? rows[0] : null;
    }

    /// <summary>
    /// Adds <paramref name="delta"/> to a lot's remaining quantity only if it stays within 0..received; an issue
    /// (<paramref name="issueOn"/> set) also needs the lot not recalled and not expired on that day.
    /// </summary>
    public static async Task<decimal?> ApplyLotAsync(LabDbContext db, Guid lotId, decimal delta, DateOnly? issueOn, DateTimeOffset now, CancellationToken ct = default)
    {
        var issue = issueOn is not null;
        var day = issueOn ?? DateOnly.MinValue;
        var rows = await db.Database.SqlQuery<decimal>($"""
            UPDATE material_lots
               SET quantity_remaining = quantity_remaining + {delta}, updated_at = {now}
             WHERE id = {lotId}
               AND quantity_remaining + {delta} >= 0
               AND quantity_remaining + {delta} <= quantity_received
               AND (NOT {issue} OR (blocked_at IS NULL AND (expires_on IS NULL OR expires_on >= {day})))
            RETURNING quantity_remaining AS "Value"
            """).ToListAsync(ct);
        return rows.Count == 1 ? rows[0] : null;
    }

    private async Task<ChangeResult> ReceiveAsync(LabDbContext db, ItemRef item, MovementInput input, Guid me, DateOnly today, CancellationToken ct)
    {
        var supplierId = input.SupplierId ?? item.SupplierId;
        if (supplierId is { } sid && !await db.Suppliers.AnyAsync(s => s.Id == sid, ct))
        {
            return ChangeResult.Fail(nameof(input.SupplierId), "Choose a supplier from the list.");
        }

        if (input.DepartmentId is { } did && !await db.Departments.AnyAsync(d => d.Id == did && d.IsActive, ct))
        {
            return ChangeResult.Fail(nameof(input.DepartmentId), "Choose a department from the list.");
        }

        var now = clock.GetUtcNow();
        var quantity = input.Quantity;
        Guid? lotId = null;
        MaterialLot? newLot = null;
        await using var tx = await db.BeginResilientTransactionAsync(ct);
        if (item.IsLotTracked)
        {
            var number = input.LotNumber!.Trim();
            var expires = DateOnly.FromDateTime(input.ExpiresOn!.Value);
            var existing = await db.MaterialLots.AsNoTracking().Where(l => l.ItemId == item.Id && l.LotNumber == number)
                .Select(l => new { l.Id, l.ExpiresOn, l.BlockedAt }).SingleOrDefaultAsync(ct);
            if (existing is not null)
            {
                if (existing.BlockedAt is not null)
                {
                    return ChangeResult.Fail(nameof(input.LotNumber), $"Lot {number} was recalled: it cannot be received again.");
                }

                if (existing.ExpiresOn != expires)
                {
                    return ChangeResult.Fail(nameof(input.ExpiresOn), $"Lot {number} is on file with expiry {existing.ExpiresOn:yyyy-MM-dd}: check the label.");
                }

                await db.Database.ExecuteSqlAsync($"""
                    UPDATE material_lots SET quantity_received = quantity_received + {quantity}, quantity_remaining = quantity_remaining + {quantity},
                           updated_at = {now}
                     WHERE id = {existing.Id}
                    """, ct);
                lotId = existing.Id;
            }
            else
            {
                newLot = new MaterialLot
                {
                    ItemId = item.Id,
                    SupplierId = supplierId,
                    LotNumber = number,
                    ReceivedOn = today,
                    ExpiresOn = expires,
                    QuantityReceived = quantity,
                    QuantityRemaining = quantity,
                };
                db.Add(newLot);
            }
        }

        var after = await ApplyItemAsync(db, item.Id, quantity, now, ct);
        if (after is null)
        {
            return ChangeResult.Fail("", "Item not found.");
        }

        var ledger = new InventoryTransaction
        {
            ItemId = item.Id,
            Type = InventoryTransactionType.In,
            Quantity = quantity,
            QuantityAfter = after.Value,
            UnitCost = input.UnitCost ?? item.UnitCost,
            SupplierId = supplierId,
            Lot = newLot,
            LotId = newLot is null ? lotId : null,
            Reference = TextInput.Blank(input.Reference),
            Reason = TextInput.Blank(input.Reason),
            PerformedById = me,
            OccurredAt = now,
        };
        if (input.DepartmentId is { } departmentId)
        {
            // Booked in the receipt's own transaction: the department's spent includes it from the moment it is on the shelf.
            db.DepartmentStockReceipts.Add(new DepartmentStockReceipt { Transaction = ledger, DepartmentId = departmentId, BookedById = me });
        }

        var result = await FinishAsync(db, tx, item, ledger, null, ct);
        if (result.Succeeded && input.DepartmentId is not null)
        {
            await DepartmentCosts.RefreshSpentAsync(db, DepartmentCosts.YearStart(today), ct);
            var code = await db.Departments.AsNoTracking().Where(d => d.Id == input.DepartmentId).Select(d => d.Code).SingleAsync(ct);
            await bus.PublishAsync(new LiveEvent(LiveEvent.Equipment, LiveKinds.DepartmentChanged, code, currentUser.UserId), ct);
        }

        return result;
    }

    private async Task<ChangeResult> IssueAsync(LabDbContext db, ItemRef item, MovementInput input, Guid me, DateOnly today, CancellationToken ct)
    {
        var number = input.CaseNumber!.Trim().ToUpperInvariant();
        var @case = await db.Cases.AsNoTracking().Where(c => c.CaseNumber == number)
            .Select(c => new { c.Id, c.CaseNumber, c.CurrentStage, c.Status }).SingleOrDefaultAsync(ct);
        if (@case is null)
        {
            return ChangeResult.Fail(nameof(input.CaseNumber), $"There is no case {number}.");
        }

        if (!InventoryQueries.CanTakeMaterial(@case.CurrentStage, @case.Status))
        {
            return ChangeResult.Fail(nameof(input.CaseNumber), $"{@case.CaseNumber} is not in design, milling or sintering: material is recorded only in those stages.");
        }

        Guid? lotId = null;
        if (item.IsLotTracked)
        {
            lotId = input.LotId ?? await InventoryQueries.Issuable(db.MaterialLots.AsNoTracking().Where(l => l.ItemId == item.Id), today)
                .Where(l => l.QuantityRemaining >= input.Quantity).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
            if (lotId is null)
            {
                return ChangeResult.Fail(nameof(input.LotId), "No lot that is in date and not recalled holds that much: receive stock or choose a smaller quantity.");
            }

            if (await LotRefusalAsync(db, item, lotId.Value, input.Quantity, today, ct) is { } refusal)
            {
                return refusal;
            }
        }

        var now = clock.GetUtcNow();
        await using var tx = await db.BeginResilientTransactionAsync(ct);
        if (await TakeAsync(db, item, lotId, -input.Quantity, today, now, ct) is { } shortage)
        {
            await tx.RollbackAsync(ct);
            return shortage.Result;
        }

        db.Add(new CaseMaterial { CaseId = @case.Id, ItemId = item.Id, LotId = lotId, Quantity = input.Quantity, RecordedById = me, Notes = TextInput.Blank(input.Reason) });
        var ledger = new InventoryTransaction
        {
            ItemId = item.Id,
            Type = InventoryTransactionType.Out,
            Quantity = -input.Quantity,
            QuantityAfter = await QuantityAsync(db, item.Id, ct),
            LotId = lotId,
            CaseId = @case.Id,
            Reference = @case.CaseNumber,
            Reason = TextInput.Blank(input.Reason),
            PerformedById = me,
            OccurredAt = now,
        };
        return await FinishAsync(db, tx, item, ledger, @case.CaseNumber, ct);
    }

    private async Task<ChangeResult> AdjustAsync(LabDbContext db, ItemRef item, MovementInput input, Guid me, CancellationToken ct)
    {
        decimal current;
        if (item.IsLotTracked)
        {
            var lot = await db.MaterialLots.AsNoTracking().Where(l => l.Id == input.LotId && l.ItemId == item.Id)
                .Select(l => new { l.QuantityRemaining, l.QuantityReceived }).SingleOrDefaultAsync(ct);
            if (lot is null)
            {
                return ChangeResult.Fail(nameof(input.LotId), "Choose the lot that was counted.");
            }

            if (input.CountedQuantity > lot.QuantityReceived)
            {
                return ChangeResult.Fail(nameof(input.CountedQuantity), $"A lot cannot hold more than was received ({InventoryLabels.Quantity(lot.QuantityReceived, item.Unit)}).");
            }

            current = lot.QuantityRemaining;
        }
        else
        {
            current = await QuantityAsync(db, item.Id, ct);
        }

        var delta = input.CountedQuantity - current;
        if (delta == 0)
        {
            return ChangeResult.Fail(nameof(input.CountedQuantity), $"The count matches the stock ({InventoryLabels.Quantity(current, item.Unit)}): there is nothing to book.");
        }

        return await BookAsync(db, item, InventoryTransactionType.Adjustment, input.LotId, delta, input, me, ct);
    }

    private Task<ChangeResult> TakeOutAsync(LabDbContext db, ItemRef item, MovementInput input, Guid me, CancellationToken ct) =>
        BookAsync(db, item, input.Kind == MovementKind.Damage ? InventoryTransactionType.Damage : InventoryTransactionType.WriteOff,
            input.LotId, -input.Quantity, input, me, ct);

    private async Task<ChangeResult> BookAsync(LabDbContext db, ItemRef item, InventoryTransactionType type, Guid? lotId, decimal delta, MovementInput input, Guid me, CancellationToken ct)
    {
        if (item.IsLotTracked && !await db.MaterialLots.AnyAsync(l => l.Id == lotId && l.ItemId == item.Id, ct))
        {
            return ChangeResult.Fail(nameof(input.LotId), "Choose the lot.");
        }

        var now = clock.GetUtcNow();
        await using var tx = await db.BeginResilientTransactionAsync(ct);
        if (await TakeAsync(db, item, item.IsLotTracked ? lotId : null, delta, null, now, ct) is { } shortage)
        {
            await tx.RollbackAsync(ct);
            return shortage.Result;
        }

        var ledger = new InventoryTransaction
        {
            ItemId = item.Id,
            Type = type,
            Quantity = delta,
            QuantityAfter = await QuantityAsync(db, item.Id, ct),
            LotId = item.IsLotTracked ? lotId : null,
            Reference = TextInput.Blank(input.Reference),
            Reason = input.Reason!.Trim(),
            PerformedById = me,
            OccurredAt = now,
        };
        return await FinishAsync(db, tx, item, ledger, null, ct);
    }

    private sealed record Shortage(ChangeResult Result);

    /// <summary>The guarded updates of a movement that may take stock out; null when both held, else what to tell the user.</summary>
    private static async Task<Shortage?> TakeAsync(LabDbContext db, ItemRef item, Guid? lotId, decimal delta, DateOnly? issueOn, DateTimeOffset now, CancellationToken ct)
    {
        if (await ApplyItemAsync(db, item.Id, delta, now, ct) is null)
        {
            var left = await db.InventoryItems.AsNoTracking().Where(i => i.Id == item.Id).Select(i => (decimal?)i.QuantityOnHand).SingleOrDefaultAsync(ct);
            return new Shortage(left is null
                ? ChangeResult.Fail("", "Item not found.")
                : ChangeResult.Fail(nameof(MovementInput.Quantity), $"Only {InventoryLabels.Quantity(left.Value, item.Unit)} left in stock: the movement was not booked."));
        }

        if (lotId is { } id && await ApplyLotAsync(db, id, delta, issueOn, now, ct) is null)
        {
            var lot = await db.MaterialLots.AsNoTracking().Where(l => l.Id == id).Select(l => new { l.LotNumber, l.QuantityRemaining, l.QuantityReceived, l.BlockedAt, l.ExpiresOn }).SingleAsync(ct);
            var message = lot.BlockedAt is not null ? $"Lot {lot.LotNumber} was recalled: it cannot be issued."
                : issueOn is { } day && lot.ExpiresOn < day ? $"Lot {lot.LotNumber} expired on {lot.ExpiresOn:yyyy-MM-dd}: it cannot be issued."
                : lot.QuantityRemaining + delta > lot.QuantityReceived ? $"Lot {lot.LotNumber} cannot hold more than was received ({InventoryLabels.Quantity(lot.QuantityReceived, item.Unit)})."
                : $"Only {InventoryLabels.Quantity(lot.QuantityRemaining, item.Unit)} left in lot {lot.LotNumber}: the movement was not booked.";
            return new Shortage(ChangeResult.Fail(lot.BlockedAt is not null || lot.ExpiresOn < issueOn ? nameof(MovementInput.LotId) : nameof(MovementInput.Quantity), message));
        }

        return null;
    }

    /// <summary>Why a lot cannot be issued, checked before the transaction for a clear message (the UPDATE checks again).</summary>
    private static async Task<ChangeResult?> LotRefusalAsync(LabDbContext db, ItemRef item, Guid lotId, decimal quantity, DateOnly today, CancellationToken ct)
    {
        var lot = await db.MaterialLots.AsNoTracking().Where(l => l.Id == lotId && l.ItemId == item.Id)
            .Select(l => new { l.LotNumber, l.ExpiresOn, l.BlockedAt, l.QuantityRemaining }).SingleOrDefaultAsync(ct);
        if (lot is null)
        {
            return ChangeResult.Fail(nameof(MovementInput.LotId), "Choose a lot of this item.");
        }

        if (lot.BlockedAt is not null)
        {
            return ChangeResult.Fail(nameof(MovementInput.LotId), $"Lot {lot.LotNumber} was recalled: it cannot be issued.");
        }

        if (lot.ExpiresOn is { } expires && expires < today)
        {
            return ChangeResult.Fail(nameof(MovementInput.LotId), $"Lot {lot.LotNumber} expired on {expires:yyyy-MM-dd}: it cannot be issued.");
        }

        return lot.QuantityRemaining < quantity
            ? ChangeResult.Fail(nameof(MovementInput.Quantity), $"Only {InventoryLabels.Quantity(lot.QuantityRemaining, item.Unit)} left in lot {lot.LotNumber}.")
            : null;
    }

    /// <summary>Writes the ledger row (and what else is tracked), claims the low-stock notice, commits, then publishes and notifies.</summary>
    private async Task<ChangeResult> FinishAsync(LabDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, ItemRef item, InventoryTransaction ledger, string? caseNumber, CancellationToken ct)
    {
        db.Add(ledger);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            await tx.RollbackAsync(ct);
            return ChangeResult.Fail(nameof(MovementInput.LotNumber), "That lot was received by someone else a moment ago: try again to add to it.");
        }

        var now = ledger.OccurredAt;
        var crossed = await db.Database.ExecuteSqlAsync($"""
            UPDATE inventory_items SET low_stock_notified_at = {now}
             WHERE id = {item.Id} AND quantity_on_hand <= reorder_level AND low_stock_notified_at IS NULL
            """, ct) == 1;
        await db.Database.ExecuteSqlAsync($"""
            UPDATE inventory_items SET low_stock_notified_at = NULL
             WHERE id = {item.Id} AND quantity_on_hand > reorder_level AND low_stock_notified_at IS NOT NULL
            """, ct);
        var reorderLevel = await db.InventoryItems.AsNoTracking().Where(i => i.Id == item.Id).Select(i => i.ReorderLevel).SingleAsync(ct);
        var holders = crossed ? await db.UserIdsHoldingAsync(PermissionCodes.InventoryManage, ct) : [];
        await tx.CommitAsync(ct);

        await bus.PublishAsync(new LiveEvent(LiveEvent.Inventory, LiveKinds.StockChanged, item.Sku, currentUser.UserId), ct);
        if (caseNumber is not null)
        {
            await bus.PublishAsync(new LiveEvent(LiveEvent.ForCase(caseNumber), LiveKinds.StockChanged, caseNumber, currentUser.UserId), ct);
        }

        if (crossed)
        {
            await notifications.NotifyManyAsync(holders, NotificationType.Alert, $"Low stock: {item.Sku}",
                $"{item.Name} is down to {InventoryLabels.Quantity(ledger.QuantityAfter, item.Unit)} (reorder level {InventoryLabels.Quantity(reorderLevel, item.Unit)}).",
                $"/inventory/{Uri.EscapeDataString(item.Sku)}", new { sku = item.Sku }, ct);
        }

        return ChangeResult.Ok();
    }

    private static Task<decimal> QuantityAsync(LabDbContext db, Guid itemId, CancellationToken ct) =>
        db.InventoryItems.AsNoTracking().Where(i => i.Id == itemId).Select(i => i.QuantityOnHand).SingleAsync(ct);

    private static ChangeResult Validate(MovementInput input, ItemRef item, DateOnly today)
    {
        var result = new ChangeResult();
        if (input.Kind != MovementKind.Adjust)
        {
            if (input.Quantity <= 0 || input.Quantity > MaxQuantity || decimal.Round(input.Quantity, 3) != input.Quantity)
            {
                result.Errors[nameof(input.Quantity)] = "Enter a quantity above zero, with at most three decimals.";
            }
        }
        else if (input.CountedQuantity < 0 || input.CountedQuantity > MaxQuantity || decimal.Round(input.CountedQuantity, 3) != input.CountedQuantity)
        {
            result.Errors[nameof(input.CountedQuantity)] = "Enter what the count found: zero or more, with at most three decimals.";
        }

        if (TextInput.Blank(input.Reference)?.Length > 100)
        {
            result.Errors[nameof(input.Reference)] = "Use at most 100 characters.";
        }

        var reason = TextInput.Blank(input.Reason);
        if (reason?.Length > 500)
        {
            result.Errors[nameof(input.Reason)] = "Use at most 500 characters.";
        }
        else if (reason is null && input.Kind is MovementKind.Adjust or MovementKind.Damage or MovementKind.WriteOff)
        {
            result.Errors[nameof(input.Reason)] = "Say why the stock changes.";
        }

        switch (input.Kind)
        {
            case MovementKind.Receive:
                if (input.UnitCost is < 0 or > 1_000_000 || (input.UnitCost is { } cost && decimal.Round(cost, 2) != cost))
                {
                    result.Errors[nameof(input.UnitCost)] = "Enter a unit cost of zero or more, in cents at most.";
                }

                if (item.IsLotTracked)
                {
                    var lot = TextInput.Blank(input.LotNumber);
                    if (lot is null || lot.Length > 100)
                    {
                        result.Errors[nameof(input.LotNumber)] = lot is null ? "This item is lot-tracked: enter the lot number from the label." : "Use at most 100 characters.";
                    }

                    if (input.ExpiresOn is not { } expires)
                    {
                        result.Errors[nameof(input.ExpiresOn)] = "This item is lot-tracked: enter the expiry date from the label.";
                    }
                    else if (DateOnly.FromDateTime(expires) < today)
                    {
                        result.Errors[nameof(input.ExpiresOn)] = "This lot has already expired: do not receive it.";
                    }
                }

                break;
            case MovementKind.Issue:
                if (TextInput.Blank(input.CaseNumber) is null)
                {
                    result.Errors[nameof(input.CaseNumber)] = "Enter or scan the case number.";
                }

                break;
            default:
                if (item.IsLotTracked && input.LotId is null)
                {
                    result.Errors[nameof(input.LotId)] = "This item is lot-tracked: choose the lot.";
                }

                break;
        }

        return result;
    }

    private sealed record ItemRef(Guid Id, string Sku, string Name, string Unit, bool IsLotTracked, Guid? SupplierId, decimal UnitCost, decimal QuantityOnHand);
}
