namespace DentalLab.Data.Entities;

/// <summary>A manager's review of a staff member over a period, rated 1 to 5.</summary>
public class PerformanceReview : Entity, IAudited
{
    public Guid StaffId { get; set; }

    public StaffProfile? Staff { get; set; }

    public Guid? ReviewerId { get; set; }

    public User? Reviewer { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public short Rating { get; set; }

    public short? QualityScore { get; set; }

    public short? ProductivityScore { get; set; }

    public string? Strengths { get; set; }

    public string? Improvements { get; set; }

    public string? Goals { get; set; }

    public string? Comments { get; set; }

    public DateOnly ReviewedOn { get; set; }
}
