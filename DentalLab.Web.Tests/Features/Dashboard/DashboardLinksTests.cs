using System.Net;
using System.Text.RegularExpressions;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Tests.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Dashboard;

/// <summary>Every figure and row of the dashboard opens the case list filtered to exactly the cases it counts.</summary>
[Collection(LabCollection.Name)]
public sealed partial class DashboardLinksTests(LabServerFixture server)
{
    [Fact]
    public async Task Each_figure_and_stage_row_opens_a_case_list_of_exactly_that_many_cases_and_late_rows_open_their_case()
    {
        var app = await server.SharedAppAsync("dashboard");
        var today = await app.Services.GetRequiredService<LabSettings>().TodayAsync();
        var dentist = await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test");
        var late = await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, "Dash Late"));
        var dueToday = await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, "Dash Today"));
        var cancelled = await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, "Dash Cancelled"));
        var deliveredToday = await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, "Dash Delivered"));
        await using (var db = app.Db())
        {
            await db.Cases.Where(c => c.CaseNumber == late).ExecuteUpdateAsync(u => u.SetProperty(c => c.DueDate, today.AddDays(-2)));
            await db.Cases.Where(c => c.CaseNumber == dueToday || c.CaseNumber == deliveredToday).ExecuteUpdateAsync(u => u.SetProperty(c => c.DueDate, today));
            // Closed cases keep a stage and a due date: no figure counts them, so no list may show them.
            await db.Cases.Where(c => c.CaseNumber == cancelled).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CaseStatus.Cancelled)
                .SetProperty(c => c.CancelReason, "Patient moved").SetProperty(c => c.CancelledAt, DateTimeOffset.UtcNow).SetProperty(c => c.DueDate, today.AddDays(-3)));
            await db.Cases.Where(c => c.CaseNumber == deliveredToday).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CaseStatus.Delivered)
                .SetProperty(c => c.DeliveredAt, DateTimeOffset.UtcNow));
        }

        using var http = new LabHttp(app);
        await http.SignInAsync("manager@dentallab.test", DemoDataGenerator.DemoPassword);
        var dashboard = await PageAsync(http, "/");

        var checkedLinks = 0;
        foreach (var figure in new[] { "active-cases", "late-cases", "due-today", "on-hold", "received-week" })
        {
            var value = int.Parse(Regex.Match(dashboard, $"data-testid=\"{figure}\"[^>]*>(\\d+)<").Groups[1].Value);
            var href = HrefOf(dashboard, $"{figure}-link");
            Assert.StartsWith("/cases", href, StringComparison.Ordinal);
            Assert.Equal((figure, value), (figure, await CountAsync(http, href)));
            checkedLinks++;
        }

        Assert.True(int.Parse(Regex.Match(dashboard, "data-testid=\"late-cases\"[^>]*>(\\d+)<").Groups[1].Value) >= 1);
        Assert.True(int.Parse(Regex.Match(dashboard, "data-testid=\"due-today\"[^>]*>(\\d+)<").Groups[1].Value) >= 1);

        var stageRows = StageRow().Matches(dashboard);
        Assert.Equal(Enum.GetValues<WorkflowStageName>().Length, stageRows.Count);
        foreach (Match row in stageRows)
        {
            var href = WebUtility.HtmlDecode(Href().Match(row.Value).Groups[1].Value);
            var count = int.Parse(Regex.Match(row.Value, "data-testid=\"stage-count\"[^>]*>(\\d+)<").Groups[1].Value);
            Assert.Equal((href, count), (href, await CountAsync(http, href)));
            checkedLinks++;
        }

        // The most late cases each open their own case page; the case number never wraps.
        Assert.Contains($"href=\"/cases/{late}\"", dashboard, StringComparison.Ordinal);
        Assert.Matches($"<a[^>]*class=\"[^\"]*case-number[^\"]*\"[^>]*>{late}</a>|<a[^>]*href=\"/cases/{late}\"[^>]*class=\"[^\"]*case-number", dashboard);
        Assert.DoesNotContain($"href=\"/cases/{cancelled}\"", dashboard, StringComparison.Ordinal);
        Assert.True(checkedLinks >= 12);
    }

    private static async Task<string> PageAsync(LabHttp http, string path)
    {
        var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string HrefOf(string html, string testId)
    {
        var anchor = AnchorWith().Matches(html).First(m => m.Value.Contains($"data-testid=\"{testId}\"", StringComparison.Ordinal));
        return WebUtility.HtmlDecode(Href().Match(anchor.Value).Groups[1].Value);
    }

    /// <summary>The "N cases" the case list says for a view.</summary>
    private static async Task<int> CountAsync(LabHttp http, string href) =>
        int.Parse(CaseCount().Match(await PageAsync(http, href)).Groups[1].Value);

    [GeneratedRegex("<a [^>]*>(?<text>[^<]*)", RegexOptions.Singleline)]
    private static partial Regex AnchorWith();

    [GeneratedRegex("<tr data-testid=\"stage-row\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex StageRow();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("data-testid=\"case-count\"[^>]*>(\\d+) case")]
    private static partial Regex CaseCount();
}
