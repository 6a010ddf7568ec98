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

    /// <summary>
    /// The statuses of the stage a case is at: started and not finished (in progress, blocked or on hold). A case has
    /// at most one such row; queries use this array so "the current stage" means the same everywhere.
    /// </summary>
    public static readonly WorkflowStatus[] CurrentStatuses = [WorkflowStatus.InProgress, WorkflowStatus.Blocked, WorkflowStatus.OnHold];

    /// <summary>The statuses of a stage that still has to be worked on: the current one and those still pending.</summary>
    public static readonly WorkflowStatus[] OpenStatuses = [WorkflowStatus.Pending, .. CurrentStatuses];

    /// <summary>Whether the stage still has to be worked on (pending or current; not completed, failed or skipped).</summary>
    public bool IsOpen => OpenStatuses.Contains(Status);

    /// <summary>Whether this is the stage the case is at (started and not finished).</summary>
    public bool IsCurrent => CurrentStatuses.Contains(Status);

    /// <summary>Starts the stage: work on it begins now.</summary>
    public void Start(DateTimeOffset now)
    {
        Status = WorkflowStatus.InProgress;
        StartedAt = now;
    }

    /// <summary>Closes the stage as done by <paramref name="actor"/> (who is also its technician if nobody was assigned).</summary>
    public void Complete(Guid actor, DateTimeOffset now)
    {
        Status = WorkflowStatus.Completed;
        CompletedAt = now;
        CompletedById = actor;
        AssignedToId ??= actor;
    }

    /// <summary>Goes on after a block or a hold: the reason it stopped is cleared (the audit log keeps it).</summary>
    public void Resume(DateTimeOffset now)
    {
        Status = WorkflowStatus.InProgress;
        StartedAt ??= now;
        BlockReason = null;
        HoldReason = null;
    }
}
