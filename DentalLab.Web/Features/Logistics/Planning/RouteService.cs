using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Resilience;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Logistics;

/// <summary>
/// Planning (logistics.manage): a route for a driver and vehicle on a day, shipments added as stops (all of one
/// practice's shipments are one stop), stops taken off, reordered, and a suggested order by postal code.
/// </summary>
public sealed class RouteService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, PermissionRegistry permissions, LiveEventBus bus, TimeProvider clock)
{
    private const string ConflictMessage = "Someone else changed this route at the same time. Look at it again and repeat your change.";

    public async Task<(ChangeResult Result, Guid? RouteId)> CreateAsync(DateOnly day, Guid? driverId, string? vehicle, string? name, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsManage, ct);
        if (driverId is null || !(await permissions.GetPermissionsAsync(driverId.Value, ct)).Contains(PermissionCodes.LogisticsDrive))
        {
            return (ChangeResult.Fail("Driver", "Choose a driver (someone who may drive for the lab)."), null);
        }

        if ((vehicle?.Trim().Length ?? 0) > 100)
        {
            return (ChangeResult.Fail("Vehicle", "Keep the vehicle under 100 characters."), null);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var driver = await db.Users.AsNoTracking().Where(u => u.Id == driverId && u.IsActive).Select(u => u.FullName).SingleOrDefaultAsync(ct);
        if (driver is null)
        {
            return (ChangeResult.Fail("Driver", "Choose a driver (someone who may drive for the lab)."), null);
        }

        var route = new DeliveryRoute
        {
            Name = string.IsNullOrWhiteSpace(name) ? $"{driver} · {day:ddd d MMM}" : name.Trim(),
            RouteDate = day,
            DriverId = driverId,
            Vehicle = string.IsNullOrWhiteSpace(vehicle) ? null : vehicle.Trim(),
            Status = RouteStatus.Planned,
        };
        db.Add(route);
        await db.SaveChangesAsync(ct);
        await PublishAsync(route.Id, me, ct);
        return (ChangeResult.Ok(), route.Id);
    }

    /// <summary>
    /// Puts shipments on a route: each joins the open stop of its practice, or becomes a new stop at the end. The
    /// shipments take the route's day.
    /// </summary>
    public async Task<ChangeResult> AddShipmentsAsync(Guid routeId, IReadOnlyCollection<Guid> shipmentIds, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsManage, ct);
        if (shipmentIds.Count == 0)
        {
            return ChangeResult.Fail("", "Choose at least one shipment.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var route = await db.DeliveryRoutes.Include(r => r.Stops).SingleOrDefaultAsync(r => r.Id == routeId, ct);
        if (route is null)
        {
            return ChangeResult.Fail("", "Route not found.");
        }

        if (route.Status is RouteStatus.Completed or RouteStatus.Cancelled)
        {
            return ChangeResult.Fail("", "This route is finished: plan the shipments on another one.");
        }

        var shipments = await db.Shipments.Include(s => s.Dentist).Include(s => s.Case)
            .Where(s => shipmentIds.Contains(s.Id)).OrderBy(s => s.PostalCode).ThenBy(s => s.Id).ToListAsync(ct);
        if (shipments.Count != shipmentIds.Count || shipments.Any(s => s.Status != ShipmentStatus.Scheduled || s.StopId is not null))
        {
            return ChangeResult.Fail("", "Some of the chosen shipments are no longer open for planning. Reload the list.");
        }

        if (shipments.Any(s => s.Carrier is not null && s.Carrier != ShipmentService.OwnVan))
        {
            return ChangeResult.Fail("", "A courier shipment does not go on the van's route.");
        }

        var next = route.Stops.Select(s => s.Sequence).DefaultIfEmpty(0).Max() + 1;
        foreach (var shipment in shipments)
        {
            var stop = route.Stops.FirstOrDefault(s => s.DentistId == shipment.DentistId && s.CompletedAt is null);
            if (stop is null)
            {
                stop = new RouteStop
                {
                    RouteId = route.Id,
                    DentistId = shipment.DentistId,
                    Sequence = next++,
                    Address = shipment.AddressText,
                    PostalCode = shipment.PostalCode,
                    ContactName = shipment.Dentist!.DentistName,
                    Phone = shipment.ContactPhone ?? shipment.Dentist.Phone,
                    Status = ShipmentStatus.Scheduled,
                    ShipmentId = shipment.Id,
                    CaseId = shipment.CaseId,
                };
                route.Stops.Add(stop);
            }

            shipment.Stop = stop;
            shipment.ScheduledFor = route.RouteDate;
            if (route.Status == RouteStatus.InProgress && shipment.Type == ShipmentType.Delivery)
            {
                // The van is already out: the case leaves with the next trip, so it counts as under way.
                shipment.Status = ShipmentStatus.InTransit;
                shipment.PickedUpAt = clock.GetUtcNow();
            }

            ShipmentService.AddEvent(shipment, me, $"Planned on {route.Name}");
        }

        TouchRoute(db, route);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Conflicted(ConflictMessage);
        }

        await PublishAsync(route.Id, me, ct, [.. shipments.Where(s => s.Case is not null).Select(s => s.Case!.CaseNumber)]);
        return ChangeResult.Ok();
    }

