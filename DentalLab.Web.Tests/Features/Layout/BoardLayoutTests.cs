using DentalLab.Data.Entities;
using DentalLab.Web.Tests.Features.Workflow;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Layout;

/// <summary>The board as a person meets it in Chromium: all seven columns on a 1366 px screen, and a first paint that does not jump.</summary>
[Collection(LabCollection.Name)]
public sealed class BoardLayoutTests(LabServerFixture server)
{
    private const string Manager = "manager@dentallab.test";

    [Fact]
    public async Task At_1366_px_every_column_header_and_the_late_delivery_card_are_on_screen()
    {
        var app = await server.SharedAppAsync("layout");
        var (late, _) = await WorkflowTestCases.CreateAsync(app, WorkflowStageName.Delivery, due: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2));
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync(Manager);
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.GotoAsync("/board");
        await page.WaitForInteractiveAsync();

        var card = page.Locator($"[data-stage=Delivery] [data-case='{late}']");
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card).ToContainTextAsync("late");
        var columns = page.Locator(".board-column[data-stage]");
        await Assertions.Expect(columns).ToHaveCountAsync(7);
        var off = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var header = columns.Nth(i).Locator("[data-testid=column-header]");
            await Assertions.Expect(header).ToBeVisibleAsync();
            var box = (await header.BoundingBoxAsync())!;
            if (box.X < 0 || box.X + box.Width > 1366)
            {
                off.Add($"{await header.InnerTextAsync()} at {box.X:0}..{box.X + box.Width:0}");
            }
        }

        var cardBox = (await card.BoundingBoxAsync())!;
        Assert.True(cardBox.X >= 0 && cardBox.X + cardBox.Width <= 1366, $"The late delivery card is at {cardBox.X:0}..{cardBox.X + cardBox.Width:0}, past the screen's 1366 px.");
        Assert.True(off.Count == 0, "Column headers off screen at 1366 px: " + string.Join(", ", off));
        Assert.Null(await LayoutProbe.OverflowAsync(page));
    }

    [Fact]
    public async Task The_prerendered_board_stays_in_place_when_the_page_becomes_interactive()
    {
        var app = await server.SharedAppAsync("layout");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1366, Height = 768 } });
        // Before any of the page's own scripts: count layout shifts, and after every DOM change how many columns there are.
        await context.AddInitScriptAsync(
            """
            window.__layout = { shift: 0, shifts: [], fewestColumns: null, checks: 0 };
            new PerformanceObserver(list => {
              for (const e of list.getEntries()) {
                if (e.hadRecentInput) continue;
                window.__layout.shift += e.value;
                window.__layout.shifts.push(Math.round(e.value * 1000) / 1000);
              }
            }).observe({ type: 'layout-shift', buffered: true });
            new MutationObserver(() => {
              const n = document.querySelectorAll('.board-column[data-stage]').length;
              const l = window.__layout;
              l.checks++;
              // Counted once the parser has put all seven prerendered columns there: from then on none may be missing.
              if (n === 7 || l.fewestColumns !== null) l.fewestColumns = l.fewestColumns === null ? n : Math.min(l.fewestColumns, n);
            }).observe(document, { childList: true, subtree: true });
            """);
        var page = await context.NewPageAsync();
        await page.SignInAsync(Manager);
        await page.WaitForURLAsync(app.BaseUrl + "/");

        await page.GotoAsync("/board");
        await Assertions.Expect(page.Locator(".board-column[data-stage]")).ToHaveCountAsync(7);
        await page.WaitForInteractiveAsync();
        // The interactive render replaces the prerendered one in the render batch after the circuit starts; one animation
        // frame later every shift it caused has been reported.
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var layout = await page.EvaluateAsync<LayoutReport>("() => window.__layout");

        Assert.True(layout.FewestColumns == 7, $"The board's columns went down to {layout.FewestColumns} after the prerender showed them.");
        Assert.True(layout.Shift < 0.1, $"Cumulative layout shift {layout.Shift:0.000} (shifts: {string.Join(", ", layout.Shifts)}).");
        await Assertions.Expect(page.Locator(".board-column[data-stage]")).ToHaveCountAsync(7);
    }

    private sealed class LayoutReport
    {
        public double Shift { get; set; }

        public double[] Shifts { get; set; } = [];

        public int? FewestColumns { get; set; }

        public int Checks { get; set; }
    }
}
