using System.Globalization;
using System.Linq.Expressions;

namespace DentalLab.Data.Entities;

/// <summary>A dental case: one prescription from a dentist, produced through the workflow stages.</summary>
public class Case : Entity, ISoftDeletable, IAudited
{
    /// <summary>Every tooth a case may name: FDI permanent teeth, quadrants 1–4, positions 1–8.</summary>
    public static readonly IReadOnlyList<short> FdiTeeth =
        [.. from q in Enumerable.Range(1, 4) from p in Enumerable.Range(1, 8) select (short)(q * 10 + p)];

    /// <summary>
    /// A case still in the lab (neither delivered nor cancelled): a few thousand among a million. Its predicate is the
    /// one the partial indexes <c>ix_cases_list_in_lab</c> and <c>ix_cases_in_lab_dentist</c> are built with, so a query
    /// filtered by it reads those small indexes instead of the table (Schema/PageIndexesSql.cs).
    /// </summary>
    public static readonly Expression<Func<Case, bool>> InLab = c => c.Status != CaseStatus.Delivered && c.Status != CaseStatus.Cancelled;

    /// <summary><c>DL-{year}-{000000}</c>; the database fills it from case_number_seq when left empty.</summary>
    public string CaseNumber { get; set; } = "";

    public Guid DentistId { get; set; }

    public DentistProfile? Dentist { get; set; }

    /// <summary>The patient's name, or null when the practice's <see cref="PatientCode"/> is enough.</summary>
    public string? PatientName { get; set; }

    public string? PatientCode { get; set; }

    public ProcedureType ProcedureType { get; set; }

    /// <summary>
    /// Every tooth position the work covers (FDI, ascending), abutments and pontics alike: a tooth chart
    /// highlights exactly these. Empty for arch-level work (full denture, night guard, aligner).
    /// </summary>
    public short[] Teeth { get; set; } = [];

    /// <summary>
    /// Bridges as inclusive FDI ranges along the arch, comma-separated: <c>"14-16,24-26"</c>. Each range's
    /// ends are within <see cref="Teeth"/>; a tooth chart draws a connector across each range
    /// (<see cref="BridgeRanges"/> parses it). Null when the case has no bridge.
    /// </summary>
    public string? BridgeSpans { get; set; }

    /// <summary>VITA classical (A1–D4) or a bleach shade (e.g. BL2, OM1).</summary>
    public string? Shade { get; set; }

    public string? Material { get; set; }

    public int Units { get; set; } = 1;

    public UrgencyLevel Urgency { get; set; }

    public PriorityLevel Priority { get; set; } = PriorityLevel.Medium;

    public CaseStatus Status { get; set; }

