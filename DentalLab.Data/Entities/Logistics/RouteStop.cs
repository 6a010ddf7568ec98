namespace DentalLab.Data.Entities;

/// <summary>
/// One stop on a delivery route, numbered from 1 in driving order: one practice, with every shipment (cases to
/// hand over, boxes to collect) planned there (<see cref="Shipments"/>).
/// </summary>
public class RouteStop : Entity, IAudited
{
    public Guid RouteId { get; set; }

    public DeliveryRoute? Route { get; set; }

    /// <summary>The first shipment of the stop (older rows); read <see cref="Shipments"/> for all of them.</summary>
    public Guid? ShipmentId { get; set; }

    public Shipment? Shipment { get; set; }

    public Guid? CaseId { get; set; }

    public Case? Case { get; set; }

    /// <summary>The practice the stop is at.</summary>
    public Guid? DentistId { get; set; }

    public DentistProfile? Dentist { get; set; }

    public int Sequence { get; set; }

    public string Address { get; set; } = "";

    public string? PostalCode { get; set; }

    public string? ContactName { get; set; }

    public string? Phone { get; set; }

    public DateTimeOffset? PlannedAt { get; set; }

    public DateTimeOffset? ArrivedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public ShipmentStatus Status { get; set; }

    public string? ProofOfDelivery { get; set; }

    /// <summary>Who took the cases (or handed over the boxes).</summary>
    public string? RecipientName { get; set; }

    /// <summary>Why the attempt failed (closed, nobody there).</summary>
    public string? FailureReason { get; set; }

    public string? Notes { get; set; }

    public ICollection<Shipment> Shipments { get; set; } = [];
}
