namespace DentalLab.Data.Entities;

/// <summary>One stop on a delivery route, numbered from 1 in driving order.</summary>
public class RouteStop : Entity, IAudited
{
    public Guid RouteId { get; set; }

    public DeliveryRoute? Route { get; set; }

    public Guid? ShipmentId { get; set; }

    public Shipment? Shipment { get; set; }

    public Guid? CaseId { get; set; }

    public Case? Case { get; set; }

    public int Sequence { get; set; }

    public string Address { get; set; } = "";

    public string? ContactName { get; set; }

    public string? Phone { get; set; }

    public DateTimeOffset? PlannedAt { get; set; }

    public DateTimeOffset? ArrivedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public ShipmentStatus Status { get; set; }

    public string? ProofOfDelivery { get; set; }

    public string? Notes { get; set; }
}
