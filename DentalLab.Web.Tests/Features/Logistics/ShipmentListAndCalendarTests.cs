using System.Net;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Logistics;
using DentalLab.Web.Infrastructure.Calendar;
using Microsoft.Extensions.DependencyInjection;
using static DentalLab.Web.Tests.Features.Logistics.LogisticsTestData;

namespace DentalLab.Web.Tests.Features.Logistics;

/// <summary>The shipment list's CSV with late ones flagged, and the calendar entries of deliveries and pickups (scoped for dentists).</summary>
[Collection(LabCollection.Name)]
public sealed class ShipmentListAndCalendarTests(LabServerFixture server)
{
    [Fact]
    public async Task The_csv_lists_the_filtered_shipments_and_flags_late_ones()
    {
        var app = await server.SharedAppAsync("logistics-services");
        var (number, _) = await ReadyCaseAsync(app, DentistA);
        Guid shipmentId;
        await using (var scope = await app.ScopeAsAsync(Planner))
        {
            var queries = scope.ServiceProvider.GetRequiredService<LogisticsQueries>();
            // Planned for yesterday and still not delivered: late.
            var (created, id) = await scope.ServiceProvider.GetRequiredService<ShipmentService>().CreateDeliveryAsync(number, (await queries.TodayAsync()).AddDays(-1));
            Assert.True(created.Succeeded);
            shipmentId = id!.Value;
            var late = await queries.ListAsync(new ShipmentFilter(LateOnly: true));
            Assert.Contains(late, r => r.Id == shipmentId && r.IsLate);

            // A second click on the same case is refused: one open delivery per case.
            var again = await scope.ServiceProvider.GetRequiredService<ShipmentService>().CreateDeliveryAsync(number);
            Assert.Contains("already has a delivery", again.Result.For(""));
        }

        using var http = new LabHttp(app);
        await http.SignInAsync(Planner, DemoDataGenerator.DemoPassword);
        var response = await http.GetAsync($"/logistics/shipments/export.csv?late=1&q={number}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Day,Type,Status,Late,Case number,Practice", lines[0]);
        var row = Assert.Single(lines[1..]);
        Assert.Contains($",Delivery,Scheduled,yes,{number},", row);
    }

    [Fact]
    public async Task Deliveries_and_pickups_are_on_the_calendar_and_a_dentist_sees_only_their_own()
    {
        var app = await server.SharedAppAsync("logistics-services");
        var (mine, _) = await ReadyCaseAsync(app, DentistA);
        var (theirs, _) = await ReadyCaseAsync(app, DentistB);
        await DeliveryAsync(app, mine);
        await DeliveryAsync(app, theirs);
        var zone = TimeZoneInfo.Utc;
        DateOnly today;
        await using (var scope = await app.ScopeAsAsync(Planner))
        {
            today = await scope.ServiceProvider.GetRequiredService<LogisticsQueries>().TodayAsync();
            var source = scope.ServiceProvider.GetServices<ICalendarSource>().OfType<LogisticsCalendarSource>().Single();
            var entries = await source.EntriesAsync(new CalendarWindow(today, today, zone));
            Assert.Contains(entries, e => e.Kind == "delivery" && e.Title.Contains(mine, StringComparison.Ordinal) && e.Href!.StartsWith("/logistics/shipments/", StringComparison.Ordinal));
            Assert.Contains(entries, e => e.Title.Contains(theirs, StringComparison.Ordinal));
        }

        await using (var scope = await app.ScopeAsAsync(DentistA))
        {
            var source = scope.ServiceProvider.GetServices<ICalendarSource>().OfType<LogisticsCalendarSource>().Single();
            // Even when the window names another dentist, a dentist gets only their own.
            var entries = await source.EntriesAsync(new CalendarWindow(today, today, zone, DentistId: Guid.NewGuid()));
            Assert.Contains(entries, e => e.Title.Contains(mine, StringComparison.Ordinal) && e.Href == $"/portal/cases/{mine}");
            Assert.DoesNotContain(entries, e => e.Title.Contains(theirs, StringComparison.Ordinal));
        }

        await using (var scope = await app.ScopeAsAsync("tech@dentallab.test"))
        {
            var source = scope.ServiceProvider.GetServices<ICalendarSource>().OfType<LogisticsCalendarSource>().Single();
            Assert.Empty(await source.EntriesAsync(new CalendarWindow(today, today, zone)));
        }
    }
}
