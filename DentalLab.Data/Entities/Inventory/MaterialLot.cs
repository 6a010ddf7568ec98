namespace DentalLab.Data.Entities;

/// <summary>A manufacturer's lot (batch) of an item as received: the unit of traceability for recalls.</summary>
public class MaterialLot : Entity, IAudited
{
    public Guid ItemId { get; set; }

    public InventoryItem? Item { get; set; }

    public Guid? SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    public string LotNumber { get; set; } = "";

    public DateOnly ReceivedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public decimal QuantityReceived { get; set; }

    public decimal QuantityRemaining { get; set; }

    /// <summary>PostgreSQL xmin: two technicians drawing from the same lot conflict instead of overwriting.</summary>
    public uint Version { get; set; }

    /// <summary>Set when the lot is recalled: a blocked lot is never issued again (the UPDATE checks it).</summary>
    public DateTimeOffset? BlockedAt { get; set; }

    public ICollection<CaseMaterial> CaseMaterials { get; set; } = [];

    public ICollection<LotRecall> Recalls { get; set; } = [];

    public bool IsBlocked => BlockedAt is not null;

    public bool IsExpiredOn(DateOnly day) => ExpiresOn is { } expires && expires < day;
}
