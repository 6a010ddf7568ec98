using DentalLab.Data.Entities;
using DentalLab.Web.Features.Logistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DentalLab.Web.Tests.Features.Logistics.LogisticsTestData;

namespace DentalLab.Web.Tests.Features.Logistics;

/// <summary>Planning and driving through the real services over a real database: stop order, exactly-once delivery, wrong cases, failed attempts.</summary>
[Collection(LabCollection.Name)]
public sealed class RouteAndDeliveryTests(LabServerFixture server)
{
    private Task<LabApp> AppAsync() => server.SharedAppAsync("logistics-services");

    [Fact]
    public async Task Stops_keep_their_order_through_a_reorder_and_a_reload_and_one_practices_cases_are_one_stop()
    {
        var app = await AppAsync();
        var practices = await PracticesAsync(app, 3);
        var shipments = new List<Guid>();
        foreach (var p in practices)
        {
            var (number, _) = await ReadyCaseAsync(app, dentistEmail: null, dentistId: p.Id);
            shipments.Add(await DeliveryAsync(app, number));
        }

        // A second case for the first practice joins its stop.
        var (second, _) = await ReadyCaseAsync(app, dentistEmail: null, dentistId: practices[0].Id);
        shipments.Add(await DeliveryAsync(app, second));
        var routeId = await RouteAsync(app, Driver, [.. shipments]);

        await using (var scope = await app.ScopeAsAsync(Planner))
        {
            var queries = scope.ServiceProvider.GetRequiredService<LogisticsQueries>();
            var route = (await queries.RouteAsync(routeId))!;
            Assert.Equal(3, route.Stops.Count);
            Assert.Equal([practices[0].Practice, practices[1].Practice, practices[2].Practice], route.Stops.Select(s => s.Practice));
            Assert.Equal(2, route.Stops[0].Shipments.Count);

            var reordered = new[] { route.Stops[2].Id, route.Stops[0].Id, route.Stops[1].Id };
            var result = await scope.ServiceProvider.GetRequiredService<RouteService>().ReorderAsync(routeId, reordered);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        }

        // A fresh scope and context: what the next page load reads.
        await using (var scope = await app.ScopeAsAsync(Planner))
        {
            var route = (await scope.ServiceProvider.GetRequiredService<LogisticsQueries>().RouteAsync(routeId))!;
            Assert.Equal([practices[2].Practice, practices[0].Practice, practices[1].Practice], route.Stops.Select(s => s.Practice));
            Assert.Equal([1, 2, 3], route.Stops.Select(s => s.Sequence));

            // The suggestion orders by postal code; accepting it is one more reorder that sticks.
            var suggested = RouteService.SuggestOrder(route);
            Assert.Equal(route.Stops.OrderBy(s => s.PostalCode, StringComparer.Ordinal).Select(s => s.Id), suggested);
            Assert.True((await scope.ServiceProvider.GetRequiredService<RouteService>().ReorderAsync(routeId, suggested)).Succeeded);
        }

        await using (var db = app.Db())
        {
            var codes = await db.RouteStops.Where(s => s.RouteId == routeId).OrderBy(s => s.Sequence).Select(s => s.PostalCode).ToListAsync();
            Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        }
    }

    [Fact]
    public async Task Confirming_a_stop_completes_the_delivery_stage_exactly_once_also_when_the_driver_taps_twice_at_once()
    {
        var app = await AppAsync();
        for (var round = 0; round < 3; round++)
        {
            var (number, caseId) = await ReadyCaseAsync(app);
            var shipmentId = await DeliveryAsync(app, number);
            var routeId = await RouteAsync(app, Driver, shipmentId);
            var stopId = await StartedStopAsync(app, routeId);

            // Two taps at the same moment, each its own circuit.
            var taps = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
            {
                await using var scope = await app.ScopeAsAsync(Driver);
                return await scope.ServiceProvider.GetRequiredService<DriverService>().CompleteStopAsync(stopId,
                    new StopProof { CaseNumbers = [number], RecipientName = "M. Kowalska", SignaturePng = SignaturePng() });
            }));
            Assert.All(taps, t => Assert.True(t.Succeeded, string.Join("; ", t.Errors.Values)));
            Assert.All(taps, t => Assert.Null(t.Warning));

