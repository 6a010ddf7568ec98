namespace DentalLab.Data.Entities;

/// <summary>How much of which item (and lot) went into a case: the link a recall follows from lot to dentist.</summary>
public class CaseMaterial : Entity, IAudited
{
    public Guid CaseId { get; set; }

    public Case? Case { get; set; }

    public Guid ItemId { get; set; }

    public InventoryItem? Item { get; set; }

    public Guid? LotId { get; set; }

    public MaterialLot? Lot { get; set; }

    public decimal Quantity { get; set; }

    public Guid? RecordedById { get; set; }

    public User? RecordedBy { get; set; }

    public string? Notes { get; set; }
}
