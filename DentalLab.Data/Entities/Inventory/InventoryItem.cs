namespace DentalLab.Data.Entities;

/// <summary>A stocked article (zirconia disc, resin, burs...); quantity_on_hand is kept by its transactions.</summary>
public class InventoryItem : Entity, ISoftDeletable, IAudited
{
    public string Sku { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public InventoryCategory Category { get; set; }

    /// <summary>The stock unit: disc, g, ml, pcs...</summary>
    public string Unit { get; set; } = "pcs";

    /// <summary>Never negative (CHECK); changed only together with an <see cref="InventoryTransaction"/>.</summary>
    public decimal QuantityOnHand { get; set; }

    public decimal ReorderLevel { get; set; }

    public decimal ReorderQuantity { get; set; }

    public decimal UnitCost { get; set; }

    public Guid? SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    /// <summary>Shelf, cabinet or room.</summary>
    public string? Location { get; set; }

    /// <summary>Whether movements must name a <see cref="MaterialLot"/> (materials that go into devices).</summary>
    public bool IsLotTracked { get; set; }

    /// <summary>PostgreSQL xmin: concurrent stock movements conflict instead of overwriting each other.</summary>
    public uint Version { get; set; }

    /// <summary>
    /// Stamped (conditionally, in the movement's transaction) when a movement takes the item to or below its reorder
    /// level and the manage holders are told; cleared when stock rises above it again. One notification per crossing.
    /// </summary>
    public DateTimeOffset? LowStockNotifiedAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public ICollection<InventoryTransaction> Transactions { get; set; } = [];

    public ICollection<MaterialLot> Lots { get; set; } = [];

    public bool IsLowStock => QuantityOnHand <= ReorderLevel;
}
