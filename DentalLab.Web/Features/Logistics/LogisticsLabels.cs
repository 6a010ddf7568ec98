using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Logistics;

/// <summary>Logistics wording that is not an enum's label (those are in Infrastructure/Text/Labels): stops, areas, time windows.</summary>
public static class LogisticsLabels
{
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
