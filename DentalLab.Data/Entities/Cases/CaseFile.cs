namespace DentalLab.Data.Entities;

/// <summary>A scan, photo or document attached to a case, stored outside the web root under a generated name.</summary>
public class CaseFile : Entity, ISoftDeletable, IAudited
{
    public const string KindScan = "scan";
    public const string KindPhoto = "photo";
    public const string KindDocument = "document";

    public Guid CaseId { get; set; }

    public Case? Case { get; set; }

    /// <summary>The name the uploader gave; shown and offered on download, never used as a path.</summary>
    public string OriginalFileName { get; set; } = "";

    /// <summary>The generated name on disk (unique).</summary>
    public string StoredName { get; set; } = "";

    /// <summary>The type detected from the content, not the one the browser claimed.</summary>
    public string ContentType { get; set; } = "";

    public long SizeBytes { get; set; }

    /// <summary><see cref="KindScan"/>, <see cref="KindPhoto"/> or <see cref="KindDocument"/>.</summary>
    public string Kind { get; set; } = KindDocument;

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; set; } = "";

    public Guid? UploadedById { get; set; }

    public User? UploadedBy { get; set; }

    public bool VisibleToDentist { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }
}
