using DentalLab.Data.Entities;

namespace DentalLab.Data.Seed;

/// <summary>
/// Pickups of new work and deliveries of finished work (by the lab's van or a courier) in every status, the van's
/// routes up to today with one stop per practice in driving order, and work still to plan. Today's route is driven
/// by the demo staff user (staff@dentallab.test), already under way with several stops to go, one of them at the
/// demo dentist's practice; later shipments wait on the planning page.
/// </summary>
internal static class DemoLogistics
{
    private const string Van = "Lab van";

    public static void AddShipmentsAndRoutes(LabDbContext db, DemoWorld world, List<DemoCaseRef> cases, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        var dentists = world.Dentists.ToDictionary(d => d.Id);
        var marker = world.Dentists.FirstOrDefault(d => string.Equals(d.Email, DemoDataGenerator.MarkerEmail, StringComparison.OrdinalIgnoreCase));
        // The demo dentist's first ready case is on today's van, so their portal shows "out for delivery".
        var onTheVan = cases.FirstOrDefault(c => c.Status == CaseStatus.Ready && c.DentistId == marker?.Id)?.Id;
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
                shipments.Add(Outgoing(world, dentist, @case, onTheVan == @case.Id, firstFailed: shipments.All(s => s.FailureReason is null)));
            }

