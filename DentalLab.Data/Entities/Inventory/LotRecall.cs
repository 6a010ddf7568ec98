namespace DentalLab.Data.Entities;

/// <summary>A recall of a material lot: who recalled it, when and why, and how many cases and dentists it reached.</summary>
public class LotRecall : Entity, IAudited
{
    public Guid LotId { get; set; }

    public MaterialLot? Lot { get; set; }

    public Guid? RecalledById { get; set; }

    public User? RecalledBy { get; set; }

    public DateTimeOffset RecalledAt { get; set; }

    public string Reason { get; set; } = "";

    public int AffectedCases { get; set; }

    public int DentistsInformed { get; set; }
}