            await using var db = app.Db();
            var delivery = await db.WorkflowStages.AsNoTracking().Where(s => s.CaseId == caseId && s.Stage == WorkflowStageName.Delivery).ToListAsync();
            Assert.Single(delivery);
            Assert.Equal(WorkflowStatus.Completed, delivery[0].Status);
            var @case = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
            Assert.Equal(CaseStatus.Delivered, @case.Status);
            Assert.NotNull(@case.DeliveredAt);
            var shipment = await db.Shipments.AsNoTracking().Include(s => s.Events).SingleAsync(s => s.Id == shipmentId);
            Assert.Equal(ShipmentStatus.Delivered, shipment.Status);
            Assert.Equal("M. Kowalska", shipment.RecipientName);
            Assert.NotNull(shipment.SignaturePath);
            Assert.Single(shipment.Events, e => e.Text.StartsWith("Delivered", StringComparison.Ordinal));
            // The dentist is told once that the case is delivered.
            var dentistUser = await UserIdAsync(app, DentistA);
            Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == dentistUser && n.Title == $"{number} is now delivered"));
            // The change is in the audit log.
            Assert.True(await db.AuditLog.AnyAsync(a => a.TableName == "shipments" && a.RecordId == shipmentId.ToString()));
        }
    }

    [Fact]
    public async Task A_stop_confirmed_just_before_the_app_stopped_gets_its_cases_delivered_by_the_next_tap_once()
    {
        var app = await AppAsync();
        var (number, caseId) = await ReadyCaseAsync(app);
        var shipmentId = await DeliveryAsync(app, number);
        var routeId = await RouteAsync(app, Driver, shipmentId);
        var stopId = await StartedStopAsync(app, routeId);

        // What the confirming transaction leaves when the app stops right after its commit: the stop and the shipment
        // are delivered, the case's delivery stage is not yet completed.
        await using (var db = app.Db())
        {
            var now = DateTimeOffset.UtcNow;
            await db.Database.ExecuteSqlAsync($"UPDATE route_stops SET status = 'delivered', completed_at = {now}, recipient_name = 'M. Kowalska' WHERE id = {stopId}");
            await db.Database.ExecuteSqlAsync($"UPDATE shipments SET status = 'delivered', delivered_at = {now}, recipient_name = 'M. Kowalska' WHERE id = {shipmentId}");
            Assert.Equal(CaseStatus.Ready, (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)).Status);
        }

        // The driver taps "Confirm" again (the phone never got an answer): the case moves on, once, however often it is tapped.
        for (var tap = 0; tap < 2; tap++)
        {
            await using var scope = await app.ScopeAsAsync(Driver);
            var result = await scope.ServiceProvider.GetRequiredService<DriverService>().CompleteStopAsync(stopId,
                new StopProof { CaseNumbers = [number], RecipientName = "M. Kowalska", SignaturePng = SignaturePng() });
            Assert.True(result.Succeeded, result.Message);
            Assert.Null(result.Warning);
        }

        await using (var db = app.Db())
        {
            Assert.Equal(CaseStatus.Delivered, (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)).Status);
            var delivery = Assert.Single(await db.WorkflowStages.AsNoTracking().Where(s => s.CaseId == caseId && s.Stage == WorkflowStageName.Delivery).ToListAsync());
            Assert.Equal(WorkflowStatus.Completed, delivery.Status);
            var dentistUser = await UserIdAsync(app, DentistA);
            Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == dentistUser && n.Title == $"{number} is now delivered"));
        }
    }

    [Fact]
    public async Task A_case_for_another_practice_is_refused_and_the_stop_stays_open()
    {
        var app = await AppAsync();
        var (mine, _) = await ReadyCaseAsync(app, DentistA);
        var (theirs, theirsId) = await ReadyCaseAsync(app, DentistB);
        var (elsewhere, _) = await ReadyCaseAsync(app, DentistB);
        var routeId = await RouteAsync(app, Driver, await DeliveryAsync(app, mine), await DeliveryAsync(app, theirs));
        await using var scope = await app.ScopeAsAsync(Driver);
        var driver = scope.ServiceProvider.GetRequiredService<DriverService>();
        Assert.True((await driver.StartRouteAsync(routeId)).Succeeded);
        var route = (await driver.RouteAsync(routeId))!;
        var first = route.Stops[0];

        Assert.True((await driver.CheckCaseAsync(first.Id, mine.ToLowerInvariant())).Succeeded);
        var wrongStop = await driver.CheckCaseAsync(first.Id, theirs);
        Assert.False(wrongStop.Succeeded);
        Assert.Contains("WRONG PRACTICE", wrongStop.For("CaseNumber"));
        Assert.Contains("stop 2", wrongStop.For("CaseNumber"));
        var notOnRoute = await driver.CheckCaseAsync(first.Id, elsewhere);
        Assert.Contains("WRONG CASE", notOnRoute.For("CaseNumber"));

        var refused = await driver.CompleteStopAsync(first.Id, new StopProof { CaseNumbers = [mine, theirs], RecipientName = "Reception", SignaturePng = SignaturePng() });
        Assert.False(refused.Succeeded);
        Assert.Contains(theirs, refused.For("CaseNumber"));
        await using var db = app.Db();
        Assert.Null((await db.RouteStops.AsNoTracking().SingleAsync(s => s.Id == first.Id)).CompletedAt);
        Assert.Equal(CaseStatus.Ready, (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == theirsId)).Status);
    }

    [Fact]
    public async Task A_failed_attempt_puts_the_shipment_back_on_the_planning_page_with_its_reason()
    {
        var app = await AppAsync();
        var (number, caseId) = await ReadyCaseAsync(app);
        var shipmentId = await DeliveryAsync(app, number);
        var routeId = await RouteAsync(app, Driver, shipmentId);
        await using (var scope = await app.ScopeAsAsync(Driver))
        {
            var driver = scope.ServiceProvider.GetRequiredService<DriverService>();
            Assert.True((await driver.StartRouteAsync(routeId)).Succeeded);
            var stop = (await driver.RouteAsync(routeId))!.Stops.Single();
            Assert.True((await driver.ArriveAsync(stop.Id)).Succeeded);
            Assert.True((await driver.FailStopAsync(stop.Id, "Practice closed")).Succeeded);
            Assert.False((await driver.CompleteStopAsync(stop.Id, new StopProof { CaseNumbers = [number], RecipientName = "Late", SignaturePng = SignaturePng() })).Succeeded);
        }

        await using (var scope = await app.ScopeAsAsync(Planner))
        {
            var queries = scope.ServiceProvider.GetRequiredService<LogisticsQueries>();
            var open = await queries.OpenForPlanningAsync(await queries.TodayAsync());
            var back = Assert.Single(open, s => s.Id == shipmentId);
            Assert.Equal("Practice closed", back.FailureReason);
            Assert.Equal(ShipmentStatus.Scheduled, back.Status);
            Assert.Null(back.RouteId);
            var detail = (await queries.DetailAsync(shipmentId))!;
            Assert.Contains(detail.History, e => e.Text == "Delivery attempt failed: Practice closed");
            Assert.Contains(detail.History, e => e.Text == "Back to planning");
            var route = (await queries.RouteAsync(routeId))!;
            Assert.Equal(ShipmentStatus.Failed, route.Stops.Single().Status);
            Assert.Equal("Practice closed", route.Stops.Single().FailureReason);
        }

        await using var db = app.Db();
        Assert.Equal(CaseStatus.Ready, (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)).Status);
    }

    [Fact]
    public async Task The_route_sheet_lists_the_stops_in_order_with_their_cases_as_text_and_qr_codes()
    {
        var app = await AppAsync();
        var practices = await PracticesAsync(app, 2);
        var (a, _) = await ReadyCaseAsync(app, dentistEmail: null, dentistId: practices[0].Id);
        var (b, _) = await ReadyCaseAsync(app, dentistEmail: null, dentistId: practices[1].Id);
        var routeId = await RouteAsync(app, Driver, await DeliveryAsync(app, b), await DeliveryAsync(app, a));
        using var http = new LabHttp(app);
        await http.SignInAsync(Planner, Data.Seed.DemoDataGenerator.DemoPassword);
        var response = await http.GetAsync($"/logistics/routes/{routeId}/sheet.pdf");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        var first = text.IndexOf("Stop 1 · " + practices[1].Practice, StringComparison.Ordinal);
        var second = text.IndexOf("Stop 2 · " + practices[0].Practice, StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, text);
        Assert.True(text.IndexOf(b, StringComparison.Ordinal) < text.IndexOf(a, StringComparison.Ordinal));
        Assert.Contains("Signature", text);

        // The QR codes, rendered and decoded as a camera would: exactly one per case, each the case's number.
        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), (await QrCodes.InPdfAsync(bytes)).Order(StringComparer.Ordinal));
    }

    /// <summary>The driver starts the one-stop route; returns the stop.</summary>
    private static async Task<Guid> StartedStopAsync(LabApp app, Guid routeId)
    {
        await using var scope = await app.ScopeAsAsync(Driver);
        var driver = scope.ServiceProvider.GetRequiredService<DriverService>();
        Assert.True((await driver.StartRouteAsync(routeId)).Succeeded);
        return (await driver.RouteAsync(routeId))!.Stops.Single().Id;
    }
}
