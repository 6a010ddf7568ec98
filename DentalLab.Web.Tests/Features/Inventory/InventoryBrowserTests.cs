using DentalLab.Data.Entities;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Inventory;

/// <summary>The whole lot story in Chromium: receive a lot, use it on a case from the case page, find the case under the lot, recall it, read the PDF.</summary>
[Collection(LabCollection.Name)]
public sealed class InventoryBrowserTests(LabServerFixture server)
{
    [Fact]
    public async Task A_manager_receives_a_lot_records_it_on_a_case_finds_the_case_under_the_lot_and_recalls_it()
    {
        var app = await server.SharedAppAsync("inventory-browser");
        var item = await InventoryTestData.ItemAsync(app, lotTracked: true, unit: "disc");
        var (caseNumber, _) = await InventoryTestData.CaseAsync(app, InventoryTestData.Dentist, WorkflowStageName.Milling);
        var lotNumber = "PW-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync(InventoryTestData.Manager);
        await page.WaitForURLAsync(app.BaseUrl + "/");

        // Receive a lot on the item page.
        await page.GotoAsync($"/inventory/{item.Sku}");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Receive stock" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Quantity (disc)").FillAsync("5");
        await dialog.GetByLabel("Lot number").FillAsync(lotNumber);
        await dialog.GetByLabel("Expiry date").FillAsync(DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await dialog.GetByLabel("Delivery note or order number").FillAsync("DN-4711");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Receive stock" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=on-hand]")).ToHaveTextAsync("5 disc");
        await Assertions.Expect(page.Locator("[data-testid=lot-table]")).ToContainTextAsync(lotNumber);
        await Assertions.Expect(page.Locator("[data-testid=ledger]")).ToContainTextAsync("DN-4711");

        // Record it on the case from the case page: the lot is preselected (the earliest-expiring in date).
        await page.GotoAsync($"/cases/{caseNumber}");
        await page.WaitForInteractiveAsync();
        var panel = page.Locator("[data-testid=case-materials]");
        await panel.GetByLabel("Material (SKU or name)").FillAsync(item.Sku);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = item.Sku }).First.ClickAsync();
        await Assertions.Expect(panel.GetByLabel("Lot")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(lotNumber)));
        await panel.GetByLabel("Quantity (disc)").FillAsync("1");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Record usage" }).ClickAsync();
        await Assertions.Expect(panel.Locator("[data-testid=case-material]")).ToContainTextAsync(lotNumber);

        // Find the lot by its number from the item list, and the case under it.
        await page.GotoAsync($"/inventory?q={lotNumber}");
        await page.WaitForInteractiveAsync();
        await page.Locator("[data-testid=lot-hit]").Filter(new() { HasText = lotNumber }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/inventory/lots/"));
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("[data-testid=recall-cases]")).ToContainTextAsync(caseNumber);
        await Assertions.Expect(page.Locator("[data-testid=affected-count]")).ToHaveTextAsync("1 case of 1 dentist used this lot");

        // Recall it, with a reason.
        await page.GetByRole(AriaRole.Button, new() { Name = "Recall this lot" }).ClickAsync();
        dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Reason for the recall").FillAsync("Supplier notice: discolouration");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Recall this lot" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=lot-recalled]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=recall-info]")).ToContainTextAsync("discolouration");

        // The recall PDF, downloaded with the browser's cookies and read back.
        var href = await page.Locator("[data-testid=recall-pdf]").GetAttributeAsync("href");
        var response = await context.APIRequest.GetAsync(href!);
        Assert.True(response.Ok);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.BodyAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains(lotNumber, text, StringComparison.Ordinal);
        Assert.Contains(caseNumber, text, StringComparison.Ordinal);
        Assert.Contains("discolouration", text, StringComparison.Ordinal);
    }
}
