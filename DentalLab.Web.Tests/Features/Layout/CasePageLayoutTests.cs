using DentalLab.Data.Entities;
using DentalLab.Web.Tests.Features.Workflow;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Layout;

/// <summary>The case page on a 1366 px screen: it fits, the tooth chart stays in its card, a message does not cover the actions, delete says so.</summary>
[Collection(LabCollection.Name)]
public sealed class CasePageLayoutTests(LabServerFixture server)
{
    [Fact]
    public async Task At_1366_px_the_case_page_fits_and_the_tooth_chart_stays_in_its_card()
    {
        var app = await server.SharedAppAsync("layout");
        var (number, _) = await WorkflowTestCases.CreateAsync(app, WorkflowStageName.Design);
        var (context, page) = await OpenAsync(app, number);
        await using var _ = context;

        Assert.Null(await LayoutProbe.OverflowAsync(page));
        var chart = page.GetByTestId("tooth-chart");
        var chartBox = (await chart.BoundingBoxAsync())!;
        var cardBox = (await chart.Locator("xpath=ancestor::div[contains(@class,'mud-paper')][1]").BoundingBoxAsync())!;
        Assert.True(chartBox.X >= cardBox.X && chartBox.X + chartBox.Width <= cardBox.X + cardBox.Width,
            $"The tooth chart ({chartBox.X:0}..{chartBox.X + chartBox.Width:0}) spills out of its card ({cardBox.X:0}..{cardBox.X + cardBox.Width:0}).");
        var lastTooth = (await page.Locator("[data-tooth='28']").BoundingBoxAsync())!;
        Assert.True(lastTooth.X + lastTooth.Width <= cardBox.X + cardBox.Width, "Tooth 28 is outside the card.");
    }

    [Fact]
    public async Task A_message_after_an_action_leaves_the_case_actions_uncovered_and_delete_is_labelled()
    {
        var app = await server.SharedAppAsync("layout");
        var (number, _) = await WorkflowTestCases.CreateAsync(app, WorkflowStageName.Design);
        var (context, page) = await OpenAsync(app, number);
        await using var _ = context;

        var delete = page.GetByRole(AriaRole.Button, new() { Name = "Delete case", Exact = true });
        await Assertions.Expect(delete).ToBeVisibleAsync();
        await Assertions.Expect(delete).ToHaveTextAsync("Delete case");

        await page.GetByRole(AriaRole.Button, new() { Name = "Put on hold" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Why is it on hold?").FillAsync("Waiting for the dentist's new scan");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Put on hold" }).ClickAsync();
        var toast = page.Locator(".mud-snackbar").Filter(new() { HasText = $"{number} is on hold." });
        await Assertions.Expect(toast).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Resume" })).ToBeVisibleAsync();

        var toastBox = (await toast.BoundingBoxAsync())!;
        var actions = page.GetByTestId("case-number").Locator("xpath=..").Locator("a, button");
        var covered = new List<string>();
        for (var i = 0; i < await actions.CountAsync(); i++)
        {
            var box = (await actions.Nth(i).BoundingBoxAsync())!;
            if (box.X < toastBox.X + toastBox.Width && toastBox.X < box.X + box.Width && box.Y < toastBox.Y + toastBox.Height && toastBox.Y < box.Y + box.Height)
            {
                covered.Add((await actions.Nth(i).InnerTextAsync()).Trim());
            }
        }

        Assert.True(covered.Count == 0, "The message covers: " + string.Join(", ", covered));
    }

    private async Task<(IBrowserContext, IPage)> OpenAsync(LabApp app, string number)
    {
        var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync("manager@dentallab.test");
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.GotoAsync($"/cases/{number}");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync(number);
        return (context, page);
    }
}
