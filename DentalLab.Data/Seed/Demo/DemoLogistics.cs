using DentalLab.Data.Entities;

namespace DentalLab.Data.Seed;

/// <summary>
/// Pickups of new work and deliveries of finished work (by the lab's van or a courier) in every status, and the
/// van's daily routes with their stops in order.
/// </summary>
internal static class DemoLogistics
{
    private const string Van = "Lab van";

    public static void AddShipmentsAndRoutes(LabDbContext db, DemoWorld world, List<DemoCaseRef> cases, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        var dentists = world.Dentists.ToDictionary(d => d.Id);
        var shipments = new List<Shipment>();
        var since = world.Now.AddDays(-10);
        foreach (var @case in cases)
        {
            var dentist = dentists[@case.DentistId];
            if (@case.DeliveredAt is { } delivered && delivered >= since)
            {
                shipments.Add(Delivered(world, dentist, @case, delivered));
            }
            else if (@case.Status == CaseStatus.Ready)
            {
                shipments.AddRange(Outgoing(world, dentist, @case, firstFailed: shipments.All(s => s.Status != ShipmentStatus.Failed)));
            }

            if (@case.ReceivedAt >= since)
            {
                shipments.Add(PickedUp(world, dentist, @case));
            }
        }

        shipments.AddRange(PickupRequests(world));
        var tracking = 0;
        foreach (var shipment in shipments)
        {
            shipment.TrackingNumber = shipment.Carrier == Van
                ? $"VAN-{shipment.ScheduledFor:yyMMdd}-{++tracking:000}"
                : $"1Z{world.Between(100_000, 999_999)}{++tracking:0000}";
            db.Add(shipment);
            backdated.Add((shipment, DemoWorld.Earlier(DemoWorld.At(shipment.ScheduledFor, 7).AddDays(-1), world.Now)));
        }

        AddRoutes(db, world, shipments, backdated);
    }

    private static Shipment NewShipment(DemoWorld world, DemoDentist dentist, ShipmentType type, ShipmentStatus status, DateOnly day, Guid? caseId) => new()
    {
        Type = type,
        Status = status,
        CaseId = caseId,
        DentistId = dentist.Id,
        ScheduledFor = day,
        Carrier = world.Chance(0.75) ? Van : world.Pick(["DHL Express", "UPS", "FedEx"]),
        AddressLine1 = dentist.AddressLine1,
        City = dentist.City,
        Region = dentist.Region,
        PostalCode = dentist.PostalCode,
        Country = dentist.Country,
        RecipientName = dentist.DentistName,
    };

    private static Shipment Delivered(DemoWorld world, DemoDentist dentist, DemoCaseRef @case, DateTimeOffset delivered)
    {
        var shipment = NewShipment(world, dentist, ShipmentType.Delivery, ShipmentStatus.Delivered, DemoWorld.DayOf(delivered), @case.Id);
        shipment.PickedUpAt = @case.ShippedAt is { } shipped && shipped <= delivered ? shipped : delivered.AddHours(-2);
        shipment.DeliveredAt = delivered;
        shipment.ProofOfDelivery = "Signed by reception: " + world.Pick(["M. Nowak", "J. Smith", "A. Berg", "K. Tanaka"]);
        return shipment;
    }

    /// <summary>A finished case on its way (in transit) or waiting for the van; the first one failed once (practice closed).</summary>
    private static IEnumerable<Shipment> Outgoing(DemoWorld world, DemoDentist dentist, DemoCaseRef @case, bool firstFailed)
    {
        if (@case.ShippedAt is { } shipped)
        {
            var moving = NewShipment(world, dentist, ShipmentType.Delivery, ShipmentStatus.InTransit, world.Today, @case.Id);
            moving.PickedUpAt = shipped;
            yield return moving;
            yield break;
        }

        if (firstFailed)
        {
            var failed = NewShipment(world, dentist, ShipmentType.Delivery, ShipmentStatus.Failed, world.BusinessDayOnOrBefore(world.Today.AddDays(-1)), @case.Id);
            failed.Carrier = Van;
            failed.Notes = "Practice closed at delivery time; redeliver next business day.";
            yield return failed;
        }

        yield return NewShipment(world, dentist, ShipmentType.Delivery, ShipmentStatus.Scheduled, world.AddBusinessDays(world.Today, 1), @case.Id);
    }

