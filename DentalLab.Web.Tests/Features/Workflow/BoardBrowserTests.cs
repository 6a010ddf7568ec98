using System.Diagnostics;
using DentalLab.Data.Entities;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static DentalLab.Data.Entities.WorkflowStageName;

namespace DentalLab.Web.Tests.Features.Workflow;

/// <summary>The board in Chromium: live moves between browsers, drag rules.</summary>
[Collection(LabCollection.Name)]
public sealed class BoardBrowserTests(LabServerFixture server, ITestOutputHelper output)
{
    private Task<LabApp> AppAsync() => server.SharedAppAsync("workflow-board");

    private async Task<(IBrowserContext Context, IPage Page)> BoardAsync(LabApp app, string email)
    {
        var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 2000, Height = 1200 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync(email);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await page.GotoAsync("/board");
        await page.WaitForInteractiveAsync();
        return (context, page);
    }

    private static ILocator Card(IPage page, WorkflowStageName column, string caseNumber) =>
        page.Locator($"[data-stage={column}] [data-case='{caseNumber}']");

    [Fact]
    public async Task A_stage_completed_in_one_browser_moves_the_card_in_another_live()
    {
        var app = await AppAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (number, _) = await WorkflowTestCases.CreateAsync(app, Design, due: today.AddDays(-3), urgency: UrgencyLevel.Rush);
        var (managerContext, manager) = await BoardAsync(app, "manager@dentallab.test");
        var (techContext, tech) = await BoardAsync(app, "tech@dentallab.test");
        await using (managerContext)
        await using (techContext)
        {
            var watched = Card(tech, Design, number);
            await Assertions.Expect(watched).ToBeVisibleAsync();
            await Assertions.Expect(watched).ToContainTextAsync("Rush");
            await Assertions.Expect(watched).ToContainTextAsync("late");

            await manager.GetByRole(AriaRole.Button, new() { Name = $"Actions for {number}" }).ClickAsync();
            var clock = Stopwatch.StartNew();
            await manager.GetByRole(AriaRole.Menuitem, new() { Name = "Complete design" }).ClickAsync();
            await Assertions.Expect(Card(tech, Milling, number)).ToBeVisibleAsync(new() { Timeout = 5000 });
            clock.Stop();
            output.WriteLine($"The card moved in the other browser {clock.ElapsedMilliseconds} ms after the click.");
            Console.WriteLine($"Board live delay: {clock.ElapsedMilliseconds} ms");
            await Assertions.Expect(Card(tech, Design, number)).ToHaveCountAsync(0);
            await Assertions.Expect(Card(manager, Milling, number)).ToBeVisibleAsync();
            await Assertions.Expect(manager.GetByText($"{number} moved to Milling.")).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task A_card_dragged_onto_a_column_other_than_the_next_is_refused_and_onto_the_next_moves()
    {
        var app = await AppAsync();
        var (number, _) = await WorkflowTestCases.CreateAsync(app, Design, due: DateOnly.FromDateTime(DateTime.UtcNow));
        var (context, page) = await BoardAsync(app, "tech@dentallab.test");
        await using (context)
        {
            var card = Card(page, Design, number);
            await Assertions.Expect(card).ToBeVisibleAsync();

            await card.DragToAsync(page.Locator($"[data-stage={Delivery}] .board-zone"));
            await Assertions.Expect(page.GetByText($"{number} is at Design: it can only move on to Milling.")).ToBeVisibleAsync();
            await Assertions.Expect(card).ToBeVisibleAsync();
            await Assertions.Expect(Card(page, Delivery, number)).ToHaveCountAsync(0);

            await card.DragToAsync(page.Locator($"[data-stage={Milling}] .board-zone"));
            await Assertions.Expect(Card(page, Milling, number)).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText($"{number} moved to Milling.")).ToBeVisibleAsync();
        }
    }
}