    /// <summary>Takes a shipment off its route (back to planning); a stop left empty goes and the others close up.</summary>
    public async Task<ChangeResult> RemoveShipmentAsync(Guid shipmentId, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var shipment = await db.Shipments.Include(s => s.Stop).ThenInclude(s => s!.Route).Include(s => s.Case).SingleOrDefaultAsync(s => s.Id == shipmentId, ct);
        if (shipment?.Stop is not { } stop)
        {
            return ChangeResult.Fail("", "That shipment is not on a route.");
        }

        if (stop.CompletedAt is not null || shipment.Status is not (ShipmentStatus.Scheduled or ShipmentStatus.InTransit))
        {
            return ChangeResult.Fail("", "That stop is done: its shipments stay on the route.");
        }

        shipment.StopId = null;
        shipment.Stop = null;
        shipment.Status = ShipmentStatus.Scheduled;
        shipment.PickedUpAt = null;
        ShipmentService.AddEvent(shipment, me, $"Taken off {stop.Route!.Name}");
        await db.SaveChangesAsync(ct);
        await DropEmptyStopAsync(db, stop.Id, ct);
        await PublishAsync(stop.RouteId, me, ct, shipment.Case is { } c ? [c.CaseNumber] : []);
        return ChangeResult.Ok();
    }

    /// <summary>Puts the route's stops in the given order (every stop of the route, each once).</summary>
    public async Task<ChangeResult> ReorderAsync(Guid routeId, IReadOnlyList<Guid> stopIds, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var route = await db.DeliveryRoutes.Include(r => r.Stops).SingleOrDefaultAsync(r => r.Id == routeId, ct);
        if (route is null)
        {
            return ChangeResult.Fail("", "Route not found.");
        }

        if (stopIds.Count != route.Stops.Count || stopIds.Distinct().Count() != stopIds.Count || !stopIds.All(id => route.Stops.Any(s => s.Id == id)))
        {
            return ChangeResult.Conflicted("The route's stops changed meanwhile. Look at it again and reorder.");
        }

        if (route.Status is RouteStatus.Completed or RouteStatus.Cancelled)
        {
            return ChangeResult.Fail("", "This route is finished: its order stays as it was driven.");
        }

        await using var tx = await db.BeginResilientTransactionAsync(ct);
        // Sequences are unique per route: move every stop out of the way first, then number them in the new order.
        var offset = route.Stops.Max(s => s.Sequence) + stopIds.Count + 1;
        foreach (var stop in route.Stops)
        {
            stop.Sequence += offset;
        }

        TouchRoute(db, route);
        try
        {
            await db.SaveChangesAsync(ct);
            for (var i = 0; i < stopIds.Count; i++)
            {
                route.Stops.Single(s => s.Id == stopIds[i]).Sequence = i + 1;
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Conflicted(ConflictMessage);
        }

        await PublishAsync(route.Id, me, ct);
        return ChangeResult.Ok();
    }

    /// <summary>
    /// A suggested driving order: the stops already done keep their place at the front, the open ones follow by
    /// postal code (nearby codes are nearby areas), so the planner can accept it with <see cref="ReorderAsync"/>.
    /// </summary>
    public static IReadOnlyList<Guid> SuggestOrder(DeliveryRouteView route) =>
        [.. route.Stops.Where(s => !s.IsOpen || s.ArrivedAt is not null).OrderBy(s => s.Sequence).Select(s => s.Id)
            .Concat(route.Stops.Where(s => s.IsOpen && s.ArrivedAt is null)
                .OrderBy(s => s.PostalCode ?? "\uffff", StringComparer.Ordinal).ThenBy(s => s.Practice, StringComparer.CurrentCulture).Select(s => s.Id))];

    /// <summary>Changes the route's driver, vehicle or name.</summary>
    public async Task<ChangeResult> UpdateAsync(Guid routeId, Guid? driverId, string? vehicle, string name, uint version, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsManage, ct);
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            return ChangeResult.Fail("Name", "Give the route a name (under 200 characters).");
        }

