using DentalLab.Data.Entities;

namespace DentalLab.Data.Seed;

public static partial class SeedData
{
    /// <summary>The day the seeded price list takes effect.</summary>
    public static readonly DateOnly PriceListValidFrom = new(2026, 1, 1);

    /// <summary>Starting USD lab fees per unit (per arch for dentures, guards and aligners): 25% rush, 50% emergency.</summary>
    public static ProcedurePrice[] ProcedurePrices =>
    [
        NewPrice(ProcedureType.Crown, 145.00m),
        NewPrice(ProcedureType.Bridge, 135.00m),
        NewPrice(ProcedureType.Implant, 325.00m),
        NewPrice(ProcedureType.Veneer, 165.00m),
        NewPrice(ProcedureType.Inlay, 120.00m),
        NewPrice(ProcedureType.Onlay, 130.00m),
        NewPrice(ProcedureType.Denture, 395.00m),
        NewPrice(ProcedureType.PartialDenture, 345.00m),
        NewPrice(ProcedureType.NightGuard, 95.00m),
        NewPrice(ProcedureType.Aligner, 175.00m),
        NewPrice(ProcedureType.Other, 75.00m),
    ];

    private static ProcedurePrice NewPrice(ProcedureType type, decimal unitPrice) => new()
    {
        Id = StableId($"procedure-price:{type}:{PriceListValidFrom:yyyy-MM-dd}"),
        ProcedureType = type,
        UnitPrice = unitPrice,
        RushSurchargePercent = 25.00m,
        EmergencySurchargePercent = 50.00m,
        ValidFrom = PriceListValidFrom,
        CreatedAt = SeededAt,
        UpdatedAt = SeededAt,
    };
}
