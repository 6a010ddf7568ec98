using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static DentalLab.Data.Entities.WorkflowStageName;

namespace DentalLab.Web.Tests.Features.Workflow;

/// <summary>The scan station in Chromium, driven by the keyboard the way a wedge scanner types.</summary>
[Collection(LabCollection.Name)]
public sealed class ScanStationBrowserTests(LabServerFixture server)
{
    [Fact]
    public async Task Typing_a_case_number_and_Enter_shows_the_case_and_Enter_again_completes_its_stage_and_unknown_codes_are_loud()
    {
        var app = await server.SharedAppAsync("workflow-scan");
        var (number, id) = await WorkflowTestCases.CreateAsync(app, Receiving);
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("tech@dentallab.test");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await page.GotoAsync("/scan");
        await page.WaitForInteractiveAsync();
        var input = page.GetByLabel("Scan or type a case number");
        await Assertions.Expect(input).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync("NOT-A-CASE-42");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Unknown code \"NOT-A-CASE-42\"" })).ToBeVisibleAsync();
        await Assertions.Expect(input).ToHaveValueAsync("");
        await Assertions.Expect(input).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync(number.ToLowerInvariant());
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("scanned-case")).ToContainTextAsync(number);
        await Assertions.Expect(page.GetByTestId("current-stage")).ToHaveTextAsync("Receiving");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Unknown code" })).ToHaveCountAsync(0);
        await Assertions.Expect(input).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("scan-done")).ToHaveTextAsync($"{number}: Receiving completed. Now at Impression / scan.");
        await Assertions.Expect(input).ToBeFocusedAsync();

        var @case = await WorkflowTestCases.CaseAsync(app, id);
        Assert.Equal((CaseStatus.Processing, (WorkflowStageName?)ImpressionScan), (@case.Status, @case.CurrentStage));
        var tech = await WorkflowTestCases.UserIdAsync(app, "tech@dentallab.test");
        await using var db = app.Db();
        var scans = await db.ScanEvents.AsNoTracking().Where(s => s.UserId == tech).OrderBy(s => s.CreatedAt).Select(s => new { s.Outcome, s.CaseId }).ToListAsync();
        Assert.Equal(["unknown", "shown", "completed"], scans.TakeLast(3).Select(s => s.Outcome));
        Assert.Equal([null, id, id], scans.TakeLast(3).Select(s => s.CaseId));
    }

    [Fact]
    public async Task A_case_in_milling_scanned_at_the_station_takes_material_there()
    {
        var app = await server.SharedAppAsync("workflow-scan");
        var item = await Inventory.InventoryTestData.ItemAsync(app, lotTracked: false, unit: "pcs");
        await Inventory.InventoryTestData.MoveAsync(app, item.Sku, Inventory.InventoryTestData.Receive(10));
        var (number, _) = await Inventory.InventoryTestData.CaseAsync(app, stage: Milling);
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("tech@dentallab.test");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await page.GotoAsync("/scan");
        await page.WaitForInteractiveAsync();
        await page.Keyboard.TypeAsync(number);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("current-stage")).ToHaveTextAsync("Milling");

        var panel = page.Locator("[data-testid=case-materials]");
        await panel.GetByLabel("Material (SKU or name)").FillAsync(item.Sku);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = item.Sku }).First.ClickAsync();
        await panel.GetByLabel("Quantity (pcs)").FillAsync("2");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Record usage" }).ClickAsync();
        await Assertions.Expect(panel.Locator("[data-testid=case-material]")).ToContainTextAsync(item.Sku);
        Assert.Equal(8m, (await Inventory.InventoryTestData.ReloadAsync(app, item.Id)).QuantityOnHand);
        // The case is still on screen, its stage not completed by the usage.
        await Assertions.Expect(page.GetByTestId("current-stage")).ToHaveTextAsync("Milling");
    }
}
