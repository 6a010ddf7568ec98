namespace DentalLab.Data.Entities;

/// <summary>A company the lab buys materials, tools and equipment from.</summary>
public class Supplier : Entity, ISoftDeletable, IAudited
{
    public string Name { get; set; } = "";

    public string? ContactName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public string? Website { get; set; }

    /// <summary>1 (poor) to 5 (excellent); null until rated.</summary>
    public short? Rating { get; set; }

    public int? LeadTimeDays { get; set; }

    public bool IsActive { get; set; } = true;

    public string? Notes { get; set; }

    /// <summary>PostgreSQL xmin: two people editing the same supplier conflict instead of overwriting each other.</summary>
    public uint Version { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public ICollection<InventoryItem> Items { get; set; } = [];

    public ICollection<MaterialLot> Lots { get; set; } = [];
}
