using Microsoft.Playwright;
using static DentalLab.Data.Entities.WorkflowStageName;

namespace DentalLab.Web.Tests.Features.Workflow;

/// <summary>Drags act on the card that was dragged, among many, and a refused drag leaves the card where it was.</summary>
[Collection(LabCollection.Name)]
public sealed class BoardDragBrowserTests(LabServerFixture server)
{
    /// <summary>Drop near the top of a column: the messages of earlier moves (bottom right) may cover its middle.</summary>
    private static readonly LocatorDragToOptions TopOfZone = new() { TargetPosition = new() { X = 40, Y = 20 } };

    [Fact]
    public async Task Dragging_specific_cards_among_many_moves_exactly_those_and_a_refused_drag_keeps_the_order()
    {
        var app = await server.SharedAppAsync("workflow-drag", demo: true);
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30);
        var numbers = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            // Due long ago, so these are the first cards of the column (the board sorts by due date).
            numbers.Add((await WorkflowTestCases.CreateAsync(app, Design, due: due.AddDays(i))).CaseNumber);
        }

        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 2000, Height = 1400 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync("tech@dentallab.test");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await page.GotoAsync("/board");
        await page.WaitForInteractiveAsync();
        var design = page.Locator($"[data-stage={Design}]");
        await Assertions.Expect(design.Locator($"[data-case='{numbers[^1]}']")).ToBeVisibleAsync();
        var before = await OrderAsync(design, numbers);

        // Refused: Design can only move on to Milling. The message names the dragged card; the column keeps its order.
        await design.Locator($"[data-case='{numbers[2]}']").DragToAsync(page.Locator($"[data-stage={Delivery}] .board-zone"), TopOfZone);
        await Assertions.Expect(page.GetByText($"{numbers[2]} is at Design: it can only move on to Milling.")).ToBeVisibleAsync();
        Assert.Equal(before, await OrderAsync(design, numbers));

        // Then specific cards, one after another, each right after the board re-read itself.
        var moved = new List<string>();
        foreach (var index in new[] { 5, 1, 6, 2 })
        {
            var number = numbers[index];
            await design.Locator($"[data-case='{number}']").DragToAsync(page.Locator($"[data-stage={Milling}] .board-zone"), TopOfZone);
            moved.Add(number);
            await Assertions.Expect(page.Locator($"[data-stage={Milling}] [data-case='{number}']")).ToBeVisibleAsync();
            foreach (var other in numbers.Except(moved))
            {
                await Assertions.Expect(design.Locator($"[data-case='{other}']")).ToBeVisibleAsync();
            }

            Assert.Equal(before.Except(moved), await OrderAsync(design, numbers));
        }

        // Refused again after the moves: still the dragged card, still in place. (Five messages are on screen, the most
        // that show at once: close them, so the refusal is not queued behind them.)
        foreach (var close in await page.Locator(".mud-snackbar button").AllAsync())
        {
            await close.ClickAsync();
        }

        await Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
        await design.Locator($"[data-case='{numbers[4]}']").DragToAsync(page.Locator($"[data-stage={QualityControl}] .board-zone"), TopOfZone);
        await Assertions.Expect(page.GetByText($"{numbers[4]} is at Design: it can only move on to Milling.")).ToBeVisibleAsync();
        await WaitForOrderAsync(design, numbers, [.. before.Except(moved)]);

        foreach (var number in numbers)
        {
            var expected = moved.Contains(number) ? Milling : Design;
            Assert.Equal(expected, (await WorkflowTestCases.CaseAsync(app, await IdAsync(app, number))).CurrentStage);
        }
    }

    /// <summary>Waits until the column shows the test's cards in <paramref name="expected"/> order (the zones re-render after the refusal), then asserts it.</summary>
    private static async Task WaitForOrderAsync(ILocator column, List<string> ours, List<string> expected)
    {
        await column.EvaluateAsync("""
            (column, [ours, expected]) => new Promise(resolve => {
                const done = () => JSON.stringify([...column.querySelectorAll('[data-case]')].map(c => c.getAttribute('data-case')).filter(n => ours.includes(n))) === JSON.stringify(expected);
                if (done()) { resolve(); return; }
                const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); resolve(); } });
                observer.observe(column, { childList: true, subtree: true });
                setTimeout(() => { observer.disconnect(); resolve(); }, 10000);
            })
            """, new object[] { ours, expected });
        Assert.Equal(expected, await OrderAsync(column, ours));
    }

    /// <summary>The test's cards in the order the column shows them.</summary>
    private static async Task<List<string>> OrderAsync(ILocator column, List<string> ours) =>
        (await column.Locator("[data-case]").EvaluateAllAsync<string[]>("cards => cards.map(c => c.getAttribute('data-case'))"))
            .Where(ours.Contains).ToList();

    private static async Task<Guid> IdAsync(LabApp app, string number)
    {
        await using var db = app.Db();
        return db.Cases.Where(c => c.CaseNumber == number).Select(c => c.Id).Single();
    }
}
