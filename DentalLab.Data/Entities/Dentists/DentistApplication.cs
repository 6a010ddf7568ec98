namespace DentalLab.Data.Entities;

/// <summary>A practice's request (from the public /apply form) to become a partner; approval creates the dentist.</summary>
public class DentistApplication : Entity, IAudited
{
    public string PracticeName { get; set; } = "";

    public string DentistName { get; set; } = "";

    public string LicenseNumber { get; set; } = "";

    public string LicenseRegion { get; set; } = "";

    /// <summary>Stored lower-case (a CHECK holds it), so the one-pending-application-per-email index is case-insensitive.</summary>
    public string Email { get; set; } = "";

    public string? Phone { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    /// <summary>Cases a month the practice expects to send.</summary>
    public int? ExpectedMonthlyVolume { get; set; }

    public string? Message { get; set; }

    public ApplicationStatus Status { get; set; }

    public Guid? ReviewedById { get; set; }

    public User? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public string? RejectionReason { get; set; }

    /// <summary>The dentist profile the approval created.</summary>
    public Guid? CreatedDentistId { get; set; }

    public DentistProfile? CreatedDentist { get; set; }

    public string? SubmittedFromIp { get; set; }
}
