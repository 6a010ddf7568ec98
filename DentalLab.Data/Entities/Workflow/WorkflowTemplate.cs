namespace DentalLab.Data.Entities;

/// <summary>How a procedure type goes through the lab: which stages, in order, and the turnaround in business days.</summary>
public class WorkflowTemplate : Entity, IAudited
{
    public ProcedureType ProcedureType { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>Standard turnaround in business days (weekends and the lab's holidays do not count).</summary>
    public int TurnaroundDays { get; set; }

    public bool IsActive { get; set; } = true;

    public ICollection<WorkflowTemplateStage> Stages { get; set; } = [];

    /// <summary>Business days until due for an urgency: rush halves the turnaround (rounded up), emergency is the next business day.</summary>
    public int BusinessDaysFor(UrgencyLevel urgency) => urgency switch
    {
        UrgencyLevel.Standard => TurnaroundDays,
        UrgencyLevel.Rush => (TurnaroundDays + 1) / 2,
        UrgencyLevel.Emergency => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(urgency), urgency, null),
    };
}
