using System.Text.RegularExpressions;
using DentalLab.Data.Entities;
using DentalLab.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Portal;

/// <summary>A dentist sends a case from the portal in Chromium; the lab's board shows it live, and the lab's move shows on the dentist's page.</summary>
[Collection(LabCollection.Name)]
public sealed partial class PortalRxBrowserTests(LabServerFixture server)
{
    [Fact]
    public async Task A_dentist_sends_a_case_with_a_scan_the_board_shows_it_live_and_the_labs_move_shows_on_the_case_page()
    {
        var app = await server.SharedAppAsync("portal-rx-browser");
        var browser = await server.BrowserAsync();
        await using var labContext = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 2000, Height = 1200 } });
        var lab = await labContext.NewPageAsync();
        await lab.SignInAsync("manager@dentallab.test");
        await lab.WaitForURLAsync(app.BaseUrl + "/");
        await lab.GotoAsync("/board");
        await lab.WaitForInteractiveAsync();

        await using var dentistContext = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await dentistContext.NewPageAsync();
        await page.SignInAsync("dentist@dentallab.test");
        await page.WaitForURLAsync(app.BaseUrl + "/portal");
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("send-case").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Send a case" })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();

        // Nothing filled in but the patient: the check names the teeth, the shade and the scan.
        var patientCode = "RX-" + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Your patient code").FillAsync(patientCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the case" }).ClickAsync();
        var missing = page.GetByTestId("rx-missing-item");
        await Assertions.Expect(missing).ToHaveCountAsync(3);
        await Assertions.Expect(missing.Nth(0)).ToContainTextAsync("Teeth");
        await Assertions.Expect(missing.Nth(1)).ToContainTextAsync("Shade");
        await Assertions.Expect(missing.Nth(2)).ToContainTextAsync("Scan or impression");
        await Assertions.Expect(page.GetByLabel("Your patient code")).ToHaveValueAsync(patientCode);

        // Each message goes as soon as its field is right; the others stay.
        await Assertions.Expect(page.GetByTestId("error-Teeth")).ToBeVisibleAsync();
        await page.Locator("[data-tooth='21']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("error-Teeth")).ToHaveCountAsync(0);
        await Assertions.Expect(missing).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByText("Shade: choose the shade.").First).ToBeVisibleAsync();
        await ChooseAsync(page, "Shade", "A2");
        await Assertions.Expect(page.GetByText("Shade: choose the shade.")).ToHaveCountAsync(0);
        await Assertions.Expect(missing).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("error-Scan")).ToBeVisibleAsync();
        await ChooseAsync(page, "Urgency", "Emergency");
        await Assertions.Expect(page.GetByTestId("earliest-date")).ToContainTextAsync(new Regex(@"\d{4}-\d{2}-\d{2}"));
        var stl = Path.Combine(Path.GetTempPath(), $"upper-{Guid.NewGuid():N}.stl");
        await File.WriteAllBytesAsync(stl, RxTestData.AsciiStl);
        try
        {
            await page.GetByTestId("file-input").SetInputFilesAsync(stl);
            await Assertions.Expect(page.GetByTestId("rx-file")).ToContainTextAsync(Path.GetFileName(stl));
            await Assertions.Expect(page.GetByTestId("error-Scan")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("rx-missing")).ToHaveCountAsync(0);
        }
        finally
        {
            File.Delete(stl);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Send the case" }).ClickAsync();
        await page.WaitForURLAsync(PortalCaseUrl());
        var number = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("where-it-is")).ToContainTextAsync("In receiving");
        await Assertions.Expect(page.GetByTestId("portal-file")).ToContainTextAsync("You");
        await Assertions.Expect(page.GetByTestId("case-conversation")).ToHaveAttributeAsync("href", $"/messages/case/{number}");

        // The lab's board, open all along, shows the new case in receiving without a reload.
        var card = lab.Locator($"[data-stage={WorkflowStageName.Receiving}] [data-case='{number}']");
        await Assertions.Expect(card).ToBeVisibleAsync();

        // The lab completes receiving from the card's menu; the dentist's open page follows.
        WorkflowStageName next;
        await using (var db = app.Db())
        {
            next = await db.Set<WorkflowTemplateStage>().Where(s => s.Template!.ProcedureType == ProcedureType.Crown && s.Template.IsActive)
                .OrderBy(s => s.Position).Select(s => s.Stage).Skip(1).FirstAsync();
        }

        await lab.GetByRole(AriaRole.Button, new() { Name = $"Actions for {number}" }).ClickAsync();
        await lab.GetByRole(AriaRole.Menuitem, new() { Name = "Complete receiving" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("where-it-is")).ToContainTextAsync($"In {Labels.Lower(next)} since");

        // Dentist B typing A's case address sees "Not found".
        await using var otherContext = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var other = await otherContext.NewPageAsync();
        await other.SignInAsync("dentist2@dentallab.test");
        await other.WaitForURLAsync(app.BaseUrl + "/portal");
        await other.GotoAsync($"/portal/cases/{number}");
        await other.WaitForInteractiveAsync();
        await Assertions.Expect(other.GetByText("Not found", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(other.GetByTestId("where-it-is")).ToHaveCountAsync(0);
    }

    private static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.GetByLabel(label).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}\\s*$") }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"/portal/cases/DL-\d{4}-\d{6,}$")]
    private static partial Regex PortalCaseUrl();
}