        if (driverId is null || !(await permissions.GetPermissionsAsync(driverId.Value, ct)).Contains(PermissionCodes.LogisticsDrive))
        {
            return ChangeResult.Fail("Driver", "Choose a driver (someone who may drive for the lab).");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var route = await db.DeliveryRoutes.SingleOrDefaultAsync(r => r.Id == routeId, ct);
        if (route is null)
        {
            return ChangeResult.Fail("", "Route not found.");
        }

        db.Entry(route).Property(r => r.Version).OriginalValue = version;
        route.Name = name.Trim();
        route.DriverId = driverId;
        route.Vehicle = string.IsNullOrWhiteSpace(vehicle) ? null : vehicle.Trim();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Conflicted(ConflictMessage);
        }

        await PublishAsync(route.Id, me, ct);
        return ChangeResult.Ok();
    }

    /// <summary>Removes a stop that has no shipments left (and was never driven to), closing up the numbers after it.</summary>
    internal static async Task DropEmptyStopAsync(LabDbContext db, Guid stopId, CancellationToken ct)
    {
        var stop = await db.RouteStops.Include(s => s.Route).ThenInclude(r => r!.Stops).SingleOrDefaultAsync(s => s.Id == stopId, ct);
        if (stop is null || stop.CompletedAt is not null || stop.ArrivedAt is not null || await db.Shipments.AnyAsync(s => s.StopId == stopId, ct))
        {
            return;
        }

        var route = stop.Route!;
        await using var tx = await db.BeginResilientTransactionAsync(ct);
        route.Stops.Remove(stop);
        db.Remove(stop);
        var ordered = route.Stops.OrderBy(s => s.Sequence).ToList();
        // Sequences are unique per route: out of the way first, then closed up.
        var offset = ordered.Select(s => s.Sequence).DefaultIfEmpty(0).Max() + ordered.Count + 1;
        ordered.ForEach(s => s.Sequence += offset);
        await db.SaveChangesAsync(ct);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Sequence = i + 1;
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static void TouchRoute(LabDbContext db, DeliveryRoute route) => db.Entry(route).Property(r => r.UpdatedAt).IsModified = true;

    private async Task PublishAsync(Guid routeId, Guid actor, CancellationToken ct, IReadOnlyList<string>? caseNumbers = null)
    {
        await bus.PublishAsync(new LiveEvent(LiveEvent.ForRoute(routeId), LiveKinds.RouteChanged, routeId.ToString(), actor), ct);
        await bus.PublishAsync(new LiveEvent(LiveEvent.Logistics, LiveKinds.RouteChanged, routeId.ToString(), actor), ct);
        foreach (var number in caseNumbers ?? [])
        {
            await bus.PublishAsync(new LiveEvent(LiveEvent.ForCase(number), LiveKinds.ShipmentChanged, number, actor), ct);
        }
    }
}
