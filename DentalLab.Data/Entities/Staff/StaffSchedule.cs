namespace DentalLab.Data.Entities;

/// <summary>One weekday's working hours for a staff member, valid from a date (until an optional end date).</summary>
public class StaffSchedule : Entity, IAudited
{
    public Guid StaffId { get; set; }

    public StaffProfile? Staff { get; set; }

    /// <summary>Stored as smallint 0 (Sunday) to 6 (Saturday), as .NET and PostgreSQL's extract(dow) number them.</summary>
    public DayOfWeek DayOfWeek { get; set; }

    public TimeOnly StartTime { get; set; }

    public TimeOnly EndTime { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    public bool IsEffectiveOn(DateOnly day) => day >= EffectiveFrom && (EffectiveTo is null || day <= EffectiveTo);
}
