namespace DentalLab.Data.Entities;

/// <summary>
/// One scan at the scan station, recorded against the signed-in technician: what was scanned, which case it named
/// (null for an unknown code) and what came of it.
/// </summary>
public class ScanEvent : Entity
{
    public Guid UserId { get; set; }

    public User? User { get; set; }

    /// <summary>What the scanner typed (trimmed, at most 100 characters).</summary>
    public string Code { get; set; } = "";

    public Guid? CaseId { get; set; }

    public Case? Case { get; set; }

    /// <summary><c>shown</c>, <c>completed</c>, <c>refused</c> or <c>unknown</c>.</summary>
    public string Outcome { get; set; } = "";

    /// <summary>The stage the case was at when scanned.</summary>
    public WorkflowStageName? Stage { get; set; }

    public string? Message { get; set; }
}
