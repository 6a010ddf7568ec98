using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Workflow;

/// <summary>The workflow templates page in Chromium: per-field validation, then a saved change.</summary>
[Collection(LabCollection.Name)]
public sealed class TemplatesPageBrowserTests(LabServerFixture server)
{
    [Fact]
    public async Task An_invalid_value_is_refused_next_to_its_field_and_a_valid_change_is_saved()
    {
        var app = await server.SharedAppAsync("workflow-templates-page");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("manager@dentallab.test");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await page.GotoAsync("/workflow/templates");
        await page.WaitForInteractiveAsync();

        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Night guard" });
        await Assertions.Expect(row).ToContainTextAsync("3 business days");
        await Assertions.Expect(row).ToContainTextAsync("2.75");
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit Night guard" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        var turnaround = dialog.GetByLabel("Turnaround (business days)");
        var hours = dialog.GetByLabel("Hours for Milling");

        // Invalid: the message is next to the field, what was typed stays, nothing is saved.
        await turnaround.FillAsync("0");
        await hours.FillAsync("10000");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save template" }).ClickAsync();
        await Assertions.Expect(Field(page, dialog, "Turnaround (business days)")).ToContainTextAsync("The turnaround must be at least 1 business day.");
        await Assertions.Expect(Field(page, dialog, "Hours for Milling")).ToContainTextAsync("Hours must be between 0 and 9999.");
        await Assertions.Expect(turnaround).ToHaveValueAsync("0");
        await Assertions.Expect(hours).ToHaveValueAsync("10000");
        Assert.Equal(3, await TurnaroundAsync(app));

        await hours.FillAsync("2.5");

        await turnaround.FillAsync("4");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save template" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText("Night guard saved. New cases use it from now on.")).ToBeVisibleAsync();
        await Assertions.Expect(row).ToContainTextAsync("4 business days");
        await Assertions.Expect(row).ToContainTextAsync("4.25");

        Assert.Equal(4, await TurnaroundAsync(app));
        await using var db = app.Db();
        var milling = await db.WorkflowTemplateStages.AsNoTracking()
            .SingleAsync(s => s.Template!.ProcedureType == ProcedureType.NightGuard && s.Stage == WorkflowStageName.Milling);
        Assert.Equal(2.5m, milling.ExpectedHours);
    }

    /// <summary>The input's field: the input, its label and the message under it.</summary>
    private static ILocator Field(IPage page, ILocator dialog, string label) =>
        dialog.Locator(".mud-input-control").Filter(new() { Has = page.GetByLabel(label, new() { Exact = true }) });

    private static async Task<int> TurnaroundAsync(LabApp app)
    {
        await using var db = app.Db();
        return await db.WorkflowTemplates.Where(t => t.ProcedureType == ProcedureType.NightGuard).Select(t => t.TurnaroundDays).SingleAsync();
    }
}
