using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Microsoft.VisualBasic.FileIO;

namespace DentalLab.Web.Tests.Features.Reports;

/// <summary>
/// In Chromium, as the demo manager: a filter narrows the table and travels in the address and the CSV link; a sorted
/// table downloads in its on-screen order; the weekly throughput chart has a bar per week whose heights follow the table.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class ReportsFilterSortBrowserTests(LabServerFixture server)
{
    private static readonly string Year = DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture);

    private async Task<(IBrowserContext Context, IPage Page)> ManagerAsync()
    {
        var app = await server.SharedAppAsync("reports-demo");
        var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1366, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.SignInAsync("manager@dentallab.test");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return (context, page);
    }

    [Fact]
    public async Task Picking_a_technician_narrows_the_staff_table_chart_and_csv_and_the_address_carries_it()
    {
        var (context, page) = await ManagerAsync();
        await using var _ = context;
        await page.GotoAsync($"/reports/staff?period=year&from={Year}-01-01");
        await page.WaitForInteractiveAsync();
        var rows = page.Locator("[data-testid=report-table] tbody tr.mud-table-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        var before = await rows.CountAsync();
        Assert.True(before > 1, $"{before} technicians in the demo's year");
        // The second technician of the table (the first may be first in every list anyway).
        var name = (await rows.Nth(1).Locator("td").First.InnerTextAsync()).Trim();

        await page.GetByLabel("Technician", new() { Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = name }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("(?=.*technician=)(?=.*period=year)"));
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First.Locator("td").First).ToHaveTextAsync(name);
        await Assertions.Expect(page.GetByTestId("report-filter")).ToHaveTextAsync(name);
        await Assertions.Expect(page.Locator("[data-testid=report-chart] svg .mud-chart-bar")).ToHaveCountAsync(2); // stages completed, QC failures

        var technician = new Uri(page.Url).Query.Split('&').Single(p => p.StartsWith("technician=", StringComparison.Ordinal) || p.StartsWith("?technician=", StringComparison.Ordinal));
        Assert.Contains(technician.TrimStart('?'), await page.GetByTestId("export-csv").GetAttributeAsync("href"), StringComparison.Ordinal);
        var csv = await DownloadAsync(page, "export-csv");
        Assert.Equal(2, csv.Count); // header and the one technician
        Assert.Equal(await CellsAsync(rows.First), csv[1]);

        // Reloading the address shows the same view; "All technicians" brings the others back.
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await page.GetByLabel("Technician", new() { Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = "All technicians" }).First.ClickAsync();
        // The view changes the address in place (no page load to wait for): poll the address itself.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("^(?!.*technician=).*period=year"));
        await Assertions.Expect(rows).ToHaveCountAsync(before);
    }

    [Theory]
    [InlineData("staff", "report-table", "export-csv", "QC failures", 1)]
    [InlineData("revenue", "report-table-dentists", "export-csv-dentists", "Paid", 2)]
    [InlineData("remakes", "report-table-technician", "export-csv-technician", "Remake rate %", 2)]
    public async Task A_sorted_table_downloads_as_csv_in_the_order_on_screen(string slug, string table, string export, string column, int clicks)
    {
        var (context, page) = await ManagerAsync();
        await using var _ = context;
        await page.GotoAsync($"/reports/{slug}?period=year&from={Year}-01-01");
        await page.WaitForInteractiveAsync();
        var rows = page.Locator($"[data-testid={table}] tbody tr.mud-table-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        var unsorted = await AllCellsAsync(rows);
        var header = page.Locator($"[data-testid={table}] thead th").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(column)}\\s*$") }).Locator(".mud-table-sort-label");
        for (var i = 0; i < clicks; i++)
        {
            await header.ClickAsync();
        }

        var direction = clicks == 1 ? "asc" : "desc";
        await Assertions.Expect(page.GetByTestId(export)).ToHaveAttributeAsync("href", new Regex(Regex.Escape($"&sort={Uri.EscapeDataString(column)}&dir={direction}") + "$"));
        var sorted = await AllCellsAsync(rows);
        Assert.Equal(unsorted.Count, sorted.Count);
        var csv = await DownloadAsync(page, export);
        Assert.Equal(sorted, csv.Skip(1).ToList());
        // The column is in order on screen (so the test saw a sort, not the default order).
        var index = csv[0].IndexOf(column);
        var values = sorted.Select(r => decimal.TryParse(r[index], NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : -1m).ToList();
        Assert.Equal(direction == "asc" ? values.Order() : values.OrderDescending(), values);
    }

    [Fact]
    public async Task The_departments_throughput_chart_has_a_bar_per_week_of_the_period_and_its_heights_follow_the_table()
    {
        var (context, page) = await ManagerAsync();
        await using var _ = context;
        await page.GotoAsync($"/reports/departments?period=year&from={Year}-01-01");
        await page.WaitForInteractiveAsync();
        var weeks = (DateTime.IsLeapYear(int.Parse(Year, CultureInfo.InvariantCulture)) ? 366 + 6 : 365 + 6) / 7;
        var rows = page.Locator("[data-testid=report-table-weeks] tbody tr.mud-table-row");
        await Assertions.Expect(rows).ToHaveCountAsync(weeks);
        var bars = page.Locator("[data-testid=report-chart-weeks] svg .mud-chart-bar");
        await Assertions.Expect(bars).ToHaveCountAsync(weeks);
        var values = (await AllCellsAsync(rows)).Select(r => decimal.Parse(r[1], CultureInfo.InvariantCulture)).ToList();
        Assert.True(values.Max() > 0, "the demo completed stages this year");
        // Every departments row's stages are in some week: the weeks add up to the table of departments.
        var perDepartment = (await AllCellsAsync(page.Locator("[data-testid=report-table] tbody tr.mud-table-row"))).Sum(r => decimal.Parse(r[2], CultureInfo.InvariantCulture));
        Assert.Equal(perDepartment, values.Sum());
        await AssertBarsFollowAsync(bars, values);

        // A month: four or five weeks.
        await page.GotoAsync($"/reports/departments?period=month&from={Year}-02-01");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(bars).ToHaveCountAsync((DateTime.DaysInMonth(int.Parse(Year, CultureInfo.InvariantCulture), 2) + 6) / 7);
    }

    [Fact]
    public async Task The_revenue_chart_numbers_are_the_month_table_numbers()
    {
        var (context, page) = await ManagerAsync();
        await using var _ = context;
        await page.GotoAsync($"/reports/revenue?period=year&from={Year}-01-01");
        await page.WaitForInteractiveAsync();
        var rows = page.Locator("[data-testid=report-table] tbody tr.mud-table-row");
        await Assertions.Expect(rows).ToHaveCountAsync(12);
        var bars = page.Locator("[data-testid=report-chart] svg .mud-chart-bar");
        await Assertions.Expect(bars).ToHaveCountAsync(36);
        var cells = await AllCellsAsync(rows);
        // Series by series (invoiced, paid, outstanding), month by month: the table's columns 2–4.
        var values = Enumerable.Range(2, 3).SelectMany(c => cells.Select(r => decimal.Parse(r[c], CultureInfo.InvariantCulture))).ToList();
        await AssertBarsFollowAsync(bars, values);
    }

    /// <summary>The bars' heights (from the SVG geometry) are the values to the chart's scale: height / tallest = value / largest.</summary>
    private static async Task AssertBarsFollowAsync(ILocator bars, IReadOnlyList<decimal> values)
    {
        var heights = await bars.EvaluateAllAsync<double[]>("els => els.map(e => e.getBBox().height)");
        Assert.Equal(values.Count, heights.Length);
        var tallest = heights.Max();
        var largest = (double)values.Max();
        for (var i = 0; i < heights.Length; i++)
        {
            Assert.True(Math.Abs((heights[i] / tallest) - ((double)values[i] / largest)) < 0.01,
                $"bar {i}: height {heights[i]} of {tallest}, value {values[i]} of {largest}");
        }
    }

    private static async Task<List<string>> CellsAsync(ILocator row) => [.. (await row.Locator("td").AllInnerTextsAsync()).Select(c => c.Trim())];

    private static async Task<List<List<string>>> AllCellsAsync(ILocator rows)
    {
        var list = new List<List<string>>();
        foreach (var row in await rows.AllAsync())
        {
            list.Add(await CellsAsync(row));
        }

        return list;
    }

    /// <summary>Clicks the export link and reads the file with a CSV parser (not the app's writer).</summary>
    private static async Task<List<List<string>>> DownloadAsync(IPage page, string testId)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(testId).ClickAsync());
        using var parser = new TextFieldParser(await download.PathAsync(), System.Text.Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var lines = new List<List<string>>();
        while (!parser.EndOfData)
        {
            lines.Add([.. parser.ReadFields()!.Select(f => f.Trim().TrimStart('\uFEFF'))]);
        }

        return lines;
    }
}
