namespace DentalLab.Data.Entities;

/// <summary>One change of a machine's status, with the reason given: the machine's status history.</summary>
public class EquipmentStatusChange : Entity
{
    public Guid EquipmentId { get; set; }

    public DepartmentEquipment? Equipment { get; set; }

    public EquipmentStatus FromStatus { get; set; }

    public EquipmentStatus ToStatus { get; set; }

    public string Reason { get; set; } = "";

    public Guid? ChangedById { get; set; }

    public User? ChangedBy { get; set; }
}
