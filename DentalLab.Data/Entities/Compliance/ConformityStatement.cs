namespace DentalLab.Data.Entities;

/// <summary>
/// The statement for a custom-made device (EU MDR 2017/745 Annex XIII section 1), issued when the case passes quality
/// control: its content as data (<see cref="Content"/>) and as the PDF in the file store, with the PDF's SHA-256.
/// Never changed (a trigger refuses it, only <see cref="KeepUntil"/> follows the case): a correction is a new version
/// with a reason, and the old version stays.
/// </summary>
public class ConformityStatement : Entity, IAudited
{
    public Guid CaseId { get; set; }

    public Case? Case { get; set; }

    /// <summary>1 for the statement issued at QC, 2... for corrections.</summary>
    public int Version { get; set; }

    /// <summary>The wording's language ("en", "de").</summary>
    public string Language { get; set; } = "en";

    /// <summary>Every element printed, as JSON (the statement as data).</summary>
    public string Content { get; set; } = "{}";

    /// <summary>The PDF's name in the file store.</summary>
    public string StoredName { get; set; } = "";

    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of the PDF, lower-case hex.</summary>
    public string Sha256 { get; set; } = "";

    public DateTimeOffset IssuedAt { get; set; }

    public Guid IssuedById { get; set; }

    public User? IssuedBy { get; set; }

    /// <summary>Why this version corrects the previous one (null for version 1).</summary>
    public string? CorrectionReason { get; set; }

    /// <summary>The documentation is kept until this day (the case's; set by the database from its delivery).</summary>
    public DateOnly? KeepUntil { get; set; }
}
