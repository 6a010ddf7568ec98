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

    /// <summary>The practice's time window (lab time zone), when they asked for one.</summary>
    public TimeOnly? WindowFrom { get; set; }

    public TimeOnly? WindowTo { get; set; }

    /// <summary>How many boxes to collect (pickups).</summary>
    public int? Boxes { get; set; }

    /// <summary>The portal user who asked for this pickup (null when the lab created it).</summary>
    public Guid? RequestedById { get; set; }

    /// <summary>The route stop this shipment is planned on (several shipments for one practice share a stop).</summary>
    public Guid? StopId { get; set; }

    public RouteStop? Stop { get; set; }

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

    public string? ContactPhone { get; set; }

    public string? RecipientName { get; set; }

    /// <summary>Who signed for it, or the driver's note ("left at reception").</summary>
    public string? ProofOfDelivery { get; set; }

    /// <summary>Stored file name of the proof photo (outside the web root, served through an authorized download).</summary>
    public string? ProofPhotoPath { get; set; }

    /// <summary>Stored file name of the signature drawn on the driver's phone (PNG, through the file store).</summary>
    public string? SignaturePath { get; set; }

    /// <summary>Why the last attempt failed (kept when the shipment goes back to planning).</summary>
    public string? FailureReason { get; set; }

    public string? Notes { get; set; }

    /// <summary>PostgreSQL xmin: the optimistic concurrency token.</summary>
    public uint Version { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public ICollection<RouteStop> Stops { get; set; } = [];

    public ICollection<ShipmentEvent> Events { get; set; } = [];

    /// <summary>One line of the address, as a route sheet and a stop show it.</summary>
    public string AddressText => string.Join(", ", new[] { AddressLine1, AddressLine2, ((PostalCode ?? "") + " " + City).Trim(), Country }
        .Where(p => !string.IsNullOrWhiteSpace(p)));
}
