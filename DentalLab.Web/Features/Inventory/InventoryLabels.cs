using System.Globalization;
using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Inventory;

/// <summary>The inventory module's labels for its enums and quantities: one place for pages, PDFs and CSV.</summary>
public static class InventoryLabels
{
    public static string Label(InventoryCategory category) => category switch
    {
        InventoryCategory.Materials => "Materials",
        InventoryCategory.Tools => "Tools",
        InventoryCategory.Equipment => "Equipment",
        InventoryCategory.Consumables => "Consumables",
        InventoryCategory.Supplies => "Supplies",
        _ => category.ToString(),
    };

    public static string Label(InventoryTransactionType type) => type switch
    {
        InventoryTransactionType.In => "Received",
        InventoryTransactionType.Out => "Issued",
        InventoryTransactionType.Adjustment => "Count adjustment",
        InventoryTransactionType.Damage => "Damage",
        InventoryTransactionType.WriteOff => "Write-off",
        _ => type.ToString(),
    };

    public static string Label(MovementKind kind) => kind switch
    {
        MovementKind.Receive => "Receive stock",
        MovementKind.Issue => "Issue to a case",
        MovementKind.Adjust => "Adjust after a count",
        MovementKind.Damage => "Book damage",
        MovementKind.WriteOff => "Write off",
        _ => kind.ToString(),
    };

    public static string Slug(InventoryCategory category) => category.ToString().ToLowerInvariant();

    public static InventoryCategory? CategoryFromSlug(string? slug) =>
        Enum.GetValues<InventoryCategory>().Cast<InventoryCategory?>().FirstOrDefault(c => Slug(c!.Value) == slug);

    /// <summary>A quantity without trailing zeros ("2.5", "12").</summary>
    public static string Quantity(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Quantity(decimal value, string unit) => $"{Quantity(value)} {unit}";

    /// <summary>A ledger quantity with its sign ("+10", "−2.5").</summary>
    public static string Signed(decimal value) => value > 0 ? "+" + Quantity(value) : "−" + Quantity(-value);

    public static string Rating(short? rating) => rating is { } r ? new string('★', r) + new string('☆', 5 - r) : "not rated";
}