    /// <summary>The impressions and models of a new case, collected from the practice and brought to the lab.</summary>
    private static Shipment PickedUp(DemoWorld world, DemoDentist dentist, DemoCaseRef @case)
    {
        var shipment = NewShipment(world, dentist, ShipmentType.Pickup, ShipmentStatus.Delivered, DemoWorld.DayOf(@case.ReceivedAt), @case.Id);
        shipment.PickedUpAt = @case.ReceivedAt.AddHours(-world.Between(1.0, 3.0));
        shipment.DeliveredAt = @case.ReceivedAt;
        shipment.Notes = "Impressions and bite registration in a sealed bag.";
        return shipment;
    }

    /// <summary>Pickups the practices asked for (no case yet), one of them called off.</summary>
    private static IEnumerable<Shipment> PickupRequests(DemoWorld world)
    {
        var active = world.Dentists.Where(d => d.Weight > 2).ToList();
        for (var i = 0; i < 4; i++)
        {
            var status = i == 3 ? ShipmentStatus.Cancelled : ShipmentStatus.Scheduled;
            var pickup = NewShipment(world, world.Pick(active), ShipmentType.Pickup, status, world.AddBusinessDays(world.Today, 1 + (i % 2)), null);
            pickup.Carrier = Van;
            pickup.Notes = status == ShipmentStatus.Cancelled ? "Practice cancelled: patient rescheduled." : "Two impressions ready at reception.";
            yield return pickup;
        }
    }

    /// <summary>One van route per day with van shipments, stops in the order they were (or will be) driven.</summary>
    private static void AddRoutes(LabDbContext db, DemoWorld world, List<Shipment> shipments, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        foreach (var day in shipments.Where(s => s.Carrier == Van).GroupBy(s => s.ScheduledFor).OrderBy(g => g.Key))
        {
            var route = new DeliveryRoute
            {
                Name = $"Van route {day.Key:ddd d MMM yyyy}",
                RouteDate = day.Key,
                DriverId = world.DriverId,
                Vehicle = "Van 1: Ford Transit (SP 482 LB)",
                Status = day.Key < world.Today ? RouteStatus.Completed : day.Key == world.Today ? RouteStatus.InProgress : RouteStatus.Planned,
            };
            var sequence = 1;
            foreach (var shipment in day.OrderBy(s => s.DeliveredAt ?? s.PickedUpAt ?? DemoWorld.At(s.ScheduledFor, 12)).ThenBy(s => s.TrackingNumber))
            {
                route.Stops.Add(Stop(shipment, sequence++));
            }

            route.StartedAt = route.Status == RouteStatus.Planned ? null : DemoWorld.Earlier(DemoWorld.At(day.Key, 7.5), world.Now);
            if (route.Status == RouteStatus.Completed)
            {
                var last = route.Stops.Max(s => s.CompletedAt ?? s.ArrivedAt) ?? route.StartedAt!.Value;
                route.CompletedAt = (last > route.StartedAt ? last : route.StartedAt!.Value).AddMinutes(40);
            }

            db.Add(route);
            backdated.Add((route, DemoWorld.Earlier(DemoWorld.At(day.Key, 7).AddDays(-1), world.Now)));
        }
    }

    private static RouteStop Stop(Shipment shipment, int sequence)
    {
        var done = shipment.Status == ShipmentStatus.Delivered
            ? (shipment.Type == ShipmentType.Pickup ? shipment.PickedUpAt : shipment.DeliveredAt)
            : null;
        return new RouteStop
        {
            Shipment = shipment,
            CaseId = shipment.CaseId,
            Sequence = sequence,
            Address = string.Join(", ", new[] { shipment.AddressLine1, shipment.PostalCode + " " + shipment.City, shipment.Country }
                .Where(p => !string.IsNullOrWhiteSpace(p))),
            ContactName = shipment.RecipientName,
            PlannedAt = DemoWorld.At(shipment.ScheduledFor, 8 + (sequence * 0.75)),
            ArrivedAt = done?.AddMinutes(-5) ?? (shipment.Status == ShipmentStatus.Failed ? DemoWorld.At(shipment.ScheduledFor, 17) : null),
            CompletedAt = done,
            Status = shipment.Status,
            ProofOfDelivery = shipment.Type == ShipmentType.Delivery ? shipment.ProofOfDelivery : null,
            Notes = shipment.Notes,
        };
    }
}
