namespace DentalLab.Data.Entities;

/// <summary>A dentist or practice that sends cases to the lab.</summary>
public class DentistProfile : Entity, ISoftDeletable, IAudited
{
    /// <summary>The dentist's portal account, if they have one.</summary>
    public Guid? UserId { get; set; }

    public User? User { get; set; }

    public string PracticeName { get; set; } = "";

    public string DentistName { get; set; } = "";

    public string LicenseNumber { get; set; } = "";

    /// <summary>The state, province or country that issued the licence (numbers are unique within it).</summary>
    public string LicenseRegion { get; set; } = "";

    public string Email { get; set; } = "";

    public string? Phone { get; set; }

    /// <summary>Where invoices go when not to <see cref="Email"/>.</summary>
    public string? BillingEmail { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public DentistStatus Status { get; set; }

    /// <summary>Standing discount on this dentist's invoices, 0–100.</summary>
    public decimal DiscountPercent { get; set; }

    public string? Notes { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public ICollection<Case> Cases { get; set; } = [];

    public ICollection<Invoice> Invoices { get; set; } = [];

    public string InvoiceEmail => string.IsNullOrWhiteSpace(BillingEmail) ? Email : BillingEmail;
}
