using System.Text;
using DentalLab.Data.Entities;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Features.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Portal;

/// <summary>Online Rx made the way a dentist makes them: the scan staged first, then the Rx sent, as the dentist.</summary>
internal static class RxTestData
{
    /// <summary>A small real ASCII STL: one triangle.</summary>
    public static readonly byte[] AsciiStl = Encoding.ASCII.GetBytes(
        "solid prep\n facet normal 0 0 1\n  outer loop\n   vertex 0 0 0\n   vertex 1 0 0\n   vertex 0 1 0\n  endloop\n endfacet\nendsolid prep\n");

    public static CaseInput Crown() => new()
    {
        PatientCode = "RX-" + Guid.NewGuid().ToString("N")[..6],
        Procedure = ProcedureType.Crown,
        Teeth = [21],
        Shade = "A2",
        Material = "Zirconia",
    };

    public static async Task<StagedFile> StageScanAsync(AsyncServiceScope scope, string name = "prep.stl")
    {
        using var content = new MemoryStream(AsciiStl);
        var (file, error) = await scope.ServiceProvider.GetRequiredService<CaseFileService>().StageForPortalAsync(content, name);
        Assert.True(file is not null, error);
        return file;
    }

    /// <summary>Sends a complete crown Rx with one scan as <paramref name="email"/>; returns its number.</summary>
    public static async Task<string> SendAsync(LabApp app, string email, CaseInput? input = null, bool pickup = false)
    {
        await using var scope = await app.ScopeAsAsync(email);
        var scan = await StageScanAsync(scope);
        var (result, number) = await scope.ServiceProvider.GetRequiredService<PortalIntakeService>()
            .CreateFromPortalAsync(input ?? Crown(), new PortalIntake(false, pickup, [scan]));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Value}")));
        return number!;
    }
}
