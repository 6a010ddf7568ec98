using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Reports;

/// <summary>In Chromium, as the demo manager: each report opens, changes period, draws its chart from its table and exports that table.</summary>
[Collection(LabCollection.Name)]
public sealed class ReportsBrowserTests(LabServerFixture server)
{
    /// <summary>Each report, its chart's series count and whether the chart has one bar per table row (else the top ten rows with a value).</summary>
    public static TheoryData<string, int, bool> Reports => new()
    {
        { "revenue", 3, true },
        { "completion", 2, true },
        { "departments", 2, true },
        { "staff", 2, true },
        { "inventory", 1, false },
        { "remakes", 1, false },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task A_report_changes_period_draws_its_table_and_exports_it(string slug, int series, bool barPerRow)
    {
        var app = await server.SharedAppAsync("reports-demo");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync("manager@dentallab.test");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync($"/reports/{slug}");
        await page.WaitForInteractiveAsync();
        var month = await page.GetByTestId("report-period").InnerTextAsync();
        await page.GetByLabel("Period").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Year" }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("period=year", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("report-period")).ToHaveTextAsync(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEqual(month, await page.GetByTestId("report-period").InnerTextAsync());
        await Assertions.Expect(page.GetByTestId("report-refreshed")).ToContainTextAsync("refreshed");

        var rows = page.Locator("[data-testid=report-table] tbody tr.mud-table-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        var rowCount = await rows.CountAsync();
        var bars = page.Locator("[data-testid=report-chart] svg .mud-chart-bar");
        if (barPerRow)
        {
            await Assertions.Expect(bars).ToHaveCountAsync(rowCount * series);
        }
        else
        {
            await Assertions.Expect(bars.First).ToBeAttachedAsync();
            Assert.InRange(await bars.CountAsync(), 1, 10 * series);
        }

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv").First.ClickAsync());
        var lines = (await File.ReadAllTextAsync(await download.PathAsync())).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var headers = await page.Locator("[data-testid=report-table] thead th").AllInnerTextsAsync();
        Assert.Equal(string.Join(",", headers.Select(h => h.Trim())), lines[0]);
        var pageRows = await rows.AllAsync();
        Assert.True(lines.Length - 1 >= rowCount, $"{lines.Length - 1} CSV rows for {rowCount} table rows");
        // The first row of the table (in its default order) is the CSV's first row, cell by cell.
        var firstCells = await pageRows[0].Locator("td").AllInnerTextsAsync();
        Assert.Equal(string.Join(",", firstCells.Select(c => c.Trim()).Select(c => c.Contains(',', StringComparison.Ordinal) ? $"\"{c}\"" : c)), lines[1]);
    }

    [Fact]
    public async Task The_manager_sees_the_weekly_chart_and_figures_on_the_dashboard_and_a_remake_figure_opens_its_cases()
    {
        var app = await server.SharedAppAsync("reports-demo");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync("manager@dentallab.test");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("manager-figures")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=manager-chart] svg .mud-chart-line")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("manager-revenue")).Not.ToBeEmptyAsync();

        await page.GotoAsync($"/reports/remakes?period=year&from={DateTime.UtcNow.Year}-01-01");
        await page.WaitForInteractiveAsync();
        // The demo's failed QC attempts have their records: the failed checklist items are counted.
        await Assertions.Expect(page.GetByTestId("qc-summary")).Not.ToContainTextAsync(" 0 failed");
        await Assertions.Expect(page.Locator("[data-testid=report-table-qc-items] tbody tr.mud-table-row").First).ToBeVisibleAsync(); // waits for the report
        var link = page.GetByTestId("remake-link").First;
        var count = int.Parse(await link.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await link.ClickAsync();
        await Assertions.Expect(page.GetByTestId("remake-case")).ToHaveCountAsync(count);
    }
}
