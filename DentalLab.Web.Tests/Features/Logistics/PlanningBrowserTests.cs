using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static DentalLab.Web.Tests.Features.Logistics.LogisticsTestData;

namespace DentalLab.Web.Tests.Features.Logistics;

/// <summary>
/// In Chromium: a dentist asks for a pickup on the phone and the planner's open page shows it; the planner creates a
/// delivery from the case page, adds it to a route, and reorders the route's stops by drag, which a reload keeps.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class PlanningBrowserTests(LabServerFixture server)
{
    [Fact]
    public async Task Planner_builds_a_route_from_the_case_page_and_the_portals_pickup_request_and_reorders_its_stops()
    {
        var app = await server.SharedAppAsync("logistics-planning");
        var practices = await PracticesAsync(app, 1);
        var (first, _) = await ReadyCaseAsync(app, dentistEmail: null, dentistId: practices[0].Id);
        var routeId = await RouteAsync(app, Driver, await DeliveryAsync(app, first));
        var (number, _) = await ReadyCaseAsync(app, DentistA);
        var browser = await server.BrowserAsync();

        await using var labContext = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1366, Height = 900 } });
        var lab = await labContext.NewPageAsync();
        await lab.SignInAsync(Planner);
        await lab.WaitForURLAsync(app.BaseUrl + "/");

        // One click on the case page.
        await lab.GotoAsync($"/cases/{number}");
        await lab.WaitForInteractiveAsync();
        await lab.GetByTestId("create-delivery").ClickAsync();
        await Assertions.Expect(lab.GetByTestId("case-delivery")).ToContainTextAsync("Scheduled");
        await Assertions.Expect(lab.GetByTestId("case-delivery").GetByRole(AriaRole.Link, new() { Name = "Open the delivery" })).ToBeVisibleAsync();

        await lab.GotoAsync("/logistics");
        await lab.WaitForInteractiveAsync();
        var delivery = lab.GetByTestId("open-shipment").Filter(new() { HasText = number });
        await Assertions.Expect(delivery).ToBeVisibleAsync();

        // The dentist asks for a pickup on the phone; the planner's page shows it without a reload.
        await using var phoneContext = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 } });
        var phone = await phoneContext.NewPageAsync();
        await phone.SignInAsync(DentistA);
        await phone.WaitForURLAsync(app.BaseUrl + "/portal");
        await phone.WaitForInteractiveAsync();
        await phone.GetByTestId("request-pickup-link").ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Request a pickup" })).ToBeVisibleAsync();
        await phone.WaitForInteractiveAsync();
        var note = "Browser pickup " + Guid.NewGuid().ToString("N")[..6];
        await phone.GetByLabel("Boxes").FillAsync("3");
        await phone.GetByLabel("Note for the driver").FillAsync(note);
        await phone.GetByTestId("request-pickup").ClickAsync();
        await Assertions.Expect(phone.GetByTestId("pickup-requested")).ToBeVisibleAsync();
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);

        // The request is for tomorrow: the planner looks at tomorrow.
        string tomorrow;
        await using (var scope = await app.ScopeAsAsync(Planner))
        {
            var today = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<DentalLab.Web.Features.Logistics.LogisticsQueries>(scope.ServiceProvider).TodayAsync();
            tomorrow = today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        await lab.GotoAsync($"/logistics?day={tomorrow}");
        await lab.WaitForInteractiveAsync();
        await Assertions.Expect(lab.GetByTestId("open-shipment").Filter(new() { HasText = "3 boxes" }).First).ToBeVisibleAsync();

        // Back to today: add the case's delivery to the route.
        await lab.GotoAsync("/logistics");
        await lab.WaitForInteractiveAsync();
        await delivery.GetByRole(AriaRole.Checkbox).CheckAsync();
        await lab.GetByLabel("Route to add to").ClickAsync();
        await lab.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex("^\\s*Test route") }).ClickAsync();
        await lab.GetByTestId("add-to-route").ClickAsync();
        await Assertions.Expect(delivery).ToHaveCountAsync(0);

        await lab.GotoAsync($"/logistics/routes/{routeId}");
        await lab.WaitForInteractiveAsync();
        var stops = lab.GetByTestId("stop");
        await Assertions.Expect(stops).ToHaveCountAsync(2);
        await Assertions.Expect(stops.Nth(0).GetByTestId("stop-practice")).ToHaveTextAsync(practices[0].Practice);
        await Assertions.Expect(stops.Nth(1).GetByTestId("stop-practice")).ToHaveTextAsync("Uśmiech Dental Studio");

        // The mouse drags the second stop (held by its number, clear of the links) to the top of the list (near the top of
        // the drop zone, where MudBlazor puts its drop preview): it becomes stop 1, and a reload reads the same order back.
        await stops.Nth(1).DragToAsync(lab.GetByTestId("stops"), new() { SourcePosition = new() { X = 24, Y = 24 }, TargetPosition = new() { X = 40, Y = 12 } });
        await Assertions.Expect(stops.Nth(0).GetByTestId("stop-practice")).ToHaveTextAsync("Uśmiech Dental Studio");
        await Assertions.Expect(stops.Nth(0)).ToHaveAttributeAsync("data-sequence", "1");
        await lab.ReloadAsync();
        await lab.WaitForInteractiveAsync();
        await Assertions.Expect(lab.GetByTestId("stop").Nth(0).GetByTestId("stop-practice")).ToHaveTextAsync("Uśmiech Dental Studio");
        await Assertions.Expect(lab.GetByTestId("stop").Nth(0)).ToHaveAttributeAsync("data-sequence", "1");
        await Assertions.Expect(lab.GetByTestId("stop").Nth(1).GetByTestId("stop-practice")).ToHaveTextAsync(practices[0].Practice);

        // The arrows (the keyboard's way) move it back, and that is kept too.
        await lab.GetByRole(AriaRole.Button, new() { Name = "Move stop 2 up" }).ClickAsync();
        await Assertions.Expect(lab.GetByTestId("stop").Nth(0).GetByTestId("stop-practice")).ToHaveTextAsync(practices[0].Practice);
        await lab.ReloadAsync();
        await lab.WaitForInteractiveAsync();
        await Assertions.Expect(lab.GetByTestId("stop").Nth(0).GetByTestId("stop-practice")).ToHaveTextAsync(practices[0].Practice);
        Assert.True(await lab.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 1366);

        // Each stop with deliveries links its delivery note (the cases of the stop with the statements), a real PDF.
        var deliveryNote = lab.GetByTestId("stop").Filter(new() { HasText = "Uśmiech Dental Studio" }).GetByTestId("stop-delivery-note");
        var response = await lab.Context.APIRequest.GetAsync((await deliveryNote.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.BodyAsync());
        Assert.Contains(number, pdf.GetPage(1).Text);
    }
}
