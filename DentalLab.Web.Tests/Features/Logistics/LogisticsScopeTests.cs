using System.Net;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Logistics;
using Microsoft.Extensions.DependencyInjection;
using static DentalLab.Web.Tests.Features.Logistics.LogisticsTestData;

namespace DentalLab.Web.Tests.Features.Logistics;

/// <summary>Who sees what: a dentist only their own shipments, proofs and pickups; a driver only their own routes.</summary>
[Collection(LabCollection.Name)]
public sealed class LogisticsScopeTests(LabServerFixture server)
{
    [Fact]
    public async Task Dentist_B_gets_not_found_for_dentist_As_shipment_proof_image_and_pickup_request()
    {
        var app = await server.SharedAppAsync("logistics-services");
        var (number, _) = await ReadyCaseAsync(app, DentistA);
        var shipmentId = await DeliveryAsync(app, number);
        var routeId = await RouteAsync(app, Driver, shipmentId);
        await using (var scope = await app.ScopeAsAsync(Driver))
        {
            var driver = scope.ServiceProvider.GetRequiredService<DriverService>();
            Assert.True((await driver.StartRouteAsync(routeId)).Succeeded);
            var stop = (await driver.RouteAsync(routeId))!.Stops.Single();
            Assert.True((await driver.CompleteStopAsync(stop.Id, new StopProof { CaseNumbers = [number], RecipientName = "M. Kowalska", SignaturePng = SignaturePng() })).Succeeded);
        }

        Guid pickupId;
        await using (var scope = await app.ScopeAsAsync(DentistA))
        {
            var (requested, id) = await scope.ServiceProvider.GetRequiredService<ShipmentService>().RequestPickupAsync(new PickupInput
            {
                Date = DateTime.UtcNow.Date.AddDays(2), WindowFrom = TimeSpan.FromHours(9), WindowTo = TimeSpan.FromHours(11), Boxes = 2, Note = "Scope test pickup",
            });
            Assert.True(requested.Succeeded, string.Join("; ", requested.Errors.Values));
            pickupId = id!.Value;
            var queries = scope.ServiceProvider.GetRequiredService<LogisticsQueries>();
            var mine = Assert.Single(await queries.PortalCaseShipmentsAsync(number));
            Assert.Equal("M. Kowalska", mine.RecipientName);
            Assert.True(mine.HasSignature);
            Assert.Contains(await queries.PortalPickupsAsync(), p => p.ShipmentId == pickupId);
            Assert.NotNull(await queries.ProofAsync(shipmentId, photo: false));
        }

        await using (var scope = await app.ScopeAsAsync(DentistB))
        {
            var queries = scope.ServiceProvider.GetRequiredService<LogisticsQueries>();
            Assert.Empty(await queries.PortalCaseShipmentsAsync(number));
            Assert.DoesNotContain(await queries.PortalPickupsAsync(), p => p.ShipmentId == pickupId);
            Assert.Null(await queries.ProofAsync(shipmentId, photo: false));
        }

        // Over HTTP, as the browser asks for the image: A gets the PNG, B "not found" (and the refusal is logged).
        using (var a = new LabHttp(app))
        {
            await a.SignInAsync(DentistA, DemoDataGenerator.DemoPassword);
            var image = await a.GetAsync($"/logistics/shipments/{shipmentId}/signature");
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
            Assert.Equal(SignaturePng(), await image.Content.ReadAsByteArrayAsync());
        }

        using (var b = new LabHttp(app))
        {
            await b.SignInAsync(DentistB, DemoDataGenerator.DemoPassword);
            Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/logistics/shipments/{shipmentId}/signature")).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await b.GetAsync($"/logistics/shipments/{pickupId}")).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await b.GetAsync("/logistics/shipments/export.csv")).StatusCode);
        }

        Assert.NotNull(await app.WaitForLogAsync("Dentist scope refused", "shipment proof", shipmentId.ToString()));
    }

    [Fact]
    public async Task A_driver_sees_and_drives_only_their_own_routes()
    {
        var app = await server.SharedAppAsync("logistics-services");
        var (number, _) = await ReadyCaseAsync(app, DentistA);
        var routeId = await RouteAsync(app, Driver, await DeliveryAsync(app, number));
        Guid stopId;
        await using (var scope = await app.ScopeAsAsync(Driver))
        {
            var driver = scope.ServiceProvider.GetRequiredService<DriverService>();
            var route = await driver.RouteAsync(routeId);
            Assert.NotNull(route);
            stopId = route.Stops.Single().Id;
            Assert.Contains(await driver.MyRoutesAsync(), r => r.Id == routeId);
        }

        await using (var scope = await app.ScopeAsAsync(OtherDriver))
        {
            var other = scope.ServiceProvider.GetRequiredService<DriverService>();
            Assert.Null(await other.RouteAsync(routeId));
            Assert.DoesNotContain(await other.MyRoutesAsync(), r => r.Id == routeId);
            Assert.NotEqual(routeId, (await other.TodayAsync())?.Id);
            Assert.Equal("Route not found.", (await other.StartRouteAsync(routeId)).For(""));
            Assert.Equal("Stop not found.", (await other.CheckCaseAsync(stopId, number)).For(""));
            Assert.Equal("Stop not found.", (await other.CompleteStopAsync(stopId, new StopProof { CaseNumbers = [number], RecipientName = "X", SignaturePng = SignaturePng() })).For(""));
            Assert.Equal("Stop not found.", (await other.FailStopAsync(stopId, "Nobody there")).For(""));
        }
    }
}
