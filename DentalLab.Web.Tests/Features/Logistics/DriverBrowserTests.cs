using System.Diagnostics;
using Microsoft.Playwright;
using static DentalLab.Web.Tests.Features.Logistics.LogisticsTestData;

namespace DentalLab.Web.Tests.Features.Logistics;

/// <summary>
/// In Chromium at phone size: the driver starts the route, hands over a case with a signature drawn on the screen;
/// the dentist's case page, open in a second browser, follows without a reload.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class DriverBrowserTests(LabServerFixture server)
{
    [Fact]
    public async Task A_driver_confirms_a_delivery_with_a_drawn_signature_and_the_dentists_page_shows_it_live()
    {
        var app = await server.SharedAppAsync("logistics-browser");
        var (number, _) = await ReadyCaseAsync(app, DentistA);
        var (other, _) = await ReadyCaseAsync(app, DentistB);
        await RouteAsync(app, Driver, await DeliveryAsync(app, number), await DeliveryAsync(app, other));
        var browser = await server.BrowserAsync();

        await using var dentistContext = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var dentist = await dentistContext.NewPageAsync();
        await dentist.SignInAsync(DentistA);
        await dentist.WaitForURLAsync(app.BaseUrl + "/portal");
        await dentist.GotoAsync($"/portal/cases/{number}");
        await dentist.WaitForInteractiveAsync();
        var status = dentist.GetByTestId("portal-delivery").GetByTestId("portal-shipment-text");
        await Assertions.Expect(status).ToContainTextAsync("Delivery planned for");

        await using var phoneContext = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true });
        var phone = await phoneContext.NewPageAsync();
        await phone.SignInAsync(Driver);
        await phone.WaitForURLAsync(app.BaseUrl + "/");
        await phone.GotoAsync("/logistics/my-route");
        await phone.WaitForInteractiveAsync();
        await Assertions.Expect(phone.GetByTestId("driver-stop")).ToHaveCountAsync(2);
        await Assertions.Expect(phone.GetByTestId("driver-stop").First.GetByRole(AriaRole.Link, new() { Name = "Call" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^tel:\\+?[0-9]+$"));
        await Assertions.Expect(phone.GetByTestId("driver-stop").First.GetByRole(AriaRole.Link, new() { Name = "Map" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^geo:0,0\\?q="));
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);

        var clock = Stopwatch.StartNew();
        await phone.GetByTestId("start-route").ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("Out for delivery — stop 1 of 2");
        Console.WriteLine($"Portal showed 'out for delivery' {clock.ElapsedMilliseconds} ms after the driver tapped Start route");

        await phone.GetByTestId("arrive").ClickAsync();
        var caseField = phone.GetByLabel("Case number");
        // The other practice's case is refused loudly.
        await caseField.FillAsync(other);
        await phone.GetByTestId("check-case").ClickAsync();
        await Assertions.Expect(phone.GetByTestId("wrong-case")).ToContainTextAsync("WRONG PRACTICE");
        await caseField.FillAsync(number);
        await phone.GetByTestId("check-case").ClickAsync();
        await Assertions.Expect(phone.GetByTestId("checked-case")).ToContainTextAsync(number);
        await Assertions.Expect(phone.GetByTestId("wrong-case")).ToHaveCountAsync(0);
        await phone.GetByLabel("Recipient's name").FillAsync("M. Kowalska");

        // A signature: a few strokes with the mouse across the canvas.
        var pad = phone.GetByTestId("signature-pad");
        await pad.ScrollIntoViewIfNeededAsync();
        var box = (await pad.BoundingBoxAsync())!;
        await phone.Mouse.MoveAsync(box.X + 20, box.Y + (box.Height * 0.7f));
        await phone.Mouse.DownAsync();
        for (var i = 1; i <= 12; i++)
        {
            await phone.Mouse.MoveAsync(box.X + 20 + (i * 24), box.Y + (box.Height * (i % 2 == 0 ? 0.7f : 0.3f)), new() { Steps = 3 });
        }

        await phone.Mouse.UpAsync();
        await Assertions.Expect(pad).ToHaveAttributeAsync("data-signed", "true");
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);

        clock.Restart();
        await phone.GetByTestId("confirm-stop").ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("Delivered");
        await Assertions.Expect(status).ToContainTextAsync("signed by M. Kowalska");
        var signature = dentist.GetByTestId("portal-signature");
        await Assertions.Expect(signature).ToBeVisibleAsync();
        await dentist.WaitForFunctionAsync("() => { const i = document.querySelector('[data-testid=portal-signature]'); return i && i.complete && i.naturalWidth > 0; }");
        Console.WriteLine($"Portal showed the delivery and the signature {clock.ElapsedMilliseconds} ms after the driver tapped Confirm handover");
        await Assertions.Expect(dentist.GetByTestId("where-it-is")).ToContainTextAsync("elivered");

        // The phone moves on to the next stop.
        await Assertions.Expect(phone.GetByTestId("driver-stop").First.GetByTestId("stop-state")).ToHaveTextAsync("Done");
        await Assertions.Expect(phone.GetByTestId("arrive")).ToBeVisibleAsync();
    }
}
