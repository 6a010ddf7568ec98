using System.Text.RegularExpressions;
using DentalLab.Data.Entities;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Cases;

/// <summary>The front desk logs a case through the form in Chromium, then works with it on its page.</summary>
[Collection(LabCollection.Name)]
public sealed partial class CaseBrowserTests(LabServerFixture server)
{
    [Fact]
    public async Task Staff_create_a_case_with_the_tooth_chart_then_upload_a_scan_and_add_a_note_on_its_page()
    {
        var app = await server.SharedAppAsync("cases-browser");
        var dentist = await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync(CaseTestData.Staff);
        await page.WaitForURLAsync(app.BaseUrl + "/");

        await page.GotoAsync("/cases");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New case" }).ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/cases/new");
        // The address changes before the new page is drawn: wait for the page itself.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New case" })).ToBeVisibleAsync();

        // Saved too early: the server's messages stand next to their fields and what was typed stays.
        await page.GetByLabel("Practice patient code").FillAsync("PT-4411");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create case" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Choose the dentist.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("error-Teeth")).ToHaveTextAsync("Mark the teeth on the chart.");
        await Assertions.Expect(page.GetByLabel("Practice patient code")).ToHaveValueAsync("PT-4411");

        // Dentist: type part of the name and pick from the list.
        var dentistField = page.GetByRole(AriaRole.Combobox, new() { Name = "Dentist" });
        await dentistField.ClickAsync();
        await dentistField.PressSequentiallyAsync(dentist.DentistName[..6]);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = dentist.PracticeName }).First.ClickAsync();
        // Let the picker close and the form settle before typing on: a re-render mid-typing would drop the text.
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        // The dentist's message goes as soon as one is chosen; the teeth's stays until teeth are marked.
        await Assertions.Expect(page.GetByText("Choose the dentist.")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("error-Teeth")).ToHaveTextAsync("Mark the teeth on the chart.");

        await page.GetByLabel("Patient name").FillAsync("Łukasz Żółć");
        await page.GetByLabel("Patient name").BlurAsync();
        await Assertions.Expect(page.GetByLabel("Patient name")).ToHaveValueAsync("Łukasz Żółć");
        await ChooseAsync(page, "Procedure", "Bridge");
        foreach (var tooth in new[] { "24", "25", "26" })
        {
            await page.Locator($"[data-tooth='{tooth}']").ClickAsync();
        }

        await Assertions.Expect(page.GetByTestId("error-Teeth")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as bridge" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("teeth-summary")).ToContainTextAsync("24-26 bridge");
        await ChooseAsync(page, "Shade", "A3");
        await ChooseAsync(page, "Urgency", "Rush");

        var settings = app.Services.GetRequiredService<LabSettings>();
        DateOnly expectedDue;
        await using (var db = app.Db())
        {
            var template = await db.Set<WorkflowTemplate>().Include(t => t.Stages).SingleAsync(t => t.ProcedureType == ProcedureType.Bridge);
            expectedDue = new DueDateCalculator(await settings.GetDatesAsync("cases.holidays")).DueDate(await settings.TodayAsync(), template, UrgencyLevel.Rush);
        }

        await Assertions.Expect(page.GetByTestId("computed-due-date")).ToContainTextAsync(expectedDue.ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Create case" }).ClickAsync();

        // The case page: its number and due date.
        try
        {
            await page.WaitForURLAsync(CaseUrl(), new() { Timeout = 10_000 });
        }
        catch (TimeoutException ex)
        {
            var messages = await page.Locator("[data-testid=form-error], .mud-input-error, [data-testid^=error-]").AllTextContentsAsync();
            throw new TimeoutException("Create case did not open the case page; the form says: " + string.Join(" | ", messages), ex);
        }

        var number = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync(number);
        await Assertions.Expect(page.GetByTestId("due-date")).ToContainTextAsync(expectedDue.ToString("yyyy-MM-dd"));
        await Assertions.Expect(page.GetByTestId("case-header")).ToContainTextAsync("Łukasz Żółć");
        await Assertions.Expect(page.Locator("[data-testid=tooth-chart] .tooth.in-bridge")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("stage-row")).ToHaveCountAsync(7);

        // Upload a scan big enough for the progress bar to show, and a photo that is previewed.
        var scan = new byte[84 + (50 * 120_000)];
        BitConverter.GetBytes(120_000u).CopyTo(scan, 80);
        await page.GetByTestId("file-input").SetInputFilesAsync(new FilePayload { Name = "upper-arch.stl", MimeType = "model/stl", Buffer = scan });
        await Assertions.Expect(page.GetByTestId("upload-progress")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("file-row").Filter(new() { HasText = "upper-arch.stl" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.GetByTestId("file-input").SetInputFilesAsync(new FilePayload { Name = "smile.png", MimeType = "image/png", Buffer = CaseFileTests.Png });
        var preview = page.Locator("img[alt='smile.png']");
        await Assertions.Expect(preview).ToBeVisibleAsync();
        Assert.True(await preview.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 1"));

        // A note is text, never HTML.
        await page.GetByLabel("New note").FillAsync("<b>not bold</b> & kept as typed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        var note = page.GetByTestId("note-body").First;
        await Assertions.Expect(note).ToHaveTextAsync("<b>not bold</b> & kept as typed");
        Assert.Equal(0, await note.Locator("b").CountAsync());

        // Live: a change by someone else elsewhere shows on the open page without a reload.
        await using (var technician = await app.ScopeAsAsync("tech@dentallab.test"))
        {
            Assert.True((await technician.ServiceProvider.GetRequiredService<CaseService>().AddNoteAsync(number, "Scan checked at the bench", false)).Succeeded);
        }

        await Assertions.Expect(page.GetByTestId("note-body").Filter(new() { HasText = "Scan checked at the bench" })).ToBeVisibleAsync();

        // The list finds it; staff (no reports.export) get no export button.
        await page.GotoAsync($"/cases?q={number}");
        await Assertions.Expect(page.GetByTestId("case-row")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("export-csv")).ToHaveCountAsync(0);

        // A manager's CSV export downloads from the button (not through the page router).
        await using var managerContext = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var managerPage = await managerContext.NewPageAsync();
        await managerPage.SignInAsync("manager@dentallab.test");
        await managerPage.WaitForURLAsync(app.BaseUrl + "/");
        await managerPage.GotoAsync($"/cases?q={number}");
        await Assertions.Expect(managerPage.GetByTestId("case-row")).ToHaveCountAsync(1);
        var download = await managerPage.RunAndWaitForDownloadAsync(() => managerPage.GetByTestId("export-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains(number, csv, StringComparison.Ordinal);
        Assert.Contains("Łukasz Żółć", csv, StringComparison.Ordinal);

        await using var check = app.Db();
        var saved = await check.Cases.Include(c => c.Files).SingleAsync(c => c.CaseNumber == number);
        Assert.Equal(new short[] { 24, 25, 26 }, saved.Teeth);
        Assert.Equal("24-26", saved.BridgeSpans);
        Assert.Equal("A3", saved.Shade);
        Assert.Equal(dentist.Id, saved.DentistId);
        Assert.Equal("PT-4411", saved.PatientCode);
        Assert.Equal(2, saved.Files.Count);
    }

    [Fact]
    public async Task Hold_resume_cancel_and_delete_each_ask_first_and_hold_and_cancel_need_a_reason()
    {
        var app = await server.SharedAppAsync("cases-browser");
        var number = await CaseTestData.CreateAsync(app, CaseTestData.Crown(await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test")));
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("manager@dentallab.test");
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.GotoAsync($"/cases/{number}");
        await page.WaitForInteractiveAsync();
        var status = page.GetByTestId("case-status");
        await Assertions.Expect(status).ToHaveTextAsync("Receiving");

        await page.GetByRole(AriaRole.Button, new() { Name = "Put on hold" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Put on hold" }).ClickAsync();
        await Assertions.Expect(dialog.GetByText("Give a reason.")).ToBeVisibleAsync();
        await dialog.GetByLabel("Why is it on hold?").FillAsync("Waiting for the bite registration");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Put on hold" }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("On hold");
        await Assertions.Expect(page.GetByText("On hold: Waiting for the bite registration")).ToBeVisibleAsync();

        // Asked and declined: nothing changes.
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep the case as it is" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(status).ToHaveTextAsync("On hold");
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("Receiving");

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel case" }).ClickAsync();
        await dialog.GetByLabel("Why is it cancelled?").FillAsync("The dentist withdrew the order");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel case" }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("Cancelled");
        await Assertions.Expect(page.GetByTestId("stage-row").Filter(new() { HasText = "Skipped" })).ToHaveCountAsync(7);

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete case" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete case" }).ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/cases");
        await page.GotoAsync($"/cases/{number}");
        await Assertions.Expect(page.GetByText("There is nothing here, or you do not have access to it.")).ToBeVisibleAsync();
    }

    private static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.GetByLabel(label).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}\\s*$") }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"/cases/DL-\d{4}-\d{6,}$")]
    private static partial Regex CaseUrl();
}