            if (@case.ReceivedAt >= since)
            {
                shipments.Add(PickedUp(world, dentist, @case));
            }
        }

        shipments.AddRange(PickupRequests(world, marker));
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
        AddHistory(world, shipments);
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
        ContactPhone = dentist.Phone,
        RecipientName = dentist.DentistName,
    };

    private static Shipment Delivered(DemoWorld world, DemoDentist dentist, DemoCaseRef @case, DateTimeOffset delivered)
    {
        var shipment = NewShipment(world, dentist, ShipmentType.Delivery, ShipmentStatus.Delivered, DemoWorld.DayOf(delivered), @case.Id);
        shipment.PickedUpAt = @case.ShippedAt is { } shipped && shipped <= delivered ? shipped : delivered.AddHours(-2);
        shipment.DeliveredAt = delivered;
        shipment.RecipientName = world.Pick(["M. Nowak", "J. Smith", "A. Berg", "K. Tanaka"]);
        shipment.ProofOfDelivery = "Signed by " + shipment.RecipientName;
        return shipment;
    }

    /// <summary>
    /// A finished case: on today's van (in transit) when it has left the lab, else waiting to be planned (tomorrow);
    /// the first waiting one failed once yesterday (practice closed) and is back for re-planning today.
    /// </summary>
    private static Shipment Outgoing(DemoWorld world, DemoDentist dentist, DemoCaseRef @case, bool onTheVan, bool firstFailed)
    {
        if (@case.ShippedAt is { } shipped || onTheVan)
        {
            var moving = NewShipment(world, dentist, ShipmentType.Delivery, ShipmentStatus.InTransit, world.Today, @case.Id);
            moving.Carrier = onTheVan ? Van : moving.Carrier;
            moving.PickedUpAt = @case.ShippedAt ?? DemoWorld.Earlier(DemoWorld.At(world.Today, 7.5), world.Now);
            return moving;
        }

        var waiting = NewShipment(world, dentist, ShipmentType.Delivery, ShipmentStatus.Scheduled, world.AddBusinessDays(world.Today, 1), @case.Id);
        if (firstFailed)
        {
            // Back from yesterday's failed attempt, waiting on today's planning page.
            waiting.ScheduledFor = world.Today;
            waiting.Carrier = Van;
            waiting.FailureReason = "Practice closed at delivery time";
            waiting.Notes = "Redeliver next business day.";
        }

        return waiting;
    }

    /// <summary>The impressions and models of a new case, collected from the practice and brought to the lab.</summary>
    private static Shipment PickedUp(DemoWorld world, DemoDentist dentist, DemoCaseRef @case)
    {
        var shipment = NewShipment(world, dentist, ShipmentType.Pickup, ShipmentStatus.Delivered, DemoWorld.DayOf(@case.ReceivedAt), @case.Id);
        shipment.PickedUpAt = @case.ReceivedAt.AddHours(-world.Between(1.0, 3.0));
        shipment.DeliveredAt = @case.ReceivedAt;
        shipment.Boxes = 1;
        shipment.Notes = "Impressions and bite registration in a sealed bag.";
        return shipment;
    }

    /// <summary>Pickups the practices asked for (no case yet): two on today's van, the rest to plan, one called off.</summary>
    private static IEnumerable<Shipment> PickupRequests(DemoWorld world, DemoDentist? marker)
    {
        var active = world.Dentists.Where(d => d.Weight > 2).ToList();
        for (var i = 0; i < 6; i++)
        {
            var status = i == 5 ? ShipmentStatus.Cancelled : ShipmentStatus.Scheduled;
            var day = i < 2 ? world.Today : world.AddBusinessDays(world.Today, 1 + (i % 2));
            var dentist = i == 2 && marker is not null ? marker : world.Pick(active);
            var pickup = NewShipment(world, dentist, ShipmentType.Pickup, status, day, null);
            pickup.Carrier = Van;
            pickup.Boxes = 1 + (i % 3);
            pickup.WindowFrom = new TimeOnly(10 + (i % 3), 0);
            pickup.WindowTo = pickup.WindowFrom.Value.AddHours(2);
            pickup.RequestedById = dentist.UserId;
            pickup.Notes = status == ShipmentStatus.Cancelled ? "Practice cancelled: patient rescheduled." : "Impressions ready at reception.";
            yield return pickup;
        }
    }

    /// <summary>One van route per day up to today, one stop per practice, in the order they were (or will be) driven.</summary>
    private static void AddRoutes(LabDbContext db, DemoWorld world, List<Shipment> shipments, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        var vanDays = shipments.Where(s => s.Carrier == Van && s.ScheduledFor <= world.Today && s.Status != ShipmentStatus.Cancelled && s.FailureReason is null)
            .GroupBy(s => s.ScheduledFor).OrderBy(g => g.Key);
        foreach (var day in vanDays)
        {
            var today = day.Key == world.Today;
            var route = new DeliveryRoute
            {
                Name = $"Van route {day.Key:ddd d MMM yyyy}",
                RouteDate = day.Key,
                DriverId = today ? world.FrontDeskId : world.DriverId,
                Vehicle = "Van 1: Ford Transit (SP 482 LB)",
                Status = today ? RouteStatus.InProgress : RouteStatus.Completed,
            };
            var sequence = 1;
            var stops = day.GroupBy(s => s.DentistId)
                .OrderBy(g => g.Min(s => s.DeliveredAt ?? s.PickedUpAt ?? DemoWorld.At(s.ScheduledFor, 12)))
                .ThenBy(g => g.First().PostalCode, StringComparer.Ordinal);
            foreach (var practice in stops)
            {
                route.Stops.Add(Stop(world, [.. practice], sequence++));
            }

            route.StartedAt = DemoWorld.Earlier(DemoWorld.At(day.Key, 7.5), world.Now);
            if (route.Status == RouteStatus.Completed)
            {
                var last = route.Stops.Max(s => s.CompletedAt ?? s.ArrivedAt) ?? route.StartedAt!.Value;
                route.CompletedAt = (last > route.StartedAt ? last : route.StartedAt!.Value).AddMinutes(40);
            }

            db.Add(route);
            backdated.Add((route, DemoWorld.Earlier(DemoWorld.At(day.Key, 7).AddDays(-1), world.Now)));
        }
    }

    private static RouteStop Stop(DemoWorld world, List<Shipment> shipments, int sequence)
    {
        var first = shipments[0];
        var done = shipments.All(s => s.Status == ShipmentStatus.Delivered)
            ? shipments.Max(s => s.Type == ShipmentType.Pickup ? s.PickedUpAt : s.DeliveredAt)
            : null;
        var stop = new RouteStop
        {
            CaseId = first.CaseId,
            DentistId = first.DentistId,
            Sequence = sequence,
            Address = first.AddressText,
            PostalCode = first.PostalCode,
            ContactName = world.Dentists.First(d => d.Id == first.DentistId).DentistName,
            Phone = first.ContactPhone,
            PlannedAt = DemoWorld.At(first.ScheduledFor, 8 + (sequence * 0.75)),
            ArrivedAt = done?.AddMinutes(-5),
            CompletedAt = done,
            Status = done is null ? ShipmentStatus.Scheduled : ShipmentStatus.Delivered,
            RecipientName = done is null ? null : first.RecipientName,
            ProofOfDelivery = done is null ? null : first.ProofOfDelivery,
        };
        foreach (var shipment in shipments)
        {
            stop.Shipments.Add(shipment);
            shipment.Stop = stop;
        }

        return stop;
    }

    /// <summary>Each shipment's history, in the words the shipment page shows.</summary>
    private static void AddHistory(DemoWorld world, List<Shipment> shipments)
    {
        foreach (var s in shipments)
        {
            var created = DemoWorld.Earlier(DemoWorld.At(s.ScheduledFor, 7).AddDays(-1), world.Now);
            Add(s, created, ShipmentStatus.Scheduled, s.RequestedById is null ? "Created by the lab" : "Requested by the practice in the portal");
            if (s.FailureReason is not null)
            {
                var failedOn = world.BusinessDayOnOrBefore(world.Today.AddDays(-1));
                Add(s, DemoWorld.Earlier(DemoWorld.At(failedOn, 16), world.Now), ShipmentStatus.Failed, "Delivery attempt failed: " + s.FailureReason);
                Add(s, DemoWorld.Earlier(DemoWorld.At(failedOn, 16.2), world.Now), ShipmentStatus.Scheduled, "Back to planning");
            }

            if (s.Stop is not null)
            {
                Add(s, DemoWorld.Earlier(DemoWorld.At(s.ScheduledFor, 7).AddDays(-1).AddHours(2), world.Now), ShipmentStatus.Scheduled, "Planned on the van route");
            }

            if (s.PickedUpAt is { } picked)
            {
                Add(s, picked, s.Type == ShipmentType.Delivery ? ShipmentStatus.InTransit : ShipmentStatus.InTransit,
                    s.Type == ShipmentType.Delivery ? "Out for delivery" : "Collected at the practice");
            }

            if (s.Status == ShipmentStatus.Delivered && s.DeliveredAt is { } delivered)
            {
                Add(s, delivered, ShipmentStatus.Delivered, s.Type == ShipmentType.Delivery ? $"Delivered, signed by {s.RecipientName}" : "Arrived at the lab");
            }

            if (s.Status == ShipmentStatus.Cancelled)
            {
                Add(s, created.AddHours(3), ShipmentStatus.Cancelled, "Cancelled: " + s.Notes);
            }
        }
    }

    private static void Add(Shipment shipment, DateTimeOffset at, ShipmentStatus status, string text) =>
        shipment.Events.Add(new ShipmentEvent { At = at, Status = status, Text = text });
}
