using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Text;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Inventory;

/// <summary>
/// Creating and editing items (inventory.manage). The quantity on hand is not part of an edit: a new item starts at zero
/// and only movements change it (EF is also configured never to write quantity_on_hand on an update).
/// </summary>
public sealed class InventoryService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, LiveEventBus bus)
{
    private const string ConflictMessage = "Someone else changed this item (or booked a movement) at the same time. Reload it and try again.";

    /// <summary>Creates an item with no stock; returns its SKU.</summary>
    public async Task<(ChangeResult Result, string? Sku)> CreateAsync(ItemInput input, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var result = await ValidateAsync(db, input, null, ct);
        if (!result.Succeeded)
        {
            return (result, null);
        }

        var item = new InventoryItem { QuantityOnHand = 0 };
        Apply(item, input);
        db.Add(item);
        if (await SaveAsync(db, ct) is { } failed)
        {
            return (failed, null);
        }

        await bus.PublishAsync(new LiveEvent(LiveEvent.Inventory, LiveKinds.StockChanged, item.Sku, currentUser.UserId), ct);
        return (ChangeResult.Ok(), item.Sku);
    }

    /// <summary>Edits an item's details (never its stock); <paramref name="version"/> is the xmin the form was loaded with.</summary>
    public async Task<ChangeResult> UpdateAsync(string sku, ItemInput input, uint version, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.InventoryItems.SingleOrDefaultAsync(i => i.Sku == sku, ct);
        if (item is null)
        {
            return ChangeResult.Fail("", "Item not found.");
        }

        if (item.IsLotTracked && !input.IsLotTracked && await db.MaterialLots.AnyAsync(l => l.ItemId == item.Id && l.QuantityRemaining > 0, ct))
        {
            return ChangeResult.Fail(nameof(input.IsLotTracked), "Lots of this item still hold stock: it stays lot-tracked until they are used or written off.");
        }

        var result = await ValidateAsync(db, input, item.Id, ct);
        if (!result.Succeeded)
        {
            return result;
        }

        db.Entry(item).Property(i => i.Version).OriginalValue = version;
        Apply(item, input);
        if (await SaveAsync(db, ct) is { } failed)
        {
            return failed;
        }

        await bus.PublishAsync(new LiveEvent(LiveEvent.Inventory, LiveKinds.StockChanged, item.Sku, currentUser.UserId), ct);
        return ChangeResult.Ok();
    }

    private static void Apply(InventoryItem item, ItemInput input)
    {
        item.Sku = input.Sku.Trim().ToUpperInvariant();
        item.Name = input.Name.Trim();
        item.Description = TextInput.Blank(input.Description);
        item.Category = input.Category;
        item.Unit = input.Unit.Trim();
        item.ReorderLevel = input.ReorderLevel;
        item.ReorderQuantity = input.ReorderQuantity;
        item.UnitCost = input.UnitCost;
        item.SupplierId = input.SupplierId;
        item.Location = TextInput.Blank(input.Location);
        item.IsLotTracked = input.IsLotTracked;
    }

    private static async Task<ChangeResult> ValidateAsync(LabDbContext db, ItemInput input, Guid? itemId, CancellationToken ct)
    {
        var result = new ChangeResult();
        var sku = input.Sku?.Trim().ToUpperInvariant() ?? "";
        if (sku.Length == 0 || sku.Length > 64)
        {
            result.Errors[nameof(input.Sku)] = sku.Length == 0 ? "Enter the SKU." : "Use at most 64 characters.";
        }
        else if (!sku.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            result.Errors[nameof(input.Sku)] = "Use letters, digits, '-', '_' and '.' only (the SKU is part of the item's address).";
        }
        else if (await db.InventoryItems.IgnoreQueryFilters().AnyAsync(i => i.Sku == sku && i.Id != itemId, ct))
        {
            result.Errors[nameof(input.Sku)] = $"Another item already has SKU {sku}.";
        }

        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            result.Errors[nameof(input.Name)] = name.Length == 0 ? "Enter the item's name." : "Use at most 200 characters.";
        }

        var unit = input.Unit?.Trim() ?? "";
        if (unit.Length is 0 or > 20)
        {
            result.Errors[nameof(input.Unit)] = unit.Length == 0 ? "Enter the stock unit (pcs, disc, g, ml...)." : "Use at most 20 characters.";
        }

        if (TextInput.Blank(input.Description)?.Length > 2000)
        {
            result.Errors[nameof(input.Description)] = "Use at most 2000 characters.";
        }

        if (TextInput.Blank(input.Location)?.Length > 100)
        {
            result.Errors[nameof(input.Location)] = "Use at most 100 characters.";
        }

        Quantity(result, nameof(input.ReorderLevel), input.ReorderLevel);
        Quantity(result, nameof(input.ReorderQuantity), input.ReorderQuantity);
        if (input.UnitCost < 0 || input.UnitCost > 1_000_000 || decimal.Round(input.UnitCost, 2) != input.UnitCost)
        {
            result.Errors[nameof(input.UnitCost)] = "Enter a unit cost of zero or more, in cents at most.";
        }

        if (input.SupplierId is { } supplier && !await db.Suppliers.AnyAsync(s => s.Id == supplier, ct))
        {
            result.Errors[nameof(input.SupplierId)] = "Choose a supplier from the list.";
        }

        return result;
    }

    private static void Quantity(ChangeResult result, string field, decimal value)
    {
        if (value < 0 || value > 1_000_000 || decimal.Round(value, 3) != value)
        {
            result.Errors[field] = "Enter zero or more, with at most three decimals.";
        }
    }

    private static async Task<ChangeResult?> SaveAsync(LabDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Conflicted(ConflictMessage);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return ChangeResult.Fail(nameof(ItemInput.Sku), "Another item already has this SKU.");
        }
    }
}
