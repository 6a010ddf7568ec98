namespace DentalLab.Data.Entities;

/// <summary>A note on a case: internal by default, or shown to the dentist in the portal.</summary>
public class CaseNote : Entity, ISoftDeletable, IAudited
{
    public Guid CaseId { get; set; }

    public Case? Case { get; set; }

    /// <summary>Null only if the author's account was removed; the note stays.</summary>
    public Guid? AuthorId { get; set; }

    public User? Author { get; set; }

    public string Body { get; set; } = "";

    public bool VisibleToDentist { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }
}
