namespace DentalLab.Data.Entities;

/// <summary>
/// A maintenance reminder that was sent: one row per machine, due date and kind ("week_before", "due_day"). The
/// unique key is the claim: an instance inserts the row before it notifies, so no reminder goes out twice.
/// </summary>
public class MaintenanceReminder : Entity
{
    public const string WeekBefore = "week_before";
    public const string DueDay = "due_day";

    public Guid EquipmentId { get; set; }

    public DepartmentEquipment? Equipment { get; set; }

    public DateOnly DueOn { get; set; }

    public string Kind { get; set; } = "";

    public DateTimeOffset SentAt { get; set; }
}
