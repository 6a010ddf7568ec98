namespace DentalLab.Data.Entities;

/// <summary>A driver's run on one day: an ordered list of stops (pickups and deliveries).</summary>
public class DeliveryRoute : Entity, IAudited
{
    public string Name { get; set; } = "";

    public DateOnly RouteDate { get; set; }

    /// <summary>A user with <c>logistics.drive</c>.</summary>
    public Guid? DriverId { get; set; }

    public User? Driver { get; set; }

    public string? Vehicle { get; set; }

    public RouteStatus Status { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? Notes { get; set; }

    /// <summary>PostgreSQL xmin: the optimistic concurrency token (reorders and stop changes touch the route).</summary>
    public uint Version { get; set; }

    /// <summary>The stops; order them by <see cref="RouteStop.Sequence"/> when reading.</summary>
    public ICollection<RouteStop> Stops { get; set; } = [];
}
