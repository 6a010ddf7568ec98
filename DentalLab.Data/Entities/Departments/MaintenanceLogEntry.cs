namespace DentalLab.Data.Entities;

/// <summary>What kind of service a machine had.</summary>
public enum MaintenanceKind { Preventive, Repair, Calibration }

/// <summary>
/// One service of a machine: when, what kind, who did it (a staff member or an outside company), what it cost and
/// when the next one is due. The cost is booked against the machine's department (see department_cost_bookings).
/// </summary>
public class MaintenanceLogEntry : Entity, IAudited
{
    public Guid EquipmentId { get; set; }

    public DepartmentEquipment? Equipment { get; set; }

    public DateOnly PerformedOn { get; set; }

    public MaintenanceKind Kind { get; set; }

    /// <summary>The lab's own person who did it (null when an outside company did).</summary>
    public Guid? PerformedById { get; set; }

    public User? PerformedBy { get; set; }

    /// <summary>The outside company that did it (null when the lab's own staff did).</summary>
    public string? PerformedByCompany { get; set; }

    public decimal Cost { get; set; }

    public string? Notes { get; set; }

    public DateOnly? NextDueOn { get; set; }

    public Guid? RecordedById { get; set; }
}
