using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Logistics;

/// <summary>
/// Shipments: a delivery from a ready case (one, or every ready case of a day), a pickup created by the lab or
/// requested by the dentist in the portal, edits of one shipment's address and courier, cancel. Permission first,
/// <see cref="ChangeResult"/> with the field, audited through the tracked entities, published after the commit.
/// </summary>
public sealed class ShipmentService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    DentistScope scope,
    LabSettings settings,
    LiveEventBus bus,
    TimeProvider clock)
{
    /// <summary>The carrier name of the lab's own van (a shipment with no carrier goes by the van too).</summary>
    public const string OwnVan = "Lab van";
    public const int MaxBoxes = 20;
    public const int NoteMaxLength = 500;

    private const string ConflictMessage = "Someone else changed this shipment at the same time. Look again and repeat your change.";

    /// <summary>One click on a ready case: a van delivery to the practice on <paramref name="day"/> (today when null).</summary>
    public async Task<(ChangeResult Result, Guid? ShipmentId)> CreateDeliveryAsync(string caseNumber, DateOnly? day = null, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsManage, ct);
        caseNumber = caseNumber.Trim().ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @case = await db.Cases.Include(c => c.Dentist).SingleOrDefaultAsync(c => c.CaseNumber == caseNumber, ct);
        if (@case is null)
        {
            return (ChangeResult.Fail("", $"There is no case {caseNumber}."), null);
        }

        if (@case.Status != CaseStatus.Ready || @case.CurrentStage != WorkflowStageName.Delivery)
        {
            return (ChangeResult.Fail("", $"{caseNumber} is not ready for delivery: its delivery stage is not the current one."), null);
        }

        if (await OpenDelivery(db, @case.Id).Select(s => (DateOnly?)s.ScheduledFor).FirstOrDefaultAsync(ct) is { } planned)
        {
            return (ChangeResult.Fail("", $"{caseNumber} already has a delivery for {planned:yyyy-MM-dd}."), null);
        }

        var when = day ?? await settings.TodayAsync();
        var shipment = NewShipment(@case.Dentist!, ShipmentType.Delivery, when, @case.Id);
        AddEvent(shipment, me, "Created by the lab from the case");
        db.Add(shipment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return (ChangeResult.Fail("", $"{caseNumber} already has a delivery: someone created it a moment ago."), null);
        }

        await PublishAsync(me, [caseNumber], ct);
        return (ChangeResult.Ok(), shipment.Id);
    }

    /// <summary>A delivery for every ready case that has none yet, on <paramref name="day"/>. Returns how many were created.</summary>
    public async Task<(ChangeResult Result, int Created)> CreateDeliveriesForReadyCasesAsync(DateOnly day, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = new[] { ShipmentStatus.Scheduled, ShipmentStatus.InTransit };
        var cases = await db.Cases.Include(c => c.Dentist)
            .Where(c => c.Status == CaseStatus.Ready && c.CurrentStage == WorkflowStageName.Delivery)
            .Where(c => !db.Shipments.Any(s => s.CaseId == c.Id && s.Type == ShipmentType.Delivery && open.Contains(s.Status)))
            .OrderBy(c => c.CaseNumber).ToListAsync(ct);
        if (cases.Count == 0)
        {
            return (ChangeResult.Fail("", "Every ready case already has a delivery."), 0);
        }

        foreach (var @case in cases)
        {
            var shipment = NewShipment(@case.Dentist!, ShipmentType.Delivery, day, @case.Id);
            AddEvent(shipment, me, "Created by the lab with the day's ready cases");
            db.Add(shipment);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return (ChangeResult.Fail("", "Someone created deliveries for some of these cases a moment ago. Try again."), 0);
        }

        await PublishAsync(me, [.. cases.Select(c => c.CaseNumber)], ct);
        return (ChangeResult.Ok(), cases.Count);
    }

    /// <summary>A pickup the lab plans at a practice.</summary>
    public async Task<(ChangeResult Result, Guid? ShipmentId)> CreatePickupAsync(PickupInput input, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dentist = input.DentistId is { } id ? await db.DentistProfiles.SingleOrDefaultAsync(d => d.Id == id, ct) : null;
        if (dentist is null)
        {
            return (ChangeResult.Fail(nameof(PickupInput.DentistId), "Choose the practice."), null);
        }

        return await AddPickupAsync(db, dentist, input, me, requestedBy: null, ct);
    }

    /// <summary>"Request a pickup" in the portal: the signed-in dentist's own practice, a day from today on, a time window, boxes, a note.</summary>
    public async Task<(ChangeResult Result, Guid? ShipmentId)> RequestPickupAsync(PickupInput input, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dentistId = await scope.DentistIdAsync(db, ct);
        var dentist = dentistId is null ? null : await db.DentistProfiles.SingleOrDefaultAsync(d => d.Id == dentistId, ct);
        if (dentist is null)
        {
            return (ChangeResult.Fail("", "Only a practice's own account can ask for a pickup."), null);
        }

        return await AddPickupAsync(db, dentist, input, me, requestedBy: me, ct);
    }

    /// <summary>Changes one shipment (this shipment's address only; the practice's address stays), its day, courier and notes.</summary>
    public async Task<ChangeResult> UpdateAsync(Guid id, ShipmentInput input, uint version, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsManage, ct);
        var courier = !string.IsNullOrWhiteSpace(input.Carrier) && !string.Equals(input.Carrier.Trim(), OwnVan, StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(input.AddressLine1))
        {
            return ChangeResult.Fail(nameof(ShipmentInput.AddressLine1), "Give the street and number.");
        }

        if (string.IsNullOrWhiteSpace(input.City))
        {
            return ChangeResult.Fail(nameof(ShipmentInput.City), "Give the city.");
        }

        if (input.ScheduledFor is null)
        {
            return ChangeResult.Fail(nameof(ShipmentInput.ScheduledFor), "Choose the day.");
        }

        if (courier && string.IsNullOrWhiteSpace(input.TrackingNumber))
        {
            return ChangeResult.Fail(nameof(ShipmentInput.TrackingNumber), "A courier shipment needs the courier's tracking number.");
        }

        if ((input.Notes?.Length ?? 0) > 2000)
        {
            return ChangeResult.Fail(nameof(ShipmentInput.Notes), "Keep the notes under 2000 characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var shipment = await db.Shipments.Include(s => s.Case).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (shipment is null)
        {
            return ChangeResult.Fail("", "Shipment not found.");
        }

        if (shipment.Status is not (ShipmentStatus.Scheduled or ShipmentStatus.InTransit))
        {
            return ChangeResult.Fail("", "Only an open shipment can be changed.");
        }

        var day = DateOnly.FromDateTime(input.ScheduledFor.Value);
        if (shipment.StopId is not null && (day != shipment.ScheduledFor || courier))
        {
            return ChangeResult.Fail(nameof(ShipmentInput.ScheduledFor), "It is on a route: take it off the route before changing its day or giving it to a courier.");
        }

        db.Entry(shipment).Property(s => s.Version).OriginalValue = version;
        shipment.ScheduledFor = day;
        shipment.AddressLine1 = input.AddressLine1.Trim();
        shipment.AddressLine2 = Clean(input.AddressLine2);
        shipment.City = input.City.Trim();
        shipment.PostalCode = Clean(input.PostalCode);
        shipment.Country = Clean(input.Country);
        shipment.ContactPhone = Clean(input.ContactPhone);
        shipment.Carrier = courier ? input.Carrier!.Trim() : OwnVan;
        shipment.TrackingNumber = courier ? input.TrackingNumber!.Trim() : shipment.TrackingNumber;
        shipment.Notes = Clean(input.Notes);
        AddEvent(shipment, me, courier ? $"Given to {shipment.Carrier}, tracking {shipment.TrackingNumber}" : "Details changed");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Conflicted(ConflictMessage);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return ChangeResult.Fail(nameof(ShipmentInput.TrackingNumber), "Another shipment already has this tracking number.");
        }

        await PublishAsync(me, shipment.Case is { } c ? [c.CaseNumber] : [], ct);
        return ChangeResult.Ok();
    }

    /// <summary>Calls off an open shipment that is not under way (it leaves its route).</summary>
    public async Task<ChangeResult> CancelAsync(Guid id, string reason, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.LogisticsManage, ct);
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > NoteMaxLength)
        {
            return ChangeResult.Fail("", string.IsNullOrWhiteSpace(reason) ? "Give a reason." : $"Keep the reason under {NoteMaxLength} characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var shipment = await db.Shipments.Include(s => s.Case).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (shipment is null)
        {
            return ChangeResult.Fail("", "Shipment not found.");
        }

        if (shipment.Status != ShipmentStatus.Scheduled)
        {
            return ChangeResult.Fail("", "Only a scheduled shipment can be cancelled; one under way is finished by the driver.");
        }

        var stopId = shipment.StopId;
        shipment.Status = ShipmentStatus.Cancelled;
        shipment.StopId = null;
        AddEvent(shipment, me, "Cancelled: " + reason.Trim());
        await db.SaveChangesAsync(ct);
        if (stopId is { } sid)
        {
            await RouteService.DropEmptyStopAsync(db, sid, ct);
        }

        await PublishAsync(me, shipment.Case is { } c ? [c.CaseNumber] : [], ct);
        return ChangeResult.Ok();
    }

    internal static void AddEvent(Shipment shipment, Guid? actor, string text, DateTimeOffset? at = null) =>
        shipment.Events.Add(new ShipmentEvent { At = at ?? DateTimeOffset.UtcNow, ActorId = actor, Status = shipment.Status, Text = text });

    private async Task<(ChangeResult, Guid?)> AddPickupAsync(LabDbContext db, DentistProfile dentist, PickupInput input, Guid me, Guid? requestedBy, CancellationToken ct)
    {
        var today = await settings.TodayAsync();
        if (input.Date is null)
        {
            return (ChangeResult.Fail(nameof(PickupInput.Date), "Choose the day."), null);
        }

        var day = DateOnly.FromDateTime(input.Date.Value);
        if (day < today)
        {
            return (ChangeResult.Fail(nameof(PickupInput.Date), "Choose today or a later day."), null);
        }

        if (input.WindowFrom is { } from && input.WindowTo is { } to && to <= from)
        {
            return (ChangeResult.Fail(nameof(PickupInput.WindowTo), "The end of the window must be after its start."), null);
        }

        if (input.Boxes is < 1 or > MaxBoxes)
        {
            return (ChangeResult.Fail(nameof(PickupInput.Boxes), $"Between 1 and {MaxBoxes} boxes."), null);
        }

        if ((input.Note?.Trim().Length ?? 0) > NoteMaxLength)
        {
            return (ChangeResult.Fail(nameof(PickupInput.Note), $"Keep the note under {NoteMaxLength} characters."), null);
        }

        var shipment = NewShipment(dentist, ShipmentType.Pickup, day, null);
        shipment.WindowFrom = input.WindowFrom is { } f ? TimeOnly.FromTimeSpan(f) : null;
        shipment.WindowTo = input.WindowTo is { } t ? TimeOnly.FromTimeSpan(t) : null;
        shipment.Boxes = input.Boxes;
        shipment.Notes = Clean(input.Note);
        shipment.RequestedById = requestedBy;
        AddEvent(shipment, me, requestedBy is null ? "Created by the lab" : "Requested by the practice in the portal");
        db.Add(shipment);
        await db.SaveChangesAsync(ct);
        await PublishAsync(me, [], ct);
        return (ChangeResult.Ok(), shipment.Id);
    }

    private Shipment NewShipment(DentistProfile dentist, ShipmentType type, DateOnly day, Guid? caseId) => new()
    {
        Type = type,
        Status = ShipmentStatus.Scheduled,
        CaseId = caseId,
        DentistId = dentist.Id,
        ScheduledFor = day,
        Carrier = OwnVan,
        AddressLine1 = dentist.AddressLine1 ?? "",
        AddressLine2 = dentist.AddressLine2,
        City = dentist.City ?? "",
        Region = dentist.Region,
        PostalCode = dentist.PostalCode,
        Country = dentist.Country,
        ContactPhone = dentist.Phone,
        CreatedAt = clock.GetUtcNow(),
    };

    private static IQueryable<Shipment> OpenDelivery(LabDbContext db, Guid caseId) =>
        db.Shipments.Where(s => s.CaseId == caseId && s.Type == ShipmentType.Delivery && (s.Status == ShipmentStatus.Scheduled || s.Status == ShipmentStatus.InTransit));

    private async Task PublishAsync(Guid actor, IReadOnlyList<string> caseNumbers, CancellationToken ct)
    {
        await bus.PublishAsync(new LiveEvent(LiveEvent.Logistics, LiveKinds.ShipmentChanged, null, actor), ct);
        foreach (var number in caseNumbers)
        {
            await bus.PublishAsync(new LiveEvent(LiveEvent.ForCase(number), LiveKinds.ShipmentChanged, number, actor), ct);
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
