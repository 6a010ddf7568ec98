using System.Globalization;
using DentalLab.Web.Features.Workflow.Scan;
using Microsoft.Extensions.DependencyInjection;
using static DentalLab.Data.Entities.WorkflowStageName;

namespace DentalLab.Web.Tests.Features.Workflow;

/// <summary>The scan station takes the short forms a person types from a ticket when they mean one case.</summary>
[Collection(LabCollection.Name)]
public sealed class ScanShortFormTests(LabServerFixture server)
{
    [Fact]
    public async Task The_serial_alone_and_year_with_serial_find_the_case_and_nonsense_stays_unknown()
    {
        var app = await server.SharedAppAsync("workflow-scan-short");
        var (number, _) = await WorkflowTestCases.CreateAsync(app, Receiving);
        var year = number[3..7];
        var serial = int.Parse(number[8..], CultureInfo.InvariantCulture);
        await using var scope = await app.ScopeAsAsync("tech@dentallab.test");
        var scan = scope.ServiceProvider.GetRequiredService<ScanService>();

        var open = await OpenWithSerialAsync(app, number[8..]);
        foreach (var typed in new[] { $"{year}-{number[8..]}", $"{year}-{serial}", number.ToLowerInvariant() })
        {
            var outcome = await scan.LookupAsync(typed);
            Assert.True(outcome.Succeeded, $"\"{typed}\": {outcome.Message}");
            Assert.Equal(number, outcome.Case!.CaseNumber);
        }

        foreach (var typed in new[] { serial.ToString(CultureInfo.InvariantCulture), number[8..] })
        {
            if (open > 1)
            {
                // Another year's case with this serial is still open too: the station names both instead of guessing.
                var refused = await scan.LookupAsync(typed);
                Assert.False(refused.Succeeded);
                Assert.Contains(number, refused.Message, StringComparison.Ordinal);
                continue;
            }

            var outcome = await scan.LookupAsync(typed);
            Assert.True(outcome.Succeeded, $"\"{typed}\": {outcome.Message}");
            Assert.Equal(number, outcome.Case!.CaseNumber);
        }

        var unknown = await scan.LookupAsync("999999");
        Assert.False(unknown.Succeeded);
        Assert.Contains("Unknown code", unknown.Message, StringComparison.Ordinal);
        Assert.False((await scan.LookupAsync("12-34-56")).Succeeded);
    }

    private static async Task<int> OpenWithSerialAsync(LabApp app, string serial)
    {
        await using var db = app.Db();
        return db.Cases.Count(c => c.CaseNumber.EndsWith("-" + serial) && c.Status != Data.Entities.CaseStatus.Delivered && c.Status != Data.Entities.CaseStatus.Cancelled);
    }
}
