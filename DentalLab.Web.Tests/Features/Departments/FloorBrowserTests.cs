using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Departments;

/// <summary>
/// In Chromium, as the lab manager: edit a schedule (with a split shift), record an absence and see it on the roster,
/// record maintenance on a mill, mark another broken and see it on the board, decommission a machine on a given day.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class FloorBrowserTests(LabServerFixture server)
{
    private static async Task ChooseAsync(IPage page, ILocator dialog, string label, string option)
    {
        await dialog.GetByLabel(label).ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(option, new() { Exact = true }).ClickAsync();
    }

    [Fact]
    public async Task A_manager_edits_a_schedule_records_maintenance_on_a_mill_marks_another_broken_and_the_board_warns()
    {
        var app = await server.SharedAppAsync("staff-floor-browser");
        var number = await Staff.StaffTestData.EmployeeNumberAsync(app, Staff.StaffTestData.Tech);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1366, Height = 900 } });
        await using (context)
        {
            var page = await context.NewPageAsync();
            await page.SignInAsync(Staff.StaffTestData.Manager);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

            // 1. The technician's Monday becomes 07:00–15:30 from today; an end before the start is refused next to the day first.
            await page.GotoAsync($"/staff/{number}");
            await page.WaitForInteractiveAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Change schedule" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("Monday start").FillAsync("15:00");
            await dialog.GetByLabel("Monday end").FillAsync("07:00");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save schedule" }).ClickAsync();
            await Assertions.Expect(dialog.GetByText("The end must be after the start.")).ToBeVisibleAsync();
            await Assertions.Expect(dialog.GetByLabel("Monday end")).ToHaveValueAsync("07:00");
            await dialog.GetByLabel("Monday start").FillAsync("07:00");
            await dialog.GetByLabel("Monday end").FillAsync("15:30");
            // Wednesday becomes a split shift: 08:00–12:00 and 13:00–16:30.
            await dialog.GetByLabel("Wednesday end").FillAsync("12:00");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Add a second shift on Wednesday" }).ClickAsync();
            await dialog.GetByLabel("Wednesday shift 2 start").FillAsync("13:00");
            await dialog.GetByLabel("Wednesday shift 2 end").FillAsync("16:30");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save schedule" }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            var current = page.Locator("[data-testid=schedule-current]");
            await Assertions.Expect(current).ToContainTextAsync("07:00–15:30");
            await Assertions.Expect(current.Locator("tr").Filter(new() { HasText = "Wednesday" })).ToHaveCountAsync(2);
            await Assertions.Expect(current).ToContainTextAsync("08:00–12:00");
            await Assertions.Expect(current).ToContainTextAsync("13:00–16:30");
            await Assertions.Expect(page.Locator("[data-testid=schedule-history]")).ToContainTextAsync("08:00–16:30");

            // 1b. The technician is on a course today and tomorrow: recorded on the profile, shown as today's absence on the
            // roster — on a roster already open in another tab without a reload, and on a fresh one.
            var openRoster = await context.NewPageAsync();
            await openRoster.GotoAsync("/staff/roster");
            await openRoster.WaitForInteractiveAsync();
            await Assertions.Expect(openRoster.GetByTestId("away-today")).ToBeVisibleAsync();
            await Assertions.Expect(openRoster.GetByTestId("away-row").Filter(new() { HasText = "Tomasz Wiśniewski" })).ToHaveCountAsync(0);
            await page.GetByTestId("absences").GetByRole(AriaRole.Button, new() { Name = "Record absence" }).ClickAsync();
            dialog = page.GetByRole(AriaRole.Dialog);
            await ChooseAsync(page, dialog, "Kind of absence", "Training");
            await dialog.GetByLabel("Last day away").FillAsync(today.AddDays(1).ToString("yyyy-MM-dd"));
            await dialog.GetByLabel("Last day away").PressAsync("Tab");
            await dialog.GetByLabel("Note (optional)").FillAsync("Zirconia course");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Record absence" }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await Assertions.Expect(page.GetByTestId("absence")).ToContainTextAsync("Training (today)");
            await Assertions.Expect(openRoster.GetByTestId("away-row").Filter(new() { HasText = "Tomasz Wiśniewski" })).ToContainTextAsync("Training");
            await openRoster.CloseAsync();
            await page.GotoAsync("/staff/roster");
            await page.WaitForInteractiveAsync();
            var away = page.GetByTestId("away-row").Filter(new() { HasText = "Tomasz Wiśniewski" });
            await Assertions.Expect(away).ToContainTextAsync("Training");
            await Assertions.Expect(away).ToContainTextAsync("Zirconia course");
            await Assertions.Expect(page.GetByTestId("roster-row").Filter(new() { HasText = "Tomasz Wiśniewski" }).GetByTestId("roster-away").First).ToHaveTextAsync("Away: Training");
            Assert.Empty(await Axe.SeriousViolationsAsync(page));

            // 2. Maintenance on 5-axis mill 1, by an outside company.
            await page.GotoAsync("/equipment?department=MILL");
            await page.WaitForInteractiveAsync();
            var mill = page.Locator("[data-testid=equipment-row][data-name='5-axis mill 1']");
            await Assertions.Expect(mill).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Actions for 5-axis mill 1" }).ClickAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "Record maintenance…" }).ClickAsync();
            dialog = page.GetByRole(AriaRole.Dialog);
            await ChooseAsync(page, dialog, "Kind", "Calibration");
            await dialog.GetByLabel("Done by an outside company").CheckAsync();
            await dialog.GetByLabel("Company", new() { Exact = true }).FillAsync("MillCare GmbH");
            await dialog.GetByLabel("Cost", new() { Exact = true }).FillAsync("180.00");
            await dialog.GetByLabel("Next maintenance due").FillAsync(today.AddDays(180).ToString("yyyy-MM-dd"));
            await dialog.GetByLabel("Next maintenance due").PressAsync("Tab");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Record maintenance" }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await Assertions.Expect(mill.Locator("[data-testid=last-maintenance]")).ToHaveTextAsync(today.ToString("yyyy-MM-dd"));
            await Assertions.Expect(mill.Locator("[data-testid=next-maintenance]")).ToContainTextAsync(today.AddDays(180).ToString("yyyy-MM-dd"));

            // 3. The wet mill breaks.
            var wet = page.Locator("[data-testid=equipment-row][data-name='Wet mill']");
            await page.GetByRole(AriaRole.Button, new() { Name = "Actions for Wet mill" }).ClickAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "Mark broken…" }).ClickAsync();
            dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("Reason").FillAsync("Water pump failed");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Mark broken" }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await Assertions.Expect(wet.Locator("[data-testid=equipment-status]")).ToHaveTextAsync("Broken");

            // 4. The board's milling column warns.
            await page.GotoAsync("/board");
            await page.WaitForInteractiveAsync();
            var warning = page.Locator("[data-stage=Milling] [data-testid=broken-equipment]");
            await Assertions.Expect(warning).ToContainTextAsync("Wet mill");
            await Assertions.Expect(page.Locator("[data-stage=Design] [data-testid=broken-equipment]")).ToHaveCountAsync(0);

            // 5. The light box is decommissioned: the day it left service is asked for and checked next to the field.
            await page.GotoAsync("/equipment?department=QCD");
            await page.WaitForInteractiveAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Actions for Shade matching light box" }).ClickAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "Decommission…" }).ClickAsync();
            dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("Reason").FillAsync("Replaced by the spectrophotometer");
            await dialog.GetByLabel("Out of service since").FillAsync("");
            await dialog.GetByLabel("Out of service since").PressAsync("Tab");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Decommission" }).ClickAsync();
            await Assertions.Expect(dialog.GetByText("Give the day the machine was taken out of service.")).ToBeVisibleAsync();
            await dialog.GetByLabel("Out of service since").FillAsync(today.AddDays(-2).ToString("yyyy-MM-dd"));
            await dialog.GetByLabel("Out of service since").PressAsync("Tab");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Decommission" }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await page.GotoAsync("/equipment?department=QCD&status=Decommissioned");
            await page.WaitForInteractiveAsync();
            await Assertions.Expect(page.Locator("[data-testid=equipment-row][data-name='Shade matching light box']")).ToContainTextAsync($"since {today.AddDays(-2):yyyy-MM-dd}");
        }

        await using var db = app.Db();
        var log = await db.MaintenanceLog.AsNoTracking().Where(m => m.Equipment!.Name == "5-axis mill 1" && m.PerformedOn == today).SingleAsync();
        Assert.Equal(("MillCare GmbH", 180.00m, MaintenanceKind.Calibration), (log.PerformedByCompany, log.Cost, log.Kind));
        var managerOfMill = await db.Departments.Where(d => d.Code == "MILL").Select(d => d.ManagerId).SingleAsync();
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == managerOfMill && n.Title == "Wet mill is broken"));
        Assert.Equal(today.AddDays(-2), await db.DepartmentEquipment.Where(e => e.Name == "Shade matching light box").Select(e => e.DecommissionedOn).SingleAsync());
    }
}
