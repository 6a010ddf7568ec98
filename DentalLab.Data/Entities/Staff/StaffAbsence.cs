namespace DentalLab.Data.Entities;

/// <summary>Why someone is away.</summary>
public enum AbsenceKind { Vacation, Sick, Training }

/// <summary>
/// A staff member away for whole days, first to last day inclusive (lab-local dates): the roster shows it, and an
/// absent person is not "on shift now" whatever their weekly schedule says.
/// </summary>
public class StaffAbsence : Entity, IAudited
{
    public Guid StaffId { get; set; }

    public StaffProfile? Staff { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public AbsenceKind Kind { get; set; }

    public string? Note { get; set; }

    public Guid? RecordedById { get; set; }

    public bool Covers(DateOnly day) => day >= StartsOn && day <= EndsOn;
}
