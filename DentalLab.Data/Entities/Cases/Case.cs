using System.Globalization;

namespace DentalLab.Data.Entities;

/// <summary>A dental case: one prescription from a dentist, produced through the workflow stages.</summary>
public class Case : Entity, ISoftDeletable, IAudited
{
    /// <summary>Every tooth a case may name: FDI permanent teeth, quadrants 1–4, positions 1–8.</summary>
    public static readonly IReadOnlyList<short> FdiTeeth =
        [.. from q in Enumerable.Range(1, 4) from p in Enumerable.Range(1, 8) select (short)(q * 10 + p)];

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

    /// <summary>The case status that a case at <paramref name="stage"/> shows (PRODUCT.md, "Case status follows the stage").</summary>
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

    /// <summary>The bridge ranges of <see cref="BridgeSpans"/> as (from, to) FDI pairs.</summary>
    public IReadOnlyList<(short From, short To)> BridgeRanges() =>
        string.IsNullOrWhiteSpace(BridgeSpans)
            ? []
            : BridgeSpans.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(span => span.Split('-'))
                .Select(ends => (short.Parse(ends[0], CultureInfo.InvariantCulture), short.Parse(ends[1], CultureInfo.InvariantCulture)))
                .ToArray();
}
