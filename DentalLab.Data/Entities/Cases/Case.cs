namespace DentalLab.Data.Entities;

/// <summary>A dental case: one prescription from a dentist, produced through the workflow stages.</summary>
public class Case : Entity, ISoftDeletable, IAudited
{
    public string CaseNumber { get; set; } = "";

    public Guid DentistId { get; set; }

    public DentistProfile? Dentist { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }
}
