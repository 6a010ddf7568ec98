using Bunit;
using DentalLab.Web.Features.Cases;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DentalLab.Web.Tests.Features.Cases;

/// <summary>The tooth chart: click teeth to select them, join neighbours into a bridge, and a bridge that loses a tooth is undone.</summary>
public sealed class ToothChartTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();

    public ToothChartTests()
    {
        _context.Services.AddMudServices();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Chart_lays_out_the_fdi_arches_from_the_patients_right_to_left()
    {
        var chart = _context.Render<ToothChart>();
        var teeth = chart.FindAll("[data-tooth]").Select(t => t.GetAttribute("data-tooth") ?? "").ToArray();
        Assert.Equal<string[]>(["18", "17", "16", "15", "14", "13", "12", "11", "21", "22", "23", "24", "25", "26", "27", "28",
            "48", "47", "46", "45", "44", "43", "42", "41", "31", "32", "33", "34", "35", "36", "37", "38"], teeth);
    }

    [Fact]
    public void Clicking_teeth_selects_them_and_neighbours_become_a_bridge()
    {
        IReadOnlyCollection<short> teeth = [];
        string? spans = null;
        var chart = _context.Render<ToothChart>(p => p
            .Add(c => c.TeethChanged, t => teeth = t)
            .Add(c => c.BridgeSpansChanged, s => spans = s));

        foreach (var tooth in new[] { "14", "15", "16" })
        {
            chart.Find($"[data-tooth='{tooth}']").Click();
        }

        Assert.Equal(new short[] { 14, 15, 16 }, teeth);
        Assert.Equal("true", chart.Find("[data-tooth='15']").GetAttribute("aria-pressed"));
        chart.FindAll("button").Single(b => b.TextContent.Contains("Mark as bridge", StringComparison.Ordinal)).Click();
        Assert.Equal("14-16", spans);
        Assert.Contains("in-bridge", chart.Find("[data-tooth='15']").ClassList);
        Assert.Contains("14-16 bridge", chart.Find("[data-testid=teeth-summary]").TextContent, StringComparison.Ordinal);

        // Removing a tooth from the bridge undoes the bridge and keeps the other teeth.
        chart.Find("[data-tooth='16']").Click();
        Assert.Equal(new short[] { 14, 15 }, teeth);
        Assert.Null(spans);
    }

    [Fact]
    public void Teeth_that_are_not_neighbours_cannot_be_marked_as_a_bridge_but_a_run_across_the_midline_can()
    {
        var chart = _context.Render<ToothChart>(p => p.Add(c => c.Teeth, new short[] { 14, 16 }));
        Assert.True(chart.FindAll("button").Single(b => b.TextContent.Contains("Mark as bridge", StringComparison.Ordinal)).HasAttribute("disabled"));
        Assert.Equal("12-22", Dentition.SpanOf([11, 12, 21, 22]));
        Assert.Null(Dentition.SpanOf([11, 41]));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
