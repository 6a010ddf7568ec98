using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Dentists;

/// <summary>The public application form in Chromium: messages next to the fields, nothing typed lost, then the confirmation.</summary>
[Collection(LabCollection.Name)]
public sealed class ApplyPageTests(LabServerFixture server)
{
    [Fact]
    public async Task A_visitor_sees_what_is_missing_next_to_each_field_and_then_sends_the_application()
    {
        var app = await server.SharedAppAsync("dentists");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/apply");

        await page.GetByLabel("Practice name").FillAsync("Tannlege Ødegaard AS");
        await page.GetByLabel("Email").FillAsync("not an email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Enter a valid email address.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Enter the dentist's name.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Practice name")).ToHaveValueAsync("Tannlege Ødegaard AS");

        var email = $"odegaard-{Guid.NewGuid():N}@example.test";
        await page.GetByLabel("Dentist's name").FillAsync("Dr. Ingrid Ødegaard");
        await page.GetByLabel("License number").FillAsync("NO-" + Guid.NewGuid().ToString("N")[..6]);
        await page.GetByLabel("Issuing state or country").FillAsync("Norway");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Street address").FillAsync("Strandkaien 4");
        await page.GetByLabel("City", new() { Exact = true }).FillAsync("Bergen");
        await page.GetByLabel("Country", new() { Exact = true }).FillAsync("Norway");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("application-received")).ToBeVisibleAsync();
        Assert.Contains("Dr. Ingrid Ødegaard", Eml.Body(await app.WaitForEmailAsync(email)), StringComparison.Ordinal);
    }
}
