using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Logistics;

/// <summary>The one place for logistics words: shipment types and statuses, route statuses (pages, PDF, CSV).</summary>
public static class LogisticsLabels
{
    public static string Label(ShipmentType type) => type switch
    {
        ShipmentType.Pickup => "Pickup",
        ShipmentType.Delivery => "Delivery",
        _ => type.ToString(),
    };

    public static string Label(ShipmentStatus status) => status switch
    {
        ShipmentStatus.Scheduled => "Scheduled",
        ShipmentStatus.InTransit => "In transit",
        ShipmentStatus.Delivered => "Done",
        ShipmentStatus.Failed => "Failed",
        ShipmentStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    /// <summary>A shipment's status in the words of its type ("Delivered", "Collected", "Out for delivery").</summary>
    public static string Label(ShipmentType type, ShipmentStatus status) => (type, status) switch
    {
        (ShipmentType.Delivery, ShipmentStatus.InTransit) => "Out for delivery",
        (ShipmentType.Delivery, ShipmentStatus.Delivered) => "Delivered",
        (ShipmentType.Pickup, ShipmentStatus.InTransit) => "Collected, on the way to the lab",
        (ShipmentType.Pickup, ShipmentStatus.Delivered) => "At the lab",
        _ => Label(status),
    };

    public static string Label(RouteStatus status) => status switch
    {
        RouteStatus.Planned => "Planned",
        RouteStatus.InProgress => "Under way",
        RouteStatus.Completed => "Completed",
        RouteStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    /// <summary>The stop's state on the driver's phone and the route page.</summary>
    public static string StopLabel(ShipmentStatus status, DateTimeOffset? arrivedAt) => status switch
    {
        ShipmentStatus.Delivered => "Done",
        ShipmentStatus.Failed => "Failed",
        _ when arrivedAt is not null => "Arrived",
        _ => "To do",
    };

    /// <summary>The area a postal code belongs to: its first two characters ("90-006" → "90").</summary>
    public static string Area(string? postalCode)
    {
        var code = new string((postalCode ?? "").Where(char.IsLetterOrDigit).ToArray());
        return code.Length == 0 ? "No postal code" : code[..Math.Min(2, code.Length)].ToUpperInvariant();
    }

    public static string Window(TimeOnly? from, TimeOnly? to) =>
        from is { } f && to is { } t ? $"{f:HH\\:mm}–{t:HH\\:mm}" : from is { } only ? $"from {only:HH\\:mm}" : to is { } until ? $"until {until:HH\\:mm}" : "";

    /// <summary>The failure reasons a driver picks from (with "Other" typed by hand).</summary>
    public static readonly IReadOnlyList<string> FailureReasons = ["Practice closed", "Nobody there", "Wrong address", "Refused"];
}
