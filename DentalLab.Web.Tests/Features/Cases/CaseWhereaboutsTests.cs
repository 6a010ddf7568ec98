using System.Net;
using System.Text;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Cases;

/// <summary>The case list and its CSV say in one column where a case is: its stage in production, else Delivered, Cancelled, On hold.</summary>
[Collection(LabCollection.Name)]
public sealed class CaseWhereaboutsTests(LabServerFixture server)
{
    [Fact]
    public async Task The_list_the_page_and_the_csv_show_the_stage_in_production_and_the_state_of_a_closed_or_held_case()
    {
        var app = await server.SharedAppAsync("cases");
        var dentist = await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test");
        var tag = "Where" + Guid.NewGuid().ToString("N")[..6];
        var sintering = await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, $"Anna {tag}"));
        var cancelled = await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, $"Bert {tag}"));
        var held = await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, $"Cleo {tag}"));
        var delivered = await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, $"Dora {tag}"));
        await using (var db = app.Db())
        {
            // As the seed has them: the status lags behind the stage, and a cancelled case keeps the stage it stopped at.
            await db.Cases.Where(c => c.CaseNumber == sintering).ExecuteUpdateAsync(u => u
                .SetProperty(c => c.Status, CaseStatus.Milling).SetProperty(c => c.CurrentStage, WorkflowStageName.Sintering));
            await db.Cases.Where(c => c.CaseNumber == cancelled).ExecuteUpdateAsync(u => u
                .SetProperty(c => c.Status, CaseStatus.Cancelled).SetProperty(c => c.CurrentStage, WorkflowStageName.Sintering)
                .SetProperty(c => c.CancelReason, "Patient moved").SetProperty(c => c.CancelledAt, DateTimeOffset.UtcNow));
            await db.Cases.Where(c => c.CaseNumber == held).ExecuteUpdateAsync(u => u
                .SetProperty(c => c.Status, CaseStatus.OnHold).SetProperty(c => c.CurrentStage, WorkflowStageName.Design)
                .SetProperty(c => c.HoldReason, "Waiting for a new impression"));
            await db.Cases.Where(c => c.CaseNumber == delivered).ExecuteUpdateAsync(u => u
                .SetProperty(c => c.Status, CaseStatus.Delivered).SetProperty(c => c.CurrentStage, WorkflowStageName.Delivery)
                .SetProperty(c => c.DeliveredAt, DateTimeOffset.UtcNow));
        }

        await using (var scope = await app.ScopeAsAsync("tech@dentallab.test"))
        {
            var rows = (await scope.ServiceProvider.GetRequiredService<CaseQueries>().ListAsync(new CaseListQuery { Search = tag, Sort = "patient" })).Rows;
            Assert.Equal(["Sintering", "Cancelled", "On hold", "Delivered"], rows.Select(r => r.WhereItIs));
        }

        using var http = new LabHttp(app);
        await http.SignInAsync("tech@dentallab.test", DemoDataGenerator.DemoPassword);
        var page = await http.GetAsync($"/cases?q={tag}&sort=patient");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Where it is", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Milling<", html, StringComparison.Ordinal);
        var cells = System.Text.RegularExpressions.Regex.Matches(html, "data-testid=\"where-it-is\"[^>]*>.*?<span[^>]*>([^<]+)<", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.Equal(["Sintering", "Cancelled", "On hold", "Delivered"], cells);

        // The case page's header chip says the same: not the lagging status "Milling", not "Received" for a cancelled case.
        foreach (var (number, expected) in new[] { (sintering, "Sintering"), (cancelled, "Cancelled"), (held, "On hold") })
        {
            var casePage = await (await http.GetAsync($"/cases/{number}")).Content.ReadAsStringAsync();
            var chip = System.Text.RegularExpressions.Regex.Match(casePage, "data-testid=\"case-status\"[^>]*>.*?<span[^>]*>([^<]+)<", System.Text.RegularExpressions.RegexOptions.Singleline);
            Assert.True(chip.Success, number);
            Assert.Equal(expected, chip.Groups[1].Value.Trim());
        }

        using var exporter = new LabHttp(app);
        await exporter.SignInAsync("manager@dentallab.test", DemoDataGenerator.DemoPassword);
        var csv = Encoding.UTF8.GetString(await (await exporter.GetAsync($"/cases/export.csv?q={tag}&sort=patient")).Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var where = Array.IndexOf(header, "Where it is");
        Assert.True(where >= 0, lines[0]);
        Assert.DoesNotContain("Stage", header);
        Assert.Equal(["Sintering", "Cancelled", "On hold", "Delivered"], lines[1..].Select(l => l.Split(',')[where]));
    }
}
