using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Logistics;

/// <summary>A shipment in the lists (planning, shipment list, CSV).</summary>
public sealed record ShipmentRow(
    Guid Id,
    ShipmentType Type,
    ShipmentStatus Status,
    DateOnly ScheduledFor,
    string? CaseNumber,
    Guid DentistId,
    string Practice,
    string Dentist,
    string Address,
    string? PostalCode,
    string? Carrier,
    string? TrackingNumber,
    int? Boxes,
    TimeOnly? WindowFrom,
    TimeOnly? WindowTo,
    string? FailureReason,
    Guid? RouteId,
    string? RouteName,
    int? StopSequence,
    DateTimeOffset? DeliveredAt,
    string? RecipientName,
    bool IsLate)
{
    public string Area => LogisticsLabels.Area(PostalCode);
}

/// <summary>The shipment list's filters (in the query string).</summary>
public sealed record ShipmentFilter(DateOnly? From = null, DateOnly? To = null, ShipmentStatus? Status = null, ShipmentType? Type = null, string? Search = null, bool LateOnly = false);

public sealed record ShipmentEventRow(DateTimeOffset At, ShipmentStatus Status, string Text, string? Actor);

/// <summary>One shipment with its history, for the shipment page.</summary>
public sealed record ShipmentDetail(ShipmentRow Row, string AddressLine1, string? AddressLine2, string City, string? Region, string? Country,
    string? ContactPhone, string? Notes, bool HasSignature, bool HasPhoto, DateTimeOffset? PickedUpAt, IReadOnlyList<ShipmentEventRow> History, uint Version);

/// <summary>What a person types to change a shipment (address for this one shipment, courier, notes).</summary>
public sealed class ShipmentInput
{
    public DateTime? ScheduledFor { get; set; }

    public string AddressLine1 { get; set; } = "";

    public string? AddressLine2 { get; set; }

    public string City { get; set; } = "";

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public string? ContactPhone { get; set; }

    public string? Carrier { get; set; }

    public string? TrackingNumber { get; set; }

    public string? Notes { get; set; }
}

/// <summary>A pickup asked for in the portal or created by the lab.</summary>
public sealed class PickupInput
{
    public Guid? DentistId { get; set; }

    public DateTime? Date { get; set; }

    public TimeSpan? WindowFrom { get; set; }

    public TimeSpan? WindowTo { get; set; }

    public int Boxes { get; set; } = 1;

    public string? Note { get; set; }
}

/// <summary>A route of a day in the planner.</summary>
public sealed record RouteSummary(Guid Id, string Name, DateOnly RouteDate, RouteStatus Status, string? Driver, Guid? DriverId, string? Vehicle, int Stops, int Done);

public sealed record RouteStopView(
    Guid Id,
    int Sequence,
    Guid? DentistId,
    string Practice,
    string Address,
    string? PostalCode,
    string? ContactName,
    string? Phone,
    ShipmentStatus Status,
    DateTimeOffset? ArrivedAt,
    DateTimeOffset? CompletedAt,
    string? RecipientName,
    string? FailureReason,
    IReadOnlyList<StopShipment> Shipments)
{
    public IEnumerable<StopShipment> Deliveries => Shipments.Where(s => s.Type == ShipmentType.Delivery);

    public IEnumerable<StopShipment> Pickups => Shipments.Where(s => s.Type == ShipmentType.Pickup);

    public bool IsOpen => Status is ShipmentStatus.Scheduled or ShipmentStatus.InTransit;
}

public sealed record StopShipment(Guid Id, ShipmentType Type, ShipmentStatus Status, string? CaseNumber, int? Boxes, string? Note, TimeOnly? WindowFrom, TimeOnly? WindowTo);

public sealed record DeliveryRouteView(Guid Id, string Name, DateOnly RouteDate, RouteStatus Status, Guid? DriverId, string? Driver, string? Vehicle,
    DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, string? Notes, IReadOnlyList<RouteStopView> Stops, uint Version);

/// <summary>Someone who may drive (holds logistics.drive).</summary>
public sealed record DriverOption(Guid Id, string Name);

/// <summary>What a driver hands in at a stop.</summary>
public sealed class StopProof
{
    public List<string> CaseNumbers { get; set; } = [];

    public string RecipientName { get; set; } = "";

    /// <summary>The signature drawn on the phone, as PNG bytes.</summary>
    public byte[]? SignaturePng { get; set; }

    /// <summary>A photo instead of a signature (JPG or PNG).</summary>
    public byte[]? Photo { get; set; }

    public string? PhotoName { get; set; }
}

/// <summary>What the dentist's case page shows about the case's delivery (and pickup).</summary>
public sealed record PortalShipmentStatus(Guid ShipmentId, ShipmentType Type, ShipmentStatus Status, DateOnly ScheduledFor, int? StopSequence, int? StopCount,
    DateTimeOffset? DoneAt, string? RecipientName, bool HasSignature, bool HasPhoto, string? FailureReason);

/// <summary>A proof image as the authorized endpoint streams it.</summary>
public sealed record ProofImage(Stream Content, string ContentType);