    /// <summary>The stage the case is at (null once the workflow is finished or before it is instantiated).</summary>
    public WorkflowStageName? CurrentStage { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateOnly DueDate { get; set; }

    /// <summary>Why the due date differs from the one computed from the template (null when it does not).</summary>
    public string? DueDateOverrideReason { get; set; }

    public string? Instructions { get; set; }

    /// <summary>The original case when this one is a remake.</summary>
    public Guid? ParentCaseId { get; set; }

    public Case? ParentCase { get; set; }

    public string? RemakeReason { get; set; }

    public RemakePayer? RemakePayer { get; set; }

    public string? HoldReason { get; set; }

    public string? CancelReason { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public DateTimeOffset? ShippedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>
    /// The case's documentation is kept until this day (EU MDR Annex XIII section 4): 10 years after delivery, 15 for
    /// implant work. The database sets it from <see cref="DeliveredAt"/> (ComplianceSql.KeepUntilTrigger); no purge before.
    /// </summary>
    public DateOnly? KeepUntil { get; set; }

    public Guid? CreatedById { get; set; }

    public User? CreatedBy { get; set; }

    /// <summary>PostgreSQL xmin: the optimistic concurrency token.</summary>
    public uint Version { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public ICollection<Case> Remakes { get; set; } = [];

    public ICollection<WorkflowStage> Stages { get; set; } = [];

    public ICollection<CaseFile> Files { get; set; } = [];

    public ICollection<CaseNote> Notes { get; set; } = [];

    public bool IsRemake => ParentCaseId is not null;

    /// <summary>The case status that a case at <paramref name="stage"/> shows (it follows the stage; a finished delivery means delivered).</summary>
    /// <param name="stage">The current stage.</param>
    /// <param name="stageCompleted">Whether that stage is done: only matters for delivery (ready vs delivered).</param>
    public static CaseStatus StatusForStage(WorkflowStageName stage, bool stageCompleted = false) => stage switch
    {
        WorkflowStageName.Receiving => CaseStatus.Received,
        WorkflowStageName.ImpressionScan => CaseStatus.Processing,
        WorkflowStageName.Design => CaseStatus.Designing,
        WorkflowStageName.Milling or WorkflowStageName.Sintering => CaseStatus.Milling,
        WorkflowStageName.QualityControl => CaseStatus.Qc,
        WorkflowStageName.Delivery => stageCompleted ? CaseStatus.Delivered : CaseStatus.Ready,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    // The rules of a case's state. Each returns null when it applied the change, or why not (shown to the user);
    // WorkflowService is the one caller (it loads the case with its stages, saves with xmin, publishes and notifies).

    /// <summary>Creates the stages from the procedure's template: the first starts now, the rest are pending.</summary>
    public void StartWorkflow(IEnumerable<WorkflowTemplateStage> templateStages, DateTimeOffset now)
    {
        var stages = templateStages.OrderBy(s => s.Position).ToList();
        foreach (var stage in stages)
        {
            Stages.Add(new WorkflowStage
            {
                Stage = stage.Stage,
                Position = stage.Position,
                Attempt = 1,
                ExpectedHours = stage.ExpectedHours,
                Status = WorkflowStatus.Pending,
            });
        }

        StartStage(Stages.First(s => s.Position == stages[0].Position), now);
    }

    /// <summary>The stage row the case is at (started, not finished), or null once its workflow is finished.</summary>
    public WorkflowStage? CurrentStageRow() =>
        Stages.Where(s => s.IsCurrent).OrderBy(s => s.Position).ThenByDescending(s => s.Attempt).FirstOrDefault();

    /// <summary>Completes <paramref name="current"/> and starts the next pending stage (returned in <paramref name="started"/>); after the last, the case is done.</summary>
    public string? CompleteStage(WorkflowStage current, Guid actor, DateTimeOffset now, out WorkflowStage? started)
    {
        started = null;
        if (current.Status != WorkflowStatus.InProgress)
        {
            return NotInProgress(current);
        }

        current.Complete(actor, now);
        var next = Stages.Where(s => s.Status == WorkflowStatus.Pending && s.Position > current.Position)
            .OrderBy(s => s.Position).ThenByDescending(s => s.Attempt).FirstOrDefault();
        if (next is null)
        {
            Status = StatusForStage(current.Stage, stageCompleted: true);
            if (Status == CaseStatus.Delivered)
            {
                DeliveredAt = now;
            }

            return null;
        }

        StartStage(next, now);
        started = next;
        return null;
    }

    /// <summary>
    /// Quality control failed: the QC attempt is closed as failed with the reason, and new attempts are created from
    /// <paramref name="backTo"/> through quality control; the first of them starts now. Nothing is overwritten.
    /// </summary>
    public string? FailQualityControl(WorkflowStage current, WorkflowStageName backTo, string reason, Guid actor, DateTimeOffset now, out WorkflowStage? started)
    {
        started = null;
        if (current.Stage != WorkflowStageName.QualityControl)
        {
            return $"{CaseNumber} is not at quality control.";
        }

        if (current.Status != WorkflowStatus.InProgress)
        {
            return NotInProgress(current);
        }

        var latest = Stages.GroupBy(s => s.Stage).Select(g => g.OrderByDescending(s => s.Attempt).First()).ToList();
        var target = latest.FirstOrDefault(s => s.Stage == backTo && s.Position < current.Position);
        if (target is null)
        {
            return $"Choose a stage of {CaseNumber} before quality control.";
        }

        current.Status = WorkflowStatus.Failed;
        current.QcFailedReason = reason;
        current.CompletedAt = now;
        current.CompletedById = actor;
        foreach (var previous in latest.Where(s => s.Position >= target.Position && s.Position <= current.Position).OrderBy(s => s.Position))
        {
            var rework = new WorkflowStage
            {
                CaseId = Id,
                Stage = previous.Stage,
                Position = previous.Position,
                Attempt = previous.Attempt + 1,
                ExpectedHours = previous.ExpectedHours,
                AssignedToId = previous.AssignedToId,
                Status = WorkflowStatus.Pending,
            };
            Stages.Add(rework);
            started ??= rework;
        }

        StartStage(started!, now);
        return null;
    }

    /// <summary>Blocks the current stage (the case keeps its status: the stage waits for something).</summary>
    public string? Block(WorkflowStage current, string reason)
    {
        if (current.Status != WorkflowStatus.InProgress)
        {
            return NotInProgress(current);
        }

        current.Status = WorkflowStatus.Blocked;
        current.BlockReason = reason;
        return null;
    }

    /// <summary>Puts the current stage, and with it the case, on hold.</summary>
    public string? Hold(WorkflowStage current, string reason)
    {
        if (Status == CaseStatus.OnHold || current.Status == WorkflowStatus.OnHold)
        {
            return $"{CaseNumber} is already on hold.";
        }

        current.Status = WorkflowStatus.OnHold;
        current.HoldReason = reason;
        Status = CaseStatus.OnHold;
        HoldReason = reason;
        return null;
    }

    /// <summary>Resumes a blocked or on-hold stage, and the case when it was on hold: every reason it stopped for is cleared.</summary>
    public string? Resume(WorkflowStage current, DateTimeOffset now)
    {
        if (current.Status == WorkflowStatus.InProgress && Status != CaseStatus.OnHold)
        {
            return $"{CaseNumber} is not blocked or on hold.";
        }

        current.Resume(now);
        if (Status == CaseStatus.OnHold)
        {
            Status = StatusForStage(current.Stage);
            HoldReason = null;
        }

        return null;
    }

    /// <summary>Cancels the case; its open stages are skipped (they will never be worked).</summary>
    public string? Cancel(string reason, DateTimeOffset now)
    {
        if (Status is CaseStatus.Cancelled or CaseStatus.Delivered)
        {
            return $"{CaseNumber} is {(Status == CaseStatus.Cancelled ? "already cancelled" : "delivered")}: it cannot be cancelled.";
        }

        Status = CaseStatus.Cancelled;
        CancelReason = reason;
        CancelledAt = now;
        HoldReason = null;
        foreach (var open in Stages.Where(s => s.IsOpen))
        {
            open.Status = WorkflowStatus.Skipped;
        }

        return null;
    }

    private void StartStage(WorkflowStage next, DateTimeOffset now)
    {
        next.Start(now);
        CurrentStage = next.Stage;
        Status = StatusForStage(next.Stage);
    }

    private string NotInProgress(WorkflowStage current) => current.Status switch
    {
        WorkflowStatus.Blocked => $"{CaseNumber} is blocked ({current.BlockReason}): resume it first.",
        WorkflowStatus.OnHold => $"{CaseNumber} is on hold ({current.HoldReason}): resume it first.",
        _ => $"{CaseNumber} is not in progress.",
    };

    /// <summary>The bridge ranges of <see cref="BridgeSpans"/> as (from, to) FDI pairs.</summary>
    public IReadOnlyList<(short From, short To)> BridgeRanges() =>
        string.IsNullOrWhiteSpace(BridgeSpans)
            ? []
            : BridgeSpans.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(span => span.Split('-'))
                .Select(ends => (short.Parse(ends[0], CultureInfo.InvariantCulture), short.Parse(ends[1], CultureInfo.InvariantCulture)))
                .ToArray();
}
