namespace DentalLab.Data.Entities;

/// <summary>A pickup from or delivery to a dentist's practice, with its proof of delivery.</summary>
public class Shipment : Entity, ISoftDeletable, IAudited
{
    public string? TrackingNumber { get; set; }

    public ShipmentType Type { get; set; }

    public ShipmentStatus Status { get; set; }

    public Guid? CaseId { get; set; }

    public Case? Case { get; set; }

    public Guid DentistId { get; set; }

    public DentistProfile? Dentist { get; set; }

    public DateOnly ScheduledFor { get; set; }

    public DateTimeOffset? PickedUpAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Courier company, or null when the lab's own driver goes.</summary>
    public string? Carrier { get; set; }

    public string AddressLine1 { get; set; } = "";

    public string? AddressLine2 { get; set; }

    public string City { get; set; } = "";

    public string? Region { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public string? RecipientName { get; set; }

    /// <summary>Who signed for it, or the driver's note ("left at reception").</summary>
    public string? ProofOfDelivery { get; set; }

    /// <summary>Stored file name of the proof photo (outside the web root, served through an authorized download).</summary>
    public string? ProofPhotoPath { get; set; }

    public string? Notes { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public ICollection<RouteStop> Stops { get; set; } = [];
}
