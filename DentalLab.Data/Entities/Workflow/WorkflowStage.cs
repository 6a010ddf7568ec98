namespace DentalLab.Data.Entities;

/// <summary>
/// One attempt at one stage of one case. Rework after a failed quality control is a new row with the next
/// attempt number; rows are never overwritten, so the history of the case stays readable.
/// </summary>
public class WorkflowStage : Entity, IAudited
{
    public Guid CaseId { get; set; }

    public Case? Case { get; set; }

    public WorkflowStageName Stage { get; set; }

    /// <summary>1-based order of the stage within the case (copied from the template).</summary>
    public int Position { get; set; }

    public int Attempt { get; set; } = 1;

    public WorkflowStatus Status { get; set; }

    public Guid? AssignedToId { get; set; }

    public User? AssignedTo { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public Guid? CompletedById { get; set; }

    public User? CompletedBy { get; set; }

    public decimal ExpectedHours { get; set; }

    public string? BlockReason { get; set; }

    public string? HoldReason { get; set; }

    /// <summary>Why the stage failed (quality control sending the case back); set with status failed.</summary>
    public string? QcFailedReason { get; set; }

    /// <summary>Whether the stage still has to be worked on (not completed, failed or skipped).</summary>
    public bool IsOpen => Status is not (WorkflowStatus.Completed or WorkflowStatus.Failed or WorkflowStatus.Skipped);
}
