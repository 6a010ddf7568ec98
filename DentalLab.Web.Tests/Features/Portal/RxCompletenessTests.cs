using DentalLab.Data.Entities;
using DentalLab.Web.Features.Cases;

namespace DentalLab.Web.Tests.Features.Portal;

/// <summary>The online Rx's completeness check: each missing item is named; a complete Rx passes.</summary>
public sealed class RxCompletenessTests
{
    [Fact]
    public void A_crown_without_teeth_shade_or_scan_names_all_three()
    {
        var missing = RxCompleteness.Check(ProcedureType.Crown, teeth: 0, shade: null, scans: 0, impressionByCourier: false);

        Assert.Equal([RxCompleteness.TeethField, RxCompleteness.ShadeField, RxCompleteness.ScanField], missing.Select(m => m.Field));
        Assert.StartsWith("Teeth", missing[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Shade", missing[1].Message, StringComparison.Ordinal);
        Assert.Contains("scan", missing[2].Message, StringComparison.Ordinal);
        Assert.Contains("Impression sent by courier", missing[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "A2", 1, false)]
    [InlineData(1, "A2", 0, true)]
    [InlineData(3, "BL1", 2, true)]
    public void A_complete_crown_passes(int teeth, string shade, int scans, bool courier) =>
        Assert.Empty(RxCompleteness.Check(ProcedureType.Crown, teeth, shade, scans, courier));

    [Theory]
    [InlineData(ProcedureType.Crown)]
    [InlineData(ProcedureType.Bridge)]
    [InlineData(ProcedureType.Veneer)]
    [InlineData(ProcedureType.Inlay)]
    [InlineData(ProcedureType.Onlay)]
    [InlineData(ProcedureType.Implant)]
    public void Coloured_work_needs_a_shade(ProcedureType procedure)
    {
        var missing = Assert.Single(RxCompleteness.Check(procedure, teeth: 2, shade: " ", scans: 1, impressionByCourier: false));
        Assert.Equal(RxCompleteness.ShadeField, missing.Field);
    }

    [Theory]
    [InlineData(ProcedureType.Denture)]
    [InlineData(ProcedureType.NightGuard)]
    [InlineData(ProcedureType.Aligner)]
    public void Arch_work_needs_neither_teeth_nor_shade(ProcedureType procedure) =>
        Assert.Empty(RxCompleteness.Check(procedure, teeth: 0, shade: null, scans: 1, impressionByCourier: false));

    [Fact]
    public void A_night_guard_without_scan_or_impression_names_only_that()
    {
        var missing = Assert.Single(RxCompleteness.Check(ProcedureType.NightGuard, teeth: 0, shade: null, scans: 0, impressionByCourier: false));
        Assert.Equal(RxCompleteness.ScanField, missing.Field);
    }
}
