using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static DentalLab.Data.Entities.WorkflowStageName;

namespace DentalLab.Web.Tests.Features.Workflow;

/// <summary>The board's card dialogs in Chromium: quality control fail, assign, block, hold and resume.</summary>
[Collection(LabCollection.Name)]
public sealed class BoardDialogsBrowserTests(LabServerFixture server)
{
    private const string Manager = "manager@dentallab.test";

    private Task<LabApp> AppAsync() => server.SharedAppAsync("workflow-board-dialogs");

    /// <summary>Due long ago, so the card sorts first in its column and is never behind "Show more".</summary>
    private static DateOnly LongOverdue => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-400);

    private async Task<(IBrowserContext Context, IPage Page)> BoardAsync(LabApp app)
    {
        var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 2000, Height = 1200 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync(Manager);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await page.GotoAsync("/board");
        await page.WaitForInteractiveAsync();
        return (context, page);
    }

    private static ILocator Card(IPage page, WorkflowStageName column, string caseNumber) =>
        page.Locator($"[data-stage={column}] [data-case='{caseNumber}']");

    private static async Task ActAsync(IPage page, string caseNumber, string action)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Actions for {caseNumber}" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = action }).ClickAsync();
    }

    private static async Task ChooseAsync(IPage page, ILocator dialog, string label, string option)
    {
        await dialog.GetByLabel(label).ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(option, new() { Exact = true }).ClickAsync();
    }

    [Fact]
    public async Task Quality_control_failed_sends_the_card_back_to_the_chosen_stage_and_keeps_the_failed_attempt()
    {
        var app = await AppAsync();
        var (number, id) = await WorkflowTestCases.CreateAsync(app, QualityControl, due: LongOverdue);
        var (context, page) = await BoardAsync(app);
        await using (context)
        {
            await Assertions.Expect(Card(page, QualityControl, number)).ToBeVisibleAsync();
            await ActAsync(page, number, "Quality control failed…");
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Assertions.Expect(dialog).ToContainTextAsync($"Quality control failed: {number}");

            // No stage chosen: told next to the field, nothing saved.
            await dialog.GetByLabel("Reason for the failure").FillAsync("Open margin on 11, remill.");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Fail quality control" }).ClickAsync();
            await Assertions.Expect(dialog.GetByText("Choose the stage to return to.")).ToBeVisibleAsync();
            await Assertions.Expect(dialog.GetByLabel("Reason for the failure")).ToHaveValueAsync("Open margin on 11, remill.");

            await ChooseAsync(page, dialog, "Send back to stage", "Milling");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Fail quality control" }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await Assertions.Expect(page.GetByText($"{number} failed quality control and went back for rework.")).ToBeVisibleAsync();

            var reworked = Card(page, Milling, number);
            await Assertions.Expect(reworked).ToBeVisibleAsync();
            await Assertions.Expect(reworked).ToContainTextAsync("Rework, attempt 2");
            await Assertions.Expect(Card(page, QualityControl, number)).ToHaveCountAsync(0);
        }

        var stages = await WorkflowTestCases.StagesAsync(app, id);
        var failed = Assert.Single(stages, s => s.Stage == QualityControl && s.Attempt == 1);
        Assert.Equal(WorkflowStatus.Failed, failed.Status);
        Assert.Equal("Open margin on 11, remill.", failed.QcFailedReason);
        Assert.Equal(WorkflowStatus.Completed, stages.Single(s => s.Stage == Milling && s.Attempt == 1).Status);
        Assert.Equal(WorkflowStatus.InProgress, stages.Single(s => s.Stage == Milling && s.Attempt == 2).Status);
        Assert.Equal(WorkflowStatus.Pending, stages.Single(s => s.Stage == QualityControl && s.Attempt == 2).Status);
        Assert.Equal(Milling, (await WorkflowTestCases.CaseAsync(app, id)).CurrentStage);
    }

    [Fact]
    public async Task Assigning_a_technician_shows_the_name_on_the_card()
    {
        var app = await AppAsync();
        var (number, id) = await WorkflowTestCases.CreateAsync(app, Design, due: LongOverdue);
        string technician;
        await using (var db = app.Db())
        {
            technician = await db.Users.Where(u => u.NormalizedEmail == "TECH@DENTALLAB.TEST").Select(u => u.FullName).SingleAsync();
        }

        var (context, page) = await BoardAsync(app);
        await using (context)
        {
            var card = Card(page, Design, number);
            await Assertions.Expect(card).ToContainTextAsync("Unassigned");
            await ActAsync(page, number, "Assign technician…");
            var dialog = page.GetByRole(AriaRole.Dialog);
            await ChooseAsync(page, dialog, "Technician", technician);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await Assertions.Expect(page.GetByText($"{number}: technician assigned.")).ToBeVisibleAsync();
            await Assertions.Expect(card).ToContainTextAsync(technician);
            await Assertions.Expect(card).Not.ToContainTextAsync("Unassigned");
        }

        var techId = await WorkflowTestCases.UserIdAsync(app, "tech@dentallab.test");
        Assert.Equal(techId, (await WorkflowTestCases.StagesAsync(app, id)).Single(s => s.Stage == Design).AssignedToId);
    }

    [Fact]
    public async Task Blocking_and_holding_need_a_reason_show_it_on_the_card_and_resume_clears_it()
    {
        var app = await AppAsync();
        var (number, id) = await WorkflowTestCases.CreateAsync(app, Milling, due: LongOverdue);
        var (context, page) = await BoardAsync(app);
        await using (context)
        {
            var card = Card(page, Milling, number);
            await Assertions.Expect(card).ToBeVisibleAsync();

            await ActAsync(page, number, "Block…");
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Block stage" }).ClickAsync();
            await Assertions.Expect(dialog.GetByText("Give a reason.")).ToBeVisibleAsync();
            await dialog.GetByLabel("Reason").FillAsync("Milling burr broken, waiting for a new one.");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Block stage" }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await Assertions.Expect(card).ToContainTextAsync("Blocked: Milling burr broken, waiting for a new one.");
            Assert.Equal(WorkflowStatus.Blocked, (await WorkflowTestCases.StagesAsync(app, id)).Single(s => s.Stage == Milling).Status);

            await ActAsync(page, number, "Resume");
            await Assertions.Expect(page.GetByText($"{number} resumed.")).ToBeVisibleAsync();
            await Assertions.Expect(card).Not.ToContainTextAsync("Blocked");

            await ActAsync(page, number, "Put on hold…");
            dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("Reason").FillAsync("Dentist asked to wait for a new shade.");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Put on hold" }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await Assertions.Expect(page.GetByText($"{number} is on hold.")).ToBeVisibleAsync();
            await Assertions.Expect(card).ToContainTextAsync("On hold: Dentist asked to wait for a new shade.");
            Assert.Equal(CaseStatus.OnHold, (await WorkflowTestCases.CaseAsync(app, id)).Status);

            await ActAsync(page, number, "Resume");
            await Assertions.Expect(card).Not.ToContainTextAsync("On hold");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Actions for {number}" })).ToBeVisibleAsync();
        }

        Assert.Equal(Case.StatusForStage(Milling), (await WorkflowTestCases.CaseAsync(app, id)).Status);
        Assert.Equal(WorkflowStatus.InProgress, (await WorkflowTestCases.StagesAsync(app, id)).Single(s => s.Stage == Milling).Status);
    }

    [Fact]
    public async Task A_cards_actions_menu_opens_from_the_keyboard_and_again_after_it_closes()
    {
        // Each card's menu is built the first time it is used (its stand-in is a plain button): from the keyboard, the
        // menu opens with the focus on its button, the arrow keys reach its items, Escape closes it, and it opens again.
        var app = await AppAsync();
        var (number, _) = await WorkflowTestCases.CreateAsync(app, Design, due: LongOverdue);
        var (context, page) = await BoardAsync(app);
        await using (context)
        {
            var button = page.GetByRole(AriaRole.Button, new() { Name = $"Actions for {number}" });
            await button.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            var complete = page.GetByRole(AriaRole.Menuitem, new() { Name = "Complete design" });
            await Assertions.Expect(complete).ToBeVisibleAsync();
            await Assertions.Expect(button).ToBeFocusedAsync();
            await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "true");

            await page.Keyboard.PressAsync("ArrowDown");
            await Assertions.Expect(complete).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(complete).ToBeHiddenAsync();

            await button.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Menuitem, new() { Name = "Assign technician…" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "Complete design" }).ClickAsync();
            await Assertions.Expect(Card(page, Milling, number)).ToBeVisibleAsync();
        }
    }
}
