namespace DentalLab.Data.Entities;

/// <summary>One line of a shipment's history: created, planned on a route, out for delivery, delivered, failed...</summary>
public class ShipmentEvent : Entity
{
    public Guid ShipmentId { get; set; }

    public Shipment? Shipment { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Who did it (null for the system).</summary>
    public Guid? ActorId { get; set; }

    public User? Actor { get; set; }

    /// <summary>The status after the event.</summary>
    public ShipmentStatus Status { get; set; }

    public string Text { get; set; } = "";
}
