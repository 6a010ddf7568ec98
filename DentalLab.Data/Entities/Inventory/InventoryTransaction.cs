namespace DentalLab.Data.Entities;

/// <summary>One stock movement in the ledger: never updated or deleted, it is its own history.</summary>
public class InventoryTransaction : Entity, IAudited
{
    public Guid ItemId { get; set; }

    public InventoryItem? Item { get; set; }

    public InventoryTransactionType Type { get; set; }

    /// <summary>Signed change of quantity_on_hand: positive in, negative out; never zero.</summary>
    public decimal Quantity { get; set; }

    /// <summary>The item's quantity_on_hand after this movement (never negative).</summary>
    public decimal QuantityAfter { get; set; }

    public decimal? UnitCost { get; set; }

    public Guid? LotId { get; set; }

    public MaterialLot? Lot { get; set; }

    /// <summary>Who delivered a receipt ("in"): the supplier's spend by month is summed from these rows.</summary>
    public Guid? SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    public Guid? CaseId { get; set; }

    public Case? Case { get; set; }

    /// <summary>Purchase order, delivery note or other outside reference.</summary>
    public string? Reference { get; set; }

    public string? Reason { get; set; }

    public Guid? PerformedById { get; set; }

    public User? PerformedBy { get; set; }

    public DateTimeOffset OccurredAt { get; set; }
}
