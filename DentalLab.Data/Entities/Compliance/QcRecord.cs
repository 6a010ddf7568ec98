namespace DentalLab.Data.Entities;

/// <summary>
/// One quality control attempt of a case as the inspector recorded it: every checklist item and whether it passed,
/// who, when, and — for a fail — the stage it went back to. One per QC stage row; never changed afterwards.
/// </summary>
public class QcRecord : Entity, IAudited
{
    public Guid CaseId { get; set; }

    public Case? Case { get; set; }

    /// <summary>The quality control stage row (one attempt) this record closes.</summary>
    public Guid StageId { get; set; }

    public WorkflowStage? Stage { get; set; }

    public int Attempt { get; set; }

    public bool Passed { get; set; }

    /// <summary>The checklist as it was at that moment: JSON array of {"text": ..., "passed": true|false}.</summary>
    public string Items { get; set; } = "[]";

    public Guid CheckedById { get; set; }

    public User? CheckedBy { get; set; }

    public DateTimeOffset CheckedAt { get; set; }

    /// <summary>Where a failed attempt went back to.</summary>
    public WorkflowStageName? ReturnedTo { get; set; }

    public string? Reason { get; set; }

    /// <summary>General safety and performance requirements (MDR Annex I) not fully met, and why; printed on the statement.</summary>
    public string? RequirementsNotMet { get; set; }

    /// <summary>A medicinal substance or tissues/cells of human or animal origin the device contains (null: none).</summary>
    public string? Substances { get; set; }
}
