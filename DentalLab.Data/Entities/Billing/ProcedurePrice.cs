namespace DentalLab.Data.Entities;

/// <summary>
/// The price list: a unit price per procedure type from a date on, with rush and emergency surcharges. A new price
/// is a new row with a later <see cref="ValidFrom"/>, so old cases keep their old price.
/// </summary>
public class ProcedurePrice : Entity, IAudited
{
    public ProcedureType ProcedureType { get; set; }

    public decimal UnitPrice { get; set; }

    /// <summary>Percent added to the unit price for rush cases (25.00 is 25%).</summary>
    public decimal RushSurchargePercent { get; set; }

    public decimal EmergencySurchargePercent { get; set; }

    public DateOnly ValidFrom { get; set; }

    /// <summary>The unit price with the urgency's surcharge, rounded half away from zero to cents.</summary>
    public decimal UnitPriceFor(UrgencyLevel urgency)
    {
        var percent = urgency switch
        {
            UrgencyLevel.Standard => 0m,
            UrgencyLevel.Rush => RushSurchargePercent,
            UrgencyLevel.Emergency => EmergencySurchargePercent,
            _ => throw new ArgumentOutOfRangeException(nameof(urgency), urgency, null),
        };
        return Math.Round(UnitPrice * (100m + percent) / 100m, 2, MidpointRounding.AwayFromZero);
    }
}
