using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Resilience;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Workflow;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Files;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Logistics;

/// <summary>
/// The driver's side (logistics.drive), only on the driver's own routes: start the route, arrive at a stop, check
/// each case handed over, confirm the stop with the recipient's name and a signature or photo, or record a failed
/// attempt that sends the shipments back to planning. A confirmed delivery completes each case's delivery stage
/// through <see cref="WorkflowService"/>, exactly once: the stop row is locked and re-read in the confirming
/// transaction, so a second tap (or a second phone) finds it done and changes nothing.
/// </summary>
public sealed class DriverService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    WorkflowService workflow,
    FileStore files,
    LabSettings settings,
    LiveEventBus bus,
    TimeProvider clock,
    ILogger<DriverService> logger)
{
    public const long MaxProofBytes = 5 * 1024 * 1024;

    /// <summary>The driver's route for today (lab time zone): the one under way, else the first planned one.</summary>
    public async Task<DeliveryRouteView?> TodayAsync(CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsDrive, ct);
        var today = await settings.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LogisticsQueries.LoadRouteAsync(db, db.DeliveryRoutes
            .Where(r => r.DriverId == me && r.RouteDate == today && r.Status != RouteStatus.Cancelled)
            .OrderBy(r => r.Status == RouteStatus.InProgress ? 0 : r.Status == RouteStatus.Planned ? 1 : 2).ThenBy(r => r.Name), ct);
    }

    /// <summary>One of the driver's own routes (null for anyone else's: "not found").</summary>
    public async Task<DeliveryRouteView?> RouteAsync(Guid routeId, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsDrive, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LogisticsQueries.LoadRouteAsync(db, db.DeliveryRoutes.Where(r => r.Id == routeId && r.DriverId == me), ct);
    }

    /// <summary>The driver's routes (today and the coming days), for the phone's list.</summary>
    public async Task<IReadOnlyList<RouteSummary>> MyRoutesAsync(CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsDrive, ct);
        var today = await settings.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.DeliveryRoutes.AsNoTracking().Where(r => r.DriverId == me && r.RouteDate >= today.AddDays(-7))
            .OrderByDescending(r => r.RouteDate).ThenBy(r => r.Name)
            .Select(r => new RouteSummary(r.Id, r.Name, r.RouteDate, r.Status, r.Driver!.FullName, r.DriverId, r.Vehicle, r.Stops.Count, r.Stops.Count(s => s.CompletedAt != null)))
            .Take(20).ToListAsync(ct);
    }

    /// <summary>The van leaves: the route is under way and its deliveries are out for delivery.</summary>
    public async Task<ChangeResult> StartRouteAsync(Guid routeId, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsDrive, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var route = await db.DeliveryRoutes.AsSplitQuery().Include(r => r.Stops).ThenInclude(s => s.Shipments).ThenInclude(s => s.Case)
            .SingleOrDefaultAsync(r => r.Id == routeId && r.DriverId == me, ct);
        if (route is null)
        {
            return ChangeResult.Fail("", "Route not found.");
        }

        if (route.Status != RouteStatus.Planned)
        {
            return route.Status == RouteStatus.InProgress ? ChangeResult.Ok() : ChangeResult.Fail("", "This route is finished.");
        }

        if (route.Stops.Count == 0)
        {
            return ChangeResult.Fail("", "The route has no stops yet.");
        }

        var now = clock.GetUtcNow();
        route.Status = RouteStatus.InProgress;
        route.StartedAt = now;
        var cases = new List<string>();
        foreach (var shipment in route.Stops.SelectMany(s => s.Shipments).Where(s => s.Type == ShipmentType.Delivery && s.Status == ShipmentStatus.Scheduled))
        {
            shipment.Status = ShipmentStatus.InTransit;
            shipment.PickedUpAt = now;
            ShipmentService.AddEvent(shipment, me, "Out for delivery", now);
            if (shipment.Case is { } c)
            {
                cases.Add(c.CaseNumber);
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Conflicted("The route changed meanwhile. Look at it again.");
        }

        await PublishAsync(route.Id, me, cases, ct);
        return ChangeResult.Ok();
    }

    /// <summary>The driver is at the stop (the time is kept; tapping again changes nothing).</summary>
    public async Task<ChangeResult> ArriveAsync(Guid stopId, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsDrive, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stop = await MyStop(db, stopId, me).SingleOrDefaultAsync(ct);
        if (stop is null)
        {
            return ChangeResult.Fail("", "Stop not found.");
        }

        if (stop.Route!.Status != RouteStatus.InProgress)
        {
            return ChangeResult.Fail("", "Start the route first.");
        }

        if (stop.ArrivedAt is null)
        {
            stop.ArrivedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            await PublishAsync(stop.RouteId, me, [], ct);
        }

        return ChangeResult.Ok();
    }

    /// <summary>
    /// Checks one case the driver is about to hand over (scanned or typed): it must be one of this stop's deliveries.
    /// A case for another practice, or one not on the route, is refused with words the driver cannot miss.
    /// </summary>
    public async Task<ChangeResult> CheckCaseAsync(Guid stopId, string caseNumber, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsDrive, ct);
        var number = (caseNumber ?? "").Trim().ToUpperInvariant();
        if (number.Length == 0)
        {
            return ChangeResult.Fail("CaseNumber", "Scan or type the case number.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stop = await MyStop(db, stopId, me).AsNoTracking().SingleOrDefaultAsync(ct);
        if (stop is null)
        {
            return ChangeResult.Fail("", "Stop not found.");
        }

        var here = await db.Shipments.AnyAsync(s => s.StopId == stopId && s.Type == ShipmentType.Delivery && s.Case!.CaseNumber == number, ct);
        if (here)
        {
            return ChangeResult.Ok();
        }

        var elsewhere = await db.Shipments.AsNoTracking()
            .Where(s => s.Stop!.RouteId == stop.RouteId && s.Type == ShipmentType.Delivery && s.Case!.CaseNumber == number)
            .Select(s => new { s.Stop!.Sequence, s.Dentist!.PracticeName }).FirstOrDefaultAsync(ct);
        return ChangeResult.Fail("CaseNumber", elsewhere is not null
            ? $"WRONG PRACTICE: {number} is for stop {elsewhere.Sequence} ({elsewhere.PracticeName}). Do not hand it over here."
            : $"WRONG CASE: {number} is not for this practice and not on your route. Do not hand it over.");
    }

    /// <summary>
    /// Confirms the stop: every case of its deliveries checked, the recipient's name, a signature (PNG) or a photo.
    /// The deliveries are delivered and their cases' delivery stage completed; pickups are collected. Confirming a
    /// stop that is already done changes nothing (and is no error: the driver may tap twice).
    /// </summary>
    public async Task<ChangeResult> CompleteStopAsync(Guid stopId, StopProof proof, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsDrive, ct);
        var recipient = (proof.RecipientName ?? "").Trim();
        if (recipient.Length == 0)
        {
            return ChangeResult.Fail(nameof(StopProof.RecipientName), "Type the name of the person who takes the cases.");
        }

        if (recipient.Length > 200)
        {
            return ChangeResult.Fail(nameof(StopProof.RecipientName), "Keep the name under 200 characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.BeginResilientTransactionAsync(ct);
        // The guard: the stop row is locked for this transaction, and read again only once the lock is ours, so
        // of two confirmations at once the second sees the first one's completion and stops here.
        await db.Database.ExecuteSqlAsync($"SELECT id FROM route_stops WHERE id = {stopId} FOR UPDATE", ct);
        var stop = await MyStop(db, stopId, me).Include(s => s.Shipments).ThenInclude(s => s.Case).SingleOrDefaultAsync(ct);
        if (stop is null)
        {
            return ChangeResult.Fail("", "Stop not found.");
        }

        if (stop.CompletedAt is not null)
        {
            if (stop.Status != ShipmentStatus.Delivered)
            {
                return ChangeResult.Fail("", "This stop was recorded as a failed attempt.");
            }

            // Already confirmed. If the app stopped between committing the stop and moving its cases on, the next tap
            // finishes the job: the workflow's rule completes a case's delivery stage only while it is the current one,
            // so a case already delivered is left as it is (still exactly once).
            var unfinished = stop.Shipments
                .Where(s => s.Type == ShipmentType.Delivery && s.Status == ShipmentStatus.Delivered
                    && s.Case is { CurrentStage: WorkflowStageName.Delivery } c && c.Status != CaseStatus.Delivered)
                .Select(s => s.Case!.CaseNumber).Order(StringComparer.Ordinal).ToList();
            await tx.CommitAsync(ct);
            var late = await CompleteCasesAsync(unfinished, ct);
            if (unfinished.Count > 0)
            {
                await PublishAsync(stop.RouteId, me, unfinished, ct);
            }

            return ChangeResult.Ok(late);
        }

        if (stop.Route!.Status != RouteStatus.InProgress)
        {
            return ChangeResult.Fail("", "Start the route first.");
        }

        var deliveries = stop.Shipments.Where(s => s.Type == ShipmentType.Delivery && s.Status is ShipmentStatus.InTransit or ShipmentStatus.Scheduled).ToList();
        var pickups = stop.Shipments.Where(s => s.Type == ShipmentType.Pickup && s.Status is ShipmentStatus.InTransit or ShipmentStatus.Scheduled).ToList();
        var expected = deliveries.Where(s => s.Case is not null).Select(s => s.Case!.CaseNumber).ToHashSet(StringComparer.Ordinal);
        var given = proof.CaseNumbers.Select(n => n.Trim().ToUpperInvariant()).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (given.FirstOrDefault(n => !expected.Contains(n)) is { } wrong)
        {
            return ChangeResult.Fail("CaseNumber", $"WRONG CASE: {wrong} is not for this practice. Do not hand it over.");
        }

        if (expected.FirstOrDefault(n => !given.Contains(n)) is { } missing)
        {
            return ChangeResult.Fail("CaseNumber", $"Check {missing} too: scan or type every case you hand over.");
        }

        if (deliveries.Count > 0 && proof.SignaturePng is not { Length: > 0 } && proof.Photo is not { Length: > 0 })
        {
            return ChangeResult.Fail("Signature", "Ask the recipient to sign on the screen, or take a photo of the handover.");
        }

        string? signature = null, photo = null;
        try
        {
            if (proof.SignaturePng is { Length: > 0 } png)
            {
                signature = (await files.SaveAsync(new MemoryStream(png), "signature.png", MaxProofBytes, ct: ct)).StoredName;
            }

            if (proof.Photo is { Length: > 0 } picture)
            {
                photo = (await files.SaveAsync(new MemoryStream(picture), proof.PhotoName ?? "photo.jpg", MaxProofBytes, ct: ct)).StoredName;
            }
        }
        catch (FileRejectedException ex)
        {
            return ChangeResult.Fail(signature is null && proof.SignaturePng is { Length: > 0 } ? "Signature" : "Photo", ex.Message);
        }

        var now = clock.GetUtcNow();
        var proofText = signature is not null ? $"Signed by {recipient}" : photo is not null ? $"Photo; received by {recipient}" : $"Handed over by {recipient}";
        stop.ArrivedAt ??= now;
        stop.CompletedAt = now;
        stop.Status = ShipmentStatus.Delivered;
        stop.RecipientName = recipient;
        stop.ProofOfDelivery = proofText;
        foreach (var shipment in deliveries)
        {
            shipment.Status = ShipmentStatus.Delivered;
            shipment.PickedUpAt ??= stop.Route.StartedAt ?? now;
            shipment.DeliveredAt = now;
            shipment.RecipientName = recipient;
            shipment.ProofOfDelivery = proofText;
            shipment.SignaturePath = signature;
            shipment.ProofPhotoPath = photo;
            ShipmentService.AddEvent(shipment, me, $"Delivered, {proofText.ToLowerInvariant()[..1]}{proofText[1..]}", now);
        }

        foreach (var shipment in pickups)
        {
            shipment.Status = ShipmentStatus.InTransit;
            shipment.PickedUpAt = now;
            shipment.RecipientName = recipient;
            shipment.SignaturePath = signature;
            shipment.ProofPhotoPath = photo;
            ShipmentService.AddEvent(shipment, me, $"Collected at the practice from {recipient}" + (shipment.Boxes is { } b ? $" ({b} box{(b == 1 ? "" : "es")})" : ""), now);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        // Only the confirmation that completed the stop gets here, once: the workflow's own rule moves each case on.
        var warning = await CompleteCasesAsync([.. expected.Order(StringComparer.Ordinal)], ct);
        await PublishAsync(stop.RouteId, me, [.. stop.Shipments.Where(s => s.Case is not null).Select(s => s.Case!.CaseNumber)], ct);
        return ChangeResult.Ok(warning);
    }

    /// <summary>Completes each handed-over case's delivery stage through the workflow; returns a warning naming any that did not move.</summary>
    private async Task<string?> CompleteCasesAsync(IReadOnlyList<string> caseNumbers, CancellationToken ct)
    {
        string? warning = null;
        foreach (var number in caseNumbers)
        {
            var moved = await workflow.CompleteDeliveryAsync(number, ct);
            // Refused because a second tap (or phone) finishing the same stop moved it a moment earlier: that is the goal.
            if (!moved.Succeeded && !await IsDeliveredAsync(number, ct))
            {
                logger.LogWarning("Delivery of {CaseNumber} confirmed but its delivery stage did not complete: {Reason}", number, moved.Message);
                warning = $"The handover is recorded, but {number} could not be marked delivered: {moved.Message}";
            }
        }

        return warning;
    }

    private async Task<bool> IsDeliveredAsync(string caseNumber, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Cases.AsNoTracking().AnyAsync(c => c.CaseNumber == caseNumber && c.Status == CaseStatus.Delivered, ct);
    }

    /// <summary>A failed attempt (closed, nobody there): the stop is marked failed and its shipments go back to planning with the reason.</summary>
    public async Task<ChangeResult> FailStopAsync(Guid stopId, string reason, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsDrive, ct);
        var why = (reason ?? "").Trim();
        if (why.Length == 0)
        {
            return ChangeResult.Fail("", "Say why (closed, nobody there...).");
        }

        if (why.Length > 500)
        {
            return ChangeResult.Fail("", "Keep the reason under 500 characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.BeginResilientTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT id FROM route_stops WHERE id = {stopId} FOR UPDATE", ct);
        var stop = await MyStop(db, stopId, me).Include(s => s.Shipments).ThenInclude(s => s.Case).SingleOrDefaultAsync(ct);
        if (stop is null)
        {
            return ChangeResult.Fail("", "Stop not found.");
        }

        if (stop.CompletedAt is not null)
        {
            return ChangeResult.Fail("", stop.Status == ShipmentStatus.Delivered ? "This stop is already confirmed as done." : "This attempt is already recorded.");
        }

        if (stop.Route!.Status != RouteStatus.InProgress)
        {
            return ChangeResult.Fail("", "Start the route first.");
        }

        var now = clock.GetUtcNow();
        stop.ArrivedAt ??= now;
        stop.CompletedAt = now;
        stop.Status = ShipmentStatus.Failed;
        stop.FailureReason = why;
        var cases = new List<string>();
        foreach (var shipment in stop.Shipments.Where(s => s.Status is ShipmentStatus.Scheduled or ShipmentStatus.InTransit).ToList())
        {
            shipment.Status = ShipmentStatus.Failed;
            ShipmentService.AddEvent(shipment, me, $"{(shipment.Type == ShipmentType.Delivery ? "Delivery" : "Pickup")} attempt failed: {why}", now);
            shipment.Status = ShipmentStatus.Scheduled;
            shipment.PickedUpAt = null;
            shipment.FailureReason = why;
            shipment.StopId = null;
            shipment.Stop = null;
            ShipmentService.AddEvent(shipment, me, "Back to planning", now);
            if (shipment.Case is { } c)
            {
                cases.Add(c.CaseNumber);
            }
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await PublishAsync(stop.RouteId, me, cases, ct);
        return ChangeResult.Ok();
    }

    /// <summary>Back at the lab: the route is completed and the collected pickups are at the lab. Every stop must be done or failed.</summary>
    public async Task<ChangeResult> FinishRouteAsync(Guid routeId, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsDrive, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var route = await db.DeliveryRoutes.AsSplitQuery().Include(r => r.Stops).ThenInclude(s => s.Shipments).SingleOrDefaultAsync(r => r.Id == routeId && r.DriverId == me, ct);
        if (route is null)
        {
            return ChangeResult.Fail("", "Route not found.");
        }

        if (route.Status != RouteStatus.InProgress)
        {
            return route.Status == RouteStatus.Completed ? ChangeResult.Ok() : ChangeResult.Fail("", "Start the route first.");
        }

        if (route.Stops.FirstOrDefault(s => s.CompletedAt is null) is { } open)
        {
            return ChangeResult.Fail("", $"Stop {open.Sequence} is not done yet: confirm it or record a failed attempt.");
        }

        var now = clock.GetUtcNow();
        route.Status = RouteStatus.Completed;
        route.CompletedAt = now;
        foreach (var pickup in route.Stops.SelectMany(s => s.Shipments).Where(s => s.Type == ShipmentType.Pickup && s.Status == ShipmentStatus.InTransit))
        {
            pickup.Status = ShipmentStatus.Delivered;
            pickup.DeliveredAt = now;
            ShipmentService.AddEvent(pickup, me, "Arrived at the lab", now);
        }

        await db.SaveChangesAsync(ct);
        await PublishAsync(route.Id, me, [], ct);
        return ChangeResult.Ok();
    }

    private static IQueryable<RouteStop> MyStop(LabDbContext db, Guid stopId, Guid me) =>
        db.RouteStops.Include(s => s.Route).Where(s => s.Id == stopId && s.Route!.DriverId == me);

    private async Task PublishAsync(Guid routeId, Guid actor, IReadOnlyList<string> caseNumbers, CancellationToken ct)
    {
        await bus.PublishAsync(new LiveEvent(LiveEvent.ForRoute(routeId), LiveKinds.RouteChanged, routeId.ToString(), actor), ct);
        await bus.PublishAsync(new LiveEvent(LiveEvent.Logistics, LiveKinds.ShipmentChanged, routeId.ToString(), actor), ct);
        // Every open portal page of a case on this route follows ("stop 3 of 7" moves as the van goes).
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var onRoute = await db.Shipments.AsNoTracking().Where(s => s.Stop!.RouteId == routeId && s.Case != null).Select(s => s.Case!.CaseNumber).ToListAsync(ct);
        foreach (var number in onRoute.Concat(caseNumbers).Distinct(StringComparer.Ordinal))
        {
            await bus.PublishAsync(new LiveEvent(LiveEvent.ForCase(number), LiveKinds.ShipmentChanged, number, actor), ct);
        }
    }
}
