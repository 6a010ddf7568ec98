namespace DentalLab.Data.Entities;

/// <summary>The employment side of a lab user: department, job, rate, skills, schedule and reviews.</summary>
public class StaffProfile : Entity, ISoftDeletable, IAudited
{
    public Guid UserId { get; set; }

    public User? User { get; set; }

    public Guid? DepartmentId { get; set; }

    public Department? Department { get; set; }

    public string EmployeeNumber { get; set; } = "";

    public string JobTitle { get; set; } = "";

    public EmploymentType EmploymentType { get; set; }

    public DateOnly HiredOn { get; set; }

    public decimal? HourlyRate { get; set; }

    /// <summary>JSON array of skill names (jsonb), e.g. <c>["cad_design","zirconia_milling"]</c>.</summary>
    public string Skills { get; set; } = "[]";

    /// <summary>Optional JSON array of certifications (jsonb): name, issuer, expiry.</summary>
    public string? Certifications { get; set; }

    public string? EmergencyContact { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public ICollection<StaffSchedule> Schedules { get; set; } = [];

    public ICollection<PerformanceReview> Reviews { get; set; } = [];

    public ICollection<StaffAbsence> Absences { get; set; } = [];
}
