namespace DentalLab.Data.Entities;

/// <summary>A machine or instrument of a department (mill, furnace, scanner) with its maintenance dates.</summary>
public class DepartmentEquipment : Entity, ISoftDeletable, IAudited
{
    public Guid DepartmentId { get; set; }

    public Department? Department { get; set; }

    public string Name { get; set; } = "";

    public string? SerialNumber { get; set; }

    public string? Model { get; set; }

    public string? Manufacturer { get; set; }

    public EquipmentStatus Status { get; set; }

    public DateOnly? PurchasedOn { get; set; }

    public decimal? PurchaseCost { get; set; }

    public DateOnly? LastMaintenanceOn { get; set; }

    public DateOnly? NextMaintenanceOn { get; set; }

    public DateOnly? WarrantyUntil { get; set; }

    public string? Notes { get; set; }

    /// <summary>The day it was taken out of service for good (status decommissioned); the row stays as history.</summary>
    public DateOnly? DecommissionedOn { get; set; }

    /// <summary>Why the status last changed (the full history is in equipment_status_changes).</summary>
    public string? StatusReason { get; set; }

    /// <summary>PostgreSQL xmin: two people changing the same machine conflict instead of overwriting.</summary>
    public uint Version { get; set; }

    public ICollection<MaintenanceLogEntry> MaintenanceLog { get; set; } = [];

    public DateTimeOffset? DeletedAt { get; set; }

    public bool IsMaintenanceDueOn(DateOnly day) => NextMaintenanceOn is { } next && next <= day;
}
