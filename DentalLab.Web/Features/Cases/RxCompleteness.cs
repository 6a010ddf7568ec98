using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Cases;

/// <summary>One thing an online Rx still lacks: the form field it belongs to and what to do, in words.</summary>
public sealed record RxMissing(string Field, string Message);

/// <summary>
/// The completeness check of an online Rx (a case sent from the portal), before it is submitted: the teeth for
/// procedures that work on teeth, the shade for those that are coloured, and at least one scan or an impression
/// sent by courier. Pure: the page shows the result next to the fields, the service checks it again.
/// </summary>
public static class RxCompleteness
{
    public const string TeethField = "Teeth";
    public const string ShadeField = "Shade";
    public const string ScanField = "Scan";

    /// <summary>Crowns, bridges, veneers, inlays, onlays and implants need a shade.</summary>
    public static bool ShadeRequired(ProcedureType procedure) =>
        procedure is ProcedureType.Crown or ProcedureType.Bridge or ProcedureType.Veneer
            or ProcedureType.Inlay or ProcedureType.Onlay or ProcedureType.Implant;

    /// <summary>Every missing item, each named; empty when the Rx is complete.</summary>
    public static IReadOnlyList<RxMissing> Check(ProcedureType procedure, int teeth, string? shade, int scans, bool impressionByCourier)
    {
        var missing = new List<RxMissing>();
        if (CaseService.TeethRequired(procedure) && teeth == 0)
        {
            missing.Add(new(TeethField, "Teeth: mark the teeth on the chart."));
        }

        if (ShadeRequired(procedure) && string.IsNullOrWhiteSpace(shade))
        {
            missing.Add(new(ShadeField, "Shade: choose the shade."));
        }

        if (scans == 0 && !impressionByCourier)
        {
            missing.Add(new(ScanField, "Scan or impression: upload at least one scan, or tick \"Impression sent by courier\"."));
        }

        return missing;
    }
}
