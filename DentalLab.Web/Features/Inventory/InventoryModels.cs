using System.Globalization;
using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Inventory;

/// <summary>The item list's view: every part of it lives in the query string (q, category, supplier, location, low, lots, expiring, sort, desc, page, size).</summary>
public sealed record InventoryListQuery
{
    public const int DefaultPageSize = 25;

    public static readonly IReadOnlyList<string> SortKeys = ["sku", "name", "category", "supplier", "location", "onhand", "reorder", "value"];

    /// <summary>SKU, name or lot number.</summary>
    public string? Search { get; init; }

    public InventoryCategory? Category { get; init; }

    public Guid? SupplierId { get; init; }

    public string? Location { get; init; }

    public bool LowStockOnly { get; init; }

    public bool LotTrackedOnly { get; init; }

    /// <summary>Items with a lot (still holding stock) that expires within this many days (or has expired).</summary>
    public int? ExpiringWithinDays { get; init; }

    public string Sort { get; init; } = "sku";

    public bool Descending { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    public static InventoryListQuery Parse(Func<string, string?> get) => new()
    {
        Search = string.IsNullOrWhiteSpace(get("q")) ? null : get("q")!.Trim(),
        Category = InventoryLabels.CategoryFromSlug(get("category")),
        SupplierId = Guid.TryParse(get("supplier"), out var supplier) ? supplier : null,
        Location = string.IsNullOrWhiteSpace(get("location")) ? null : get("location")!.Trim(),
        LowStockOnly = get("low") is "true" or "1",
        LotTrackedOnly = get("lots") is "true" or "1",
        ExpiringWithinDays = int.TryParse(get("expiring"), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 0 and <= 3650 ? days : null,
        Sort = SortKeys.Contains(get("sort") ?? "") ? get("sort")! : "sku",
        Descending = get("desc") is "true" or "1",
        Page = int.TryParse(get("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1,
        PageSize = int.TryParse(get("size"), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is > 0 and <= 200 ? size : DefaultPageSize,
    };

    /// <summary>The non-default parameters, for NavigationManager.GetUriWithQueryParameters (null removes one).</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["q"] = Search,
        ["category"] = Category is { } category ? InventoryLabels.Slug(category) : null,
        ["supplier"] = SupplierId?.ToString(),
        ["location"] = Location,
        ["low"] = LowStockOnly ? "true" : null,
        ["lots"] = LotTrackedOnly ? "true" : null,
        ["expiring"] = ExpiringWithinDays?.ToString(CultureInfo.InvariantCulture),
        ["sort"] = Sort == "sku" ? null : Sort,
        ["desc"] = Descending ? "true" : null,
        ["page"] = Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null,
        ["size"] = PageSize != DefaultPageSize ? PageSize.ToString(CultureInfo.InvariantCulture) : null,
    };

    public string ToQueryString()
    {
        var parts = ToQuery().Where(p => p.Value is not null)
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString((string)p.Value!))
            .ToList();
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}

public sealed record InventoryRow(
    string Sku,
    string Name,
    InventoryCategory Category,
    string Unit,
    decimal QuantityOnHand,
    decimal ReorderLevel,
    decimal ReorderQuantity,
    decimal UnitCost,
    string? Supplier,
    string? Location,
    bool IsLotTracked,
    DateOnly? NextExpiry)
{
    public bool IsLowStock => QuantityOnHand <= ReorderLevel;

    public decimal StockValue => QuantityOnHand * UnitCost;
}

/// <summary>A lot whose number matched the search: the recall screen is one click away.</summary>
public sealed record LotHit(Guid Id, string LotNumber, string Sku, string ItemName);

public sealed record InventoryListResult(
    IReadOnlyList<InventoryRow> Rows, int Total, decimal StockValue, string Currency, DateOnly Today, IReadOnlyList<LotHit> Lots);

public sealed record Option(Guid Id, string Name);

public sealed record LotInfo(
    Guid Id, string LotNumber, DateOnly ReceivedOn, DateOnly? ExpiresOn, decimal QuantityReceived, decimal QuantityRemaining,
    string? Supplier, bool IsBlocked)
{
    public bool IsExpired(DateOnly today) => ExpiresOn is { } e && e < today;

    public bool IsExpiring(DateOnly today, int warningDays) => ExpiresOn is { } e && e >= today && e <= today.AddDays(warningDays);

    /// <summary>What the issue form shows in its lot picker.</summary>
    public string Describe(string unit) =>
        $"{LotNumber} — {QuantityRemaining.ToString("0.###", CultureInfo.InvariantCulture)} {unit} left" + (ExpiresOn is { } e ? $", expires {e:yyyy-MM-dd}" : "");
}

public sealed record UsageMonth(int Year, int Month, decimal Quantity)
{
    public string Label => new DateOnly(Year, Month, 1).ToString("MMM yy", CultureInfo.InvariantCulture);
}

public sealed record ItemDetail(
    Guid Id,
    string Sku,
    string Name,
    string? Description,
    InventoryCategory Category,
    string Unit,
    decimal QuantityOnHand,
    decimal ReorderLevel,
    decimal ReorderQuantity,
    decimal UnitCost,
    Guid? SupplierId,
    string? Supplier,
    string? Location,
    bool IsLotTracked,
    uint Version,
    IReadOnlyList<LotInfo> Lots,
    IReadOnlyList<UsageMonth> Usage,
    DateOnly Today,
    TimeZoneInfo TimeZone,
    string Currency,
    int ExpiryWarningDays)
{
    public bool IsLowStock => QuantityOnHand <= ReorderLevel;
}

public sealed record LedgerRow(
    Guid Id,
    DateTimeOffset OccurredAt,
    InventoryTransactionType Type,
    decimal Quantity,
    decimal QuantityAfter,
    Guid? LotId,
    string? LotNumber,
    string? CaseNumber,
    string? Reference,
    string? Reason,
    string? PerformedBy);

public sealed record LedgerPage(IReadOnlyList<LedgerRow> Rows, int Total);

/// <summary>What the item dialog binds to; the quantity on hand is not here: only movements change stock.</summary>
public sealed class ItemInput
{
    public string Sku { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public InventoryCategory Category { get; set; } = InventoryCategory.Materials;

    public string Unit { get; set; } = "pcs";

    public decimal ReorderLevel { get; set; }

    public decimal ReorderQuantity { get; set; }

    public decimal UnitCost { get; set; }

    public Guid? SupplierId { get; set; }

    public string? Location { get; set; }

    public bool IsLotTracked { get; set; }

    public static ItemInput From(ItemDetail d) => new()
    {
        Sku = d.Sku, Name = d.Name, Description = d.Description, Category = d.Category, Unit = d.Unit, ReorderLevel = d.ReorderLevel,
        ReorderQuantity = d.ReorderQuantity, UnitCost = d.UnitCost, SupplierId = d.SupplierId, Location = d.Location, IsLotTracked = d.IsLotTracked,
    };
}

public enum MovementKind { Receive, Issue, Adjust, Damage, WriteOff }

/// <summary>One form for every movement; the service reads the fields its kind needs and validates them.</summary>
public sealed class MovementInput
{
    public MovementKind Kind { get; set; }

    /// <summary>Received, issued, damaged or written off (positive).</summary>
    public decimal Quantity { get; set; }

    /// <summary>An adjustment: what the count found (of the lot, for a lot-tracked item).</summary>
    public decimal CountedQuantity { get; set; }

    public decimal? UnitCost { get; set; }

    public Guid? SupplierId { get; set; }

    /// <summary>Receive: the department the stock was bought for; its value counts against that department's budget.</summary>
    public Guid? DepartmentId { get; set; }

    public string? Reference { get; set; }

    /// <summary>Receive: the manufacturer's lot number.</summary>
    public string? LotNumber { get; set; }

    public DateTime? ExpiresOn { get; set; }

    /// <summary>Issue, adjust, damage, write-off: the lot it comes from.</summary>
    public Guid? LotId { get; set; }

    public string? CaseNumber { get; set; }

    public string? Reason { get; set; }
}

public sealed record CaseMaterialRow(Guid Id, string Sku, string ItemName, string Unit, decimal Quantity, Guid? LotId, string? LotNumber, DateOnly? LotExpires, bool LotRecalled, string? RecordedBy, DateTimeOffset RecordedAt);

public sealed record CaseMaterials(Guid CaseId, WorkflowStageName? Stage, bool CanRecordNow, IReadOnlyList<CaseMaterialRow> Rows, TimeZoneInfo TimeZone);

public sealed record ItemOption(string Sku, string Name, string Unit, bool IsLotTracked, decimal QuantityOnHand)
{
    public override string ToString() => $"{Sku} — {Name}";
}

public sealed record ReorderLine(string Sku, string Name, string Unit, decimal QuantityOnHand, decimal ReorderLevel, decimal SuggestedQuantity, decimal UnitCost)
{
    public decimal Cost => SuggestedQuantity * UnitCost;
}

public sealed record ReorderGroup(Guid? SupplierId, string Supplier, string? Email, int? LeadTimeDays, IReadOnlyList<ReorderLine> Lines)
{
    public decimal Total => Lines.Sum(l => l.Cost);
}

public sealed record ReorderList(IReadOnlyList<ReorderGroup> Groups, DateOnly Today, string Currency);

public sealed record RecallCase(
    string CaseNumber, string Dentist, string Practice, Guid DentistId, string? PatientCode, decimal Quantity, DateTimeOffset UsedAt,
    DateTimeOffset? DeliveredAt, CaseStatus Status, WorkflowStageName? Stage);

public sealed record RecallInfo(string? RecalledBy, DateTimeOffset RecalledAt, string Reason, int AffectedCases, int DentistsInformed);

public sealed record LotDetail(
    Guid Id, string LotNumber, string Sku, string ItemName, string Unit, string? Supplier, DateOnly ReceivedOn, DateOnly? ExpiresOn,
    decimal QuantityReceived, decimal QuantityRemaining, bool IsBlocked, RecallInfo? Recall, IReadOnlyList<RecallCase> Cases,
    int CaseCount, int DentistCount, DateOnly Today, TimeZoneInfo TimeZone);
