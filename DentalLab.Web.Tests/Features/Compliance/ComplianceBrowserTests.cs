using Microsoft.Playwright;
using static DentalLab.Web.Tests.Features.Compliance.ComplianceTestData;

namespace DentalLab.Web.Tests.Features.Compliance;

/// <summary>In Chromium: tick the checklist at quality control, pass, and open the statement from the portal as the dentist.</summary>
[Collection(LabCollection.Name)]
public sealed class ComplianceBrowserTests(LabServerFixture server)
{
    private Task<LabApp> AppAsync() => server.SharedAppAsync("compliance-browser");

    [Fact]
    public async Task The_inspector_ticks_the_checklist_and_passes_and_the_dentist_reads_the_statement_in_the_portal()
    {
        var app = await AppAsync();
        var (number, _, lot, _, _) = await AtQcAsync(app, due: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-400));
        var items = await ChecklistAsync(app);

        var staff = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, BypassCSP = true, ViewportSize = new() { Width = 2000, Height = 1200 } });
        await using (staff)
        {
            var page = await staff.NewPageAsync();
            await page.SignInAsync(Manager);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
            await page.GotoAsync("/board");
            await page.WaitForInteractiveAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = $"Actions for {number}" }).ClickAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "Quality control passed" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Assertions.Expect(dialog).ToContainTextAsync($"Quality control: {number}");
            await page.AssertAccessibleAsync();

            // One item left unticked: refused, and the dialog says which.
            foreach (var item in items.Skip(1))
            {
                await dialog.GetByLabel(item.Text, new() { Exact = true }).ClickAsync();
                await Assertions.Expect(dialog.GetByLabel(item.Text, new() { Exact = true })).ToBeCheckedAsync();
            }

            await dialog.GetByRole(AriaRole.Button, new() { Name = "Pass quality control" }).ClickAsync();
            await Assertions.Expect(dialog.GetByText("not ticked: " + items[0].Text)).ToBeVisibleAsync();

            await dialog.GetByLabel(items[0].Text, new() { Exact = true }).ClickAsync();
            await Assertions.Expect(dialog.GetByLabel(items[0].Text, new() { Exact = true })).ToBeCheckedAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Pass quality control" }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await Assertions.Expect(page.GetByText($"{number} passed quality control; its statement of conformity is issued.")).ToBeVisibleAsync();

            await page.GotoAsync($"/cases/{number}");
            await page.WaitForInteractiveAsync();
            await Assertions.Expect(page.GetByTestId("statement-row")).ToContainTextAsync("Statement v1 (PDF)");
            await Assertions.Expect(page.GetByTestId("qc-attempt")).ToContainTextAsync("Passed");
            await page.AssertAccessibleAsync();
        }

        var portal = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, BypassCSP = true, ViewportSize = new() { Width = 390, Height = 844 } });
        await using (portal)
        {
            var page = await portal.NewPageAsync();
            await page.SignInAsync(Dentist);
            await page.GotoAsync($"/portal/cases/{number}");
            await page.WaitForInteractiveAsync();
            var link = page.GetByTestId("portal-statements").GetByRole(AriaRole.Link, new() { Name = "Statement v1 (PDF)" });
            await Assertions.Expect(link).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);

            var href = await link.GetAttributeAsync("href");
            var response = await portal.APIRequest.GetAsync(href!);
            Assert.Equal(200, response.Status);
            var text = PdfText(await response.BodyAsync());
            Assert.Contains(Squash(number), text);
            Assert.Contains(lot, text);
            Assert.Contains(Squash("Statement for a custom-made device"), text);
        }
    }
}
