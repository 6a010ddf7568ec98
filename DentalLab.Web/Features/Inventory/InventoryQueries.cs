using System.Runtime.CompilerServices;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Inventory;

/// <summary>Reads of the inventory module (inventory.view; the recall screen inventory.manage). Nothing here changes data.</summary>
public sealed class InventoryQueries(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, LabSettings settings)
{
    public const string ExpiryWarningKey = "inventory.expiry_warning_days";

    /// <summary>Stages in which a case takes material: design, milling, sintering.</summary>
    public static readonly IReadOnlySet<WorkflowStageName> UsageStages =
        new HashSet<WorkflowStageName> { WorkflowStageName.Design, WorkflowStageName.Milling, WorkflowStageName.Sintering };

    public async Task<InventoryListResult> ListAsync(InventoryListQuery query, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryView, ct);
        var today = await settings.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filtered = Filtered(db, query, today);
        // Count and stock value of the filtered set in one round trip.
        var totals = await filtered.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Value = g.Sum(i => i.QuantityOnHand * i.UnitCost) })
            .SingleOrDefaultAsync(ct);
        var (total, value) = (totals?.Count ?? 0, totals?.Value ?? 0m);
        var rows = await Project(Sorted(filtered, query)).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(ct);
        IReadOnlyList<LotHit> lots = [];
        if (query.Search is { } search)
        {
            var pattern = TextInput.ContainsPattern(search);
            lots = await db.MaterialLots.AsNoTracking().Where(l => EF.Functions.ILike(l.LotNumber, pattern, "\\"))
                .OrderBy(l => l.LotNumber).Take(8)
                .Select(l => new LotHit(l.Id, l.LotNumber, l.Item!.Sku, l.Item.Name)).ToListAsync(ct);
        }

        return new InventoryListResult(rows, total, value, await CurrencyAsync(), today, lots);
    }

    /// <summary>The filtered list in its order, every row (the CSV export).</summary>
    public async IAsyncEnumerable<InventoryRow> ExportAsync(InventoryListQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryView, ct);
        var today = await settings.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Project(Sorted(Filtered(db, query, today), query)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    public async Task<IReadOnlyList<Option>> SuppliersAsync(bool activeOnly = false, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Suppliers.AsNoTracking().Where(s => !activeOnly || s.IsActive).OrderBy(s => s.Name)
            .Select(s => new Option(s.Id, s.Name)).ToListAsync(ct);
    }

    /// <summary>Active departments, for booking a receipt to the department it was bought for.</summary>
    public async Task<IReadOnlyList<Option>> DepartmentsAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Name).Select(d => new Option(d.Id, d.Name)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<string>> LocationsAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.InventoryItems.AsNoTracking().Where(i => i.Location != null).Select(i => i.Location!).Distinct().OrderBy(l => l).ToListAsync(ct);
    }

    public async Task<int> LowStockCountAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.InventoryItems.CountAsync(i => i.QuantityOnHand <= i.ReorderLevel, ct);
    }

    /// <summary>An item with its lots and its use over the last 12 months; null when there is no such SKU.</summary>
    public async Task<ItemDetail?> ItemAsync(string sku, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryView, ct);
        var today = await settings.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.InventoryItems.AsNoTracking().Where(i => i.Sku == sku)
            .Select(i => new
            {
                i.Id, i.Sku, i.Name, i.Description, i.Category, i.Unit, i.QuantityOnHand, i.ReorderLevel, i.ReorderQuantity, i.UnitCost,
                i.SupplierId, Supplier = i.Supplier!.Name, i.Location, i.IsLotTracked, i.Version,
            })
            .SingleOrDefaultAsync(ct);
        if (item is null)
        {
            return null;
        }

        var lots = await LotsOf(db, item.Id).ToListAsync(ct);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var from = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var used = await db.InventoryTransactions.AsNoTracking()
            .Where(t => t.ItemId == item.Id && t.Type == InventoryTransactionType.Out && t.OccurredAt >= from)
            .GroupBy(t => new { t.OccurredAt.Year, t.OccurredAt.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Quantity = -g.Sum(t => t.Quantity) })
            .ToListAsync(ct);
        var usage = Enumerable.Range(0, 12).Select(m => first.AddMonths(m))
            .Select(d => new UsageMonth(d.Year, d.Month, used.Where(u => u.Year == d.Year && u.Month == d.Month).Sum(u => u.Quantity)))
            .ToList();
        return new ItemDetail(
            item.Id, item.Sku, item.Name, item.Description, item.Category, item.Unit, item.QuantityOnHand, item.ReorderLevel, item.ReorderQuantity,
            item.UnitCost, item.SupplierId, item.Supplier, item.Location, item.IsLotTracked, item.Version, lots, usage, today,
            await settings.TimeZoneAsync(), await CurrencyAsync(), await settings.GetIntAsync(ExpiryWarningKey, 30));
    }

    /// <summary>One page of an item's ledger, newest first.</summary>
    public async Task<LedgerPage> LedgerAsync(Guid itemId, int page, int pageSize, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ledger = db.InventoryTransactions.AsNoTracking().Where(t => t.ItemId == itemId);
        var total = await ledger.CountAsync(ct);
        var rows = await ledger.OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id)
            .Skip((Math.Max(1, page) - 1) * pageSize).Take(pageSize)
            .Select(t => new LedgerRow(t.Id, t.OccurredAt, t.Type, t.Quantity, t.QuantityAfter, t.LotId, t.Lot!.LotNumber, t.Case!.CaseNumber,
                t.Reference, t.Reason, t.PerformedBy!.FullName))
            .ToListAsync(ct);
        return new LedgerPage(rows, total);
    }

    /// <summary>Items to pick in the case page's usage form (SKU or name).</summary>
    public async Task<IReadOnlyList<ItemOption>> ItemOptionsAsync(string? search, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var items = db.InventoryItems.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = TextInput.ContainsPattern(search);
            items = items.Where(i => EF.Functions.ILike(i.Sku, pattern, "\\") || EF.Functions.ILike(i.Name, pattern, "\\"));
        }

        return await items.OrderBy(i => i.Sku).Take(30)
            .Select(i => new ItemOption(i.Sku, i.Name, i.Unit, i.IsLotTracked, i.QuantityOnHand)).ToListAsync(ct);
    }

    /// <summary>The lots of an item that can be issued today: stock left, not expired, not recalled; earliest expiry first.</summary>
    public async Task<IReadOnlyList<LotInfo>> IssuableLotsAsync(string sku, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryView, ct);
        var today = await settings.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Issuable(db.MaterialLots.AsNoTracking().Where(l => l.Item!.Sku == sku), today)
            .Select(l => new LotInfo(l.Id, l.LotNumber, l.ReceivedOn, l.ExpiresOn, l.QuantityReceived, l.QuantityRemaining, l.Supplier!.Name, l.BlockedAt != null))
            .ToListAsync(ct);
    }

    /// <summary>The materials recorded on a case (shown on the case page to holders of inventory.view); null when the case is not there.</summary>
    public async Task<CaseMaterials?> CaseMaterialsAsync(string caseNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @case = await db.Cases.AsNoTracking().Where(c => c.CaseNumber == caseNumber)
            .Select(c => new { c.Id, c.CurrentStage, c.Status }).SingleOrDefaultAsync(ct);
        if (@case is null)
        {
            return null;
        }

        var rows = await db.CaseMaterials.AsNoTracking().Where(m => m.CaseId == @case.Id).OrderBy(m => m.CreatedAt)
            .Select(m => new CaseMaterialRow(m.Id, m.Item!.Sku, m.Item.Name, m.Item.Unit, m.Quantity, m.LotId, m.Lot!.LotNumber, m.Lot.ExpiresOn,
                m.Lot.BlockedAt != null, m.RecordedBy!.FullName, m.CreatedAt))
            .ToListAsync(ct);
        return new CaseMaterials(@case.Id, @case.CurrentStage, CanTakeMaterial(@case.CurrentStage, @case.Status), rows, await settings.TimeZoneAsync());
    }

    /// <summary>Items at or below their reorder level, grouped by supplier, with the quantity to order.</summary>
    public async Task<ReorderList> ReorderListAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var items = await db.InventoryItems.AsNoTracking().Where(i => i.QuantityOnHand <= i.ReorderLevel).OrderBy(i => i.Sku)
            .Select(i => new
            {
                i.SupplierId, Supplier = i.Supplier!.Name, i.Supplier.Email, i.Supplier.LeadTimeDays,
                Line = new ReorderLine(i.Sku, i.Name, i.Unit, i.QuantityOnHand, i.ReorderLevel, 0, i.UnitCost), i.ReorderQuantity,
            })
            .ToListAsync(ct);
        var groups = items.GroupBy(i => i.SupplierId)
            .Select(g => new ReorderGroup(g.Key, g.First().Supplier ?? "No supplier", g.First().Email, g.First().LeadTimeDays,
                [.. g.Select(i => i.Line with { SuggestedQuantity = SuggestedQuantity(i.Line.QuantityOnHand, i.Line.ReorderLevel, i.ReorderQuantity) })]))
            .OrderBy(g => g.SupplierId is null).ThenBy(g => g.Supplier, StringComparer.Ordinal)
            .ToList();
        return new ReorderList(groups, await settings.TodayAsync(), await CurrencyAsync());
    }

    /// <summary>
    /// The order that brings the item back above its reorder level: at least the reorder quantity, more when the shortfall is larger.
    /// </summary>
    public static decimal SuggestedQuantity(decimal onHand, decimal reorderLevel, decimal reorderQuantity) =>
        Math.Max(reorderQuantity, Math.Ceiling(reorderLevel - onHand + 1));

    /// <summary>
    /// A lot for the recall screen: how many cases and dentists used it, and the first <paramref name="take"/> of those
    /// cases by case number (the documents and the recall itself read them all); null when there is no such lot.
    /// </summary>
    public async Task<LotDetail?> LotAsync(Guid lotId, int take = LotPageSize, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LotDetailAsync(db, lotId, await settings.TodayAsync(), await settings.TimeZoneAsync(), ct, Math.Clamp(take, 1, 100_000));
    }

    /// <summary>How many affected cases the recall screen shows at first (and adds per "show more").</summary>
    public const int LotPageSize = 200;

    internal static async Task<LotDetail?> LotDetailAsync(LabDbContext db, Guid lotId, DateOnly today, TimeZoneInfo zone, CancellationToken ct, int? take = null)
    {
        var lot = await db.MaterialLots.AsNoTracking().Where(l => l.Id == lotId)
            .Select(l => new
            {
                l.Id, l.LotNumber, l.Item!.Sku, l.Item.Name, l.Item.Unit, Supplier = l.Supplier!.Name, l.ReceivedOn, l.ExpiresOn,
                l.QuantityReceived, l.QuantityRemaining, l.BlockedAt,
                Recall = l.Recalls.Select(r => new RecallInfo(r.RecalledBy!.FullName, r.RecalledAt, r.Reason, r.AffectedCases, r.DentistsInformed)).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (lot is null)
        {
            return null;
        }

        var used = db.Cases.AsNoTracking().Where(c => db.CaseMaterials.Any(m => m.LotId == lotId && m.CaseId == c.Id));
        var counts = await used.GroupBy(_ => 1)
            .Select(g => new { Cases = g.Count(), Dentists = g.Select(c => c.DentistId).Distinct().Count() })
            .FirstOrDefaultAsync(ct);
        var (caseCount, dentistCount) = (counts?.Cases ?? 0, counts?.Dentists ?? 0);
        var cases = await RecallCasesAsync(db, lotId, ct, take);
        return new LotDetail(lot.Id, lot.LotNumber, lot.Sku, lot.Name, lot.Unit, lot.Supplier, lot.ReceivedOn, lot.ExpiresOn, lot.QuantityReceived,
            lot.QuantityRemaining, lot.BlockedAt is not null, lot.Recall, cases, caseCount, dentistCount, today, zone);
    }

    /// <summary>
    /// The cases that took material from the lot, once per case (quantities added up, first use), by case number; all of
    /// them, or the first <paramref name="take"/>. Grouped and paged in the database (a lot can be in 10,000 cases).
    /// </summary>
    internal static async Task<IReadOnlyList<RecallCase>> RecallCasesAsync(LabDbContext db, Guid lotId, CancellationToken ct, int? take = null)
    {
        var uses = db.CaseMaterials.Where(m => m.LotId == lotId)
            .GroupBy(m => m.CaseId)
            .Select(g => new { CaseId = g.Key, Quantity = g.Sum(m => m.Quantity), UsedAt = g.Min(m => m.CreatedAt) });
        var ordered = from c in db.Cases.AsNoTracking()
                      join u in uses on c.Id equals u.CaseId
                      orderby c.CaseNumber
                      select new RecallCase(c.CaseNumber, c.Dentist!.DentistName, c.Dentist.PracticeName, c.DentistId, c.PatientCode ?? c.PatientName,
                          u.Quantity, u.UsedAt, c.DeliveredAt, c.Status, c.CurrentStage);
        return await (take is { } n ? ordered.Take(n) : ordered).ToListAsync(ct);
    }

    internal static bool CanTakeMaterial(WorkflowStageName? stage, CaseStatus status) =>
        stage is { } s && UsageStages.Contains(s) && status is not (CaseStatus.OnHold or CaseStatus.Cancelled or CaseStatus.Delivered);

    internal static IQueryable<MaterialLot> Issuable(IQueryable<MaterialLot> lots, DateOnly today) =>
        lots.Where(l => l.QuantityRemaining > 0 && l.BlockedAt == null && (l.ExpiresOn == null || l.ExpiresOn >= today))
            .OrderBy(l => l.ExpiresOn == null).ThenBy(l => l.ExpiresOn).ThenBy(l => l.ReceivedOn);

    internal static IQueryable<LotInfo> LotsOf(LabDbContext db, Guid itemId) =>
        db.MaterialLots.AsNoTracking().Where(l => l.ItemId == itemId)
            .OrderByDescending(l => l.QuantityRemaining > 0).ThenBy(l => l.ExpiresOn).ThenByDescending(l => l.ReceivedOn)
            .Select(l => new LotInfo(l.Id, l.LotNumber, l.ReceivedOn, l.ExpiresOn, l.QuantityReceived, l.QuantityRemaining, l.Supplier!.Name, l.BlockedAt != null));

    private Task<string> CurrencyAsync() => settings.GetStringAsync("billing.currency", "USD");

    private static IQueryable<InventoryItem> Filtered(LabDbContext db, InventoryListQuery q, DateOnly today)
    {
        var items = db.InventoryItems.AsNoTracking();
        if (q.Search is { } search)
        {
            var pattern = TextInput.ContainsPattern(search);
            items = items.Where(i => EF.Functions.ILike(i.Sku, pattern, "\\") || EF.Functions.ILike(i.Name, pattern, "\\")
                || i.Lots.Any(l => EF.Functions.ILike(l.LotNumber, pattern, "\\")));
        }

        if (q.Category is { } category)
        {
            items = items.Where(i => i.Category == category);
        }

        if (q.SupplierId is { } supplier)
        {
            items = items.Where(i => i.SupplierId == supplier);
        }

        if (q.Location is { } location)
        {
            items = items.Where(i => i.Location == location);
        }

        if (q.LowStockOnly)
        {
            items = items.Where(i => i.QuantityOnHand <= i.ReorderLevel);
        }

        if (q.LotTrackedOnly)
        {
            items = items.Where(i => i.IsLotTracked);
        }

        if (q.ExpiringWithinDays is { } days)
        {
            var until = today.AddDays(days);
            items = items.Where(i => i.Lots.Any(l => l.QuantityRemaining > 0 && l.ExpiresOn != null && l.ExpiresOn <= until));
        }

        return items;
    }

    private static IQueryable<InventoryItem> Sorted(IQueryable<InventoryItem> items, InventoryListQuery q) => (q.Sort, q.Descending) switch
    {
        ("name", false) => items.OrderBy(i => i.Name).ThenBy(i => i.Sku),
        ("name", true) => items.OrderByDescending(i => i.Name).ThenBy(i => i.Sku),
        ("category", false) => items.OrderBy(i => i.Category).ThenBy(i => i.Sku),
        ("category", true) => items.OrderByDescending(i => i.Category).ThenBy(i => i.Sku),
        ("supplier", false) => items.OrderBy(i => i.Supplier!.Name).ThenBy(i => i.Sku),
        ("supplier", true) => items.OrderByDescending(i => i.Supplier!.Name).ThenBy(i => i.Sku),
        ("location", false) => items.OrderBy(i => i.Location).ThenBy(i => i.Sku),
        ("location", true) => items.OrderByDescending(i => i.Location).ThenBy(i => i.Sku),
        ("onhand", false) => items.OrderBy(i => i.QuantityOnHand).ThenBy(i => i.Sku),
        ("onhand", true) => items.OrderByDescending(i => i.QuantityOnHand).ThenBy(i => i.Sku),
        ("reorder", false) => items.OrderBy(i => i.ReorderLevel).ThenBy(i => i.Sku),
        ("reorder", true) => items.OrderByDescending(i => i.ReorderLevel).ThenBy(i => i.Sku),
        ("value", false) => items.OrderBy(i => i.QuantityOnHand * i.UnitCost).ThenBy(i => i.Sku),
        ("value", true) => items.OrderByDescending(i => i.QuantityOnHand * i.UnitCost).ThenBy(i => i.Sku),
        (_, true) => items.OrderByDescending(i => i.Sku),
        _ => items.OrderBy(i => i.Sku),
    };

    private static IQueryable<InventoryRow> Project(IQueryable<InventoryItem> items) =>
        items.Select(i => new InventoryRow(i.Sku, i.Name, i.Category, i.Unit, i.QuantityOnHand, i.ReorderLevel, i.ReorderQuantity, i.UnitCost,
            i.Supplier!.Name, i.Location, i.IsLotTracked,
            i.Lots.Where(l => l.QuantityRemaining > 0 && l.BlockedAt == null).Min(l => l.ExpiresOn)));
}
