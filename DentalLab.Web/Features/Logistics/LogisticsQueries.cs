using System.Linq.Expressions;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Csv;
using DentalLab.Web.Infrastructure.Files;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Logistics;

/// <summary>
/// Reads of shipments and routes: the lists and CSV, a shipment with its history, the planner's open work of a day,
/// routes, and the dentist's own shipments and proof images (through <see cref="DentistScope"/>).
/// </summary>
public sealed class LogisticsQueries(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, DentistScope scope, LabSettings settings, FileStore files)
{
    public const int ListLimit = 500;

    public Task<TimeZoneInfo> TimeZoneAsync() => settings.TimeZoneAsync();

    public Task<DateOnly> TodayAsync() => settings.TodayAsync();

    /// <summary>The filtered shipments (at most <see cref="ListLimit"/>), by day then practice.</summary>
    public async Task<IReadOnlyList<ShipmentRow>> ListAsync(ShipmentFilter filter, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.LogisticsView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = await settings.TodayAsync();
        return await Filter(db.Shipments.AsNoTracking(), filter, today)
            .OrderBy(s => s.ScheduledFor).ThenBy(s => s.Dentist!.PracticeName).ThenBy(s => s.Id)
            .Select(Row(today)).Take(ListLimit).ToListAsync(ct);
    }

    /// <summary>The filtered shipments for the CSV export (the export is checked here, like the list).</summary>
    public async IAsyncEnumerable<ShipmentRow> ExportAsync(ShipmentFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.LogisticsView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = await settings.TodayAsync();
        var rows = Filter(db.Shipments.AsNoTracking(), filter, today)
            .OrderBy(s => s.ScheduledFor).ThenBy(s => s.Dentist!.PracticeName).ThenBy(s => s.Id).Select(Row(today));
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    public static IReadOnlyList<CsvColumn<ShipmentRow>> CsvColumns(TimeZoneInfo zone) =>
    [
        new("Day", r => CsvWriter.Date(r.ScheduledFor)),
        new("Type", r => Labels.Label(r.Type)),
        new("Status", r => Labels.Label(r.Type, r.Status)),
        new("Late", r => CsvWriter.YesNo(r.IsLate)),
        new("Case number", r => r.CaseNumber),
        new("Practice", r => r.Practice),
        new("Dentist", r => r.Dentist),
        new("Address", r => r.Address),
        new("Postal code", r => r.PostalCode),
        new("Time window", r => LogisticsLabels.Window(r.WindowFrom, r.WindowTo)),
        new("Boxes", r => r.Boxes is { } b ? CsvWriter.Number(b) : ""),
        new("Carrier", r => r.Carrier),
        new("Tracking number", r => r.TrackingNumber),
        new("Route", r => r.RouteName),
        new("Stop", r => r.StopSequence is { } n ? CsvWriter.Number(n) : ""),
        new("Done at", r => CsvWriter.Time(r.DeliveredAt, zone)),
        new("Received by", r => r.RecipientName),
        new("Last failure", r => r.FailureReason),
    ];

    /// <summary>One shipment with its history (staff with logistics.view); null when it does not exist.</summary>
    public async Task<ShipmentDetail?> DetailAsync(Guid id, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.LogisticsView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = await settings.TodayAsync();
        var row = await db.Shipments.AsNoTracking().Where(s => s.Id == id).Select(Row(today)).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var s = await db.Shipments.AsNoTracking().SingleAsync(x => x.Id == id, ct);
        var history = await db.ShipmentEvents.AsNoTracking().Where(e => e.ShipmentId == id).OrderBy(e => e.At).ThenBy(e => e.CreatedAt)
            .Select(e => new ShipmentEventRow(e.At, e.Status, e.Text, e.Actor == null ? null : e.Actor.FullName)).ToListAsync(ct);
        return new ShipmentDetail(row, s.AddressLine1, s.AddressLine2, s.City, s.Region, s.Country, s.ContactPhone, s.Notes,
            s.SignaturePath is not null, s.ProofPhotoPath is not null, s.PickedUpAt, history, s.Version);
    }

    /// <summary>
    /// The planner's open work on <paramref name="day"/>: van shipments not on a route yet, scheduled for that day or
    /// earlier (late ones and those back from a failed attempt included).
    /// </summary>
    public async Task<IReadOnlyList<ShipmentRow>> OpenForPlanningAsync(DateOnly day, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.LogisticsView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = await settings.TodayAsync();
        return await db.Shipments.AsNoTracking()
            .Where(s => s.Status == ShipmentStatus.Scheduled && s.StopId == null && s.ScheduledFor <= day)
            .Where(s => s.Carrier == null || s.Carrier == ShipmentService.OwnVan)
            .OrderBy(s => s.PostalCode).ThenBy(s => s.Dentist!.PracticeName).ThenBy(s => s.Id)
            .Select(Row(today)).Take(ListLimit).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<RouteSummary>> RoutesAsync(DateOnly day, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.LogisticsView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.DeliveryRoutes.AsNoTracking().Where(r => r.RouteDate == day)
            .OrderBy(r => r.Name)
            .Select(r => new RouteSummary(r.Id, r.Name, r.RouteDate, r.Status, r.Driver == null ? null : r.Driver.FullName, r.DriverId, r.Vehicle,
                r.Stops.Count, r.Stops.Count(s => s.CompletedAt != null)))
            .ToListAsync(ct);
    }

    /// <summary>A route with its stops in order (staff with logistics.view).</summary>
    public async Task<DeliveryRouteView?> RouteAsync(Guid id, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.LogisticsView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LoadRouteAsync(db, db.DeliveryRoutes.Where(r => r.Id == id), ct);
    }

    public async Task<IReadOnlyList<DriverOption>> DriversAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.LogisticsView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.UsersHolding(PermissionCodes.LogisticsDrive).AsNoTracking().Where(u => u.IsActive)
            .OrderBy(u => u.FullName).Select(u => new DriverOption(u.Id, u.FullName)).ToListAsync(ct);
    }

    /// <summary>The practices a pickup can be planned at.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> PracticesAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.LogisticsView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.DentistProfiles.AsNoTracking().Where(d => d.Status == DentistStatus.Active).OrderBy(d => d.PracticeName)
            .Select(d => new { d.Id, d.PracticeName, d.City }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Id, $"{r.PracticeName} ({r.City})"))];
    }

    /// <summary>The open delivery of a case, if any (the case page's button shows it instead of "Create delivery").</summary>
    public async Task<(bool Ready, ShipmentRow? Open)> CaseDeliveryAsync(string caseNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.LogisticsView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = await settings.TodayAsync();
        var ready = await db.Cases.AnyAsync(c => c.CaseNumber == caseNumber && c.Status == CaseStatus.Ready && c.CurrentStage == WorkflowStageName.Delivery, ct);
        var open = await db.Shipments.AsNoTracking()
            .Where(s => s.Case!.CaseNumber == caseNumber && s.Type == ShipmentType.Delivery && s.Status != ShipmentStatus.Cancelled)
            .OrderByDescending(s => s.CreatedAt).Select(Row(today)).FirstOrDefaultAsync(ct);
        return (ready, open);
    }

    // ---- The dentist's own shipments (portal) ----

    /// <summary>The latest delivery and pickup of one of the dentist's cases (empty when the case is not theirs).</summary>
    public async Task<IReadOnlyList<PortalShipmentStatus>> PortalCaseShipmentsAsync(string caseNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dentistId = await scope.DentistIdAsync(db, ct);
        if (dentistId is null)
        {
            return [];
        }

        var rows = await db.Shipments.AsNoTracking()
            .Where(s => s.DentistId == dentistId && s.Case!.CaseNumber == caseNumber && s.Status != ShipmentStatus.Cancelled)
            .OrderByDescending(s => s.CreatedAt)
            .Select(Portal())
            .ToListAsync(ct);
        return [.. rows.GroupBy(r => r.Type).Select(g => g.First()).OrderByDescending(r => r.Type)];
    }

    /// <summary>The dentist's pickups (requested in the portal or planned by the lab), newest first.</summary>
    public async Task<IReadOnlyList<PortalShipmentStatus>> PortalPickupsAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dentistId = await scope.DentistIdAsync(db, ct);
        return dentistId is null
            ? []
            : await db.Shipments.AsNoTracking().Where(s => s.DentistId == dentistId && s.Type == ShipmentType.Pickup)
                .OrderByDescending(s => s.ScheduledFor).ThenByDescending(s => s.CreatedAt).Take(30).Select(Portal()).ToListAsync(ct);
    }

    /// <summary>
    /// A shipment's signature or photo: for staff with logistics.view, or the dentist whose shipment it is. Anyone
    /// else, and a missing image, gets null ("not found"; a dentist's attempt is logged).
    /// </summary>
    public async Task<ProofImage?> ProofAsync(Guid shipmentId, bool photo, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var shipment = await db.Shipments.AsNoTracking().Where(s => s.Id == shipmentId)
            .Select(s => new { s.DentistId, s.SignaturePath, s.ProofPhotoPath }).SingleOrDefaultAsync(ct);
        if (!await currentUser.HasPermissionAsync(PermissionCodes.LogisticsView, ct))
        {
            var dentistId = await currentUser.HasPermissionAsync(PermissionCodes.PortalAccess, ct) ? await scope.DentistIdAsync(db, ct) : null;
            if (dentistId is null || shipment is null || shipment.DentistId != dentistId)
            {
                if (dentistId is not null)
                {
                    scope.LogRefused("shipment proof", shipmentId.ToString());
                }

                return null;
            }
        }

        var stored = photo ? shipment?.ProofPhotoPath : shipment?.SignaturePath;
        if (stored is null || files.OpenRead(stored) is not { } content)
        {
            return null;
        }

        return new ProofImage(content, stored.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : "image/jpeg");
    }

    internal static async Task<DeliveryRouteView?> LoadRouteAsync(LabDbContext db, IQueryable<DeliveryRoute> routes, CancellationToken ct)
    {
        var route = await routes.AsNoTracking()
            .Select(r => new { r.Id, r.Name, r.RouteDate, r.Status, r.DriverId, Driver = r.Driver == null ? null : r.Driver.FullName, r.Vehicle, r.StartedAt, r.CompletedAt, r.Notes, r.Version })
            .FirstOrDefaultAsync(ct);
        if (route is null)
        {
            return null;
        }

        var stops = await db.RouteStops.AsNoTracking().AsSplitQuery().Where(s => s.RouteId == route.Id).OrderBy(s => s.Sequence)
            .Select(s => new
            {
                s.Id, s.Sequence, s.DentistId, Practice = s.Dentist == null ? "" : s.Dentist.PracticeName, s.Address, s.PostalCode, s.ContactName, s.Phone,
                s.Status, s.ArrivedAt, s.CompletedAt, s.RecipientName, s.FailureReason,
                Shipments = s.Shipments.OrderBy(x => x.Type).ThenBy(x => x.Case!.CaseNumber)
                    .Select(x => new StopShipment(x.Id, x.Type, x.Status, x.Case == null ? null : x.Case.CaseNumber, x.Boxes, x.Notes, x.WindowFrom, x.WindowTo)).ToList(),
                // A stop whose shipments went back to planning after a failed attempt still names its first shipment.
                Legacy = s.Shipment == null ? null : new StopShipment(s.Shipment.Id, s.Shipment.Type, s.Shipment.Status, s.Shipment.Case == null ? null : s.Shipment.Case.CaseNumber,
                    s.Shipment.Boxes, s.Shipment.Notes, s.Shipment.WindowFrom, s.Shipment.WindowTo),
            })
            .ToListAsync(ct);
        return new DeliveryRouteView(route.Id, route.Name, route.RouteDate, route.Status, route.DriverId, route.Driver, route.Vehicle, route.StartedAt, route.CompletedAt, route.Notes,
            [.. stops.Select(s => new RouteStopView(s.Id, s.Sequence, s.DentistId, s.Practice, s.Address, s.PostalCode, s.ContactName, s.Phone, s.Status, s.ArrivedAt, s.CompletedAt,
                s.RecipientName, s.FailureReason, s.Shipments.Count > 0 || s.Legacy is null ? s.Shipments : [s.Legacy]))],
            route.Version);
    }

    private static IQueryable<Shipment> Filter(IQueryable<Shipment> shipments, ShipmentFilter f, DateOnly today)
    {
        if (f.From is { } from)
        {
            shipments = shipments.Where(s => s.ScheduledFor >= from);
        }

        if (f.To is { } to)
        {
            shipments = shipments.Where(s => s.ScheduledFor <= to);
        }

        if (f.Status is { } status)
        {
            shipments = shipments.Where(s => s.Status == status);
        }

        if (f.Type is { } type)
        {
            shipments = shipments.Where(s => s.Type == type);
        }

        if (f.LateOnly)
        {
            shipments = shipments.Where(IsLate(today));
        }

        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var pattern = "%" + f.Search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            shipments = shipments.Where(s => EF.Functions.ILike(s.Dentist!.PracticeName, pattern) || EF.Functions.ILike(s.Dentist!.DentistName, pattern)
                || (s.Case != null && EF.Functions.ILike(s.Case.CaseNumber, pattern)) || (s.TrackingNumber != null && EF.Functions.ILike(s.TrackingNumber, pattern))
                || (s.PostalCode != null && EF.Functions.ILike(s.PostalCode, pattern)));
        }

        return shipments;
    }

    /// <summary>Late: still open after its day, or a delivery planned after the case's due date.</summary>
    private static Expression<Func<Shipment, bool>> IsLate(DateOnly today) => s =>
        (s.Status == ShipmentStatus.Scheduled || s.Status == ShipmentStatus.InTransit)
        && (s.ScheduledFor < today || (s.Type == ShipmentType.Delivery && s.Case != null && s.Case.DueDate < s.ScheduledFor));

    private static Expression<Func<Shipment, ShipmentRow>> Row(DateOnly today) => s => new ShipmentRow(
        s.Id, s.Type, s.Status, s.ScheduledFor, s.Case == null ? null : s.Case.CaseNumber, s.DentistId, s.Dentist!.PracticeName, s.Dentist.DentistName,
        s.AddressLine1 + ", " + (s.PostalCode ?? "") + " " + s.City, s.PostalCode, s.Carrier, s.TrackingNumber, s.Boxes, s.WindowFrom, s.WindowTo, s.FailureReason,
        s.Stop == null ? null : s.Stop.RouteId, s.Stop == null ? null : s.Stop.Route!.Name, s.Stop == null ? null : s.Stop.Sequence,
        s.Type == ShipmentType.Pickup ? s.PickedUpAt : s.DeliveredAt, s.RecipientName,
        (s.Status == ShipmentStatus.Scheduled || s.Status == ShipmentStatus.InTransit)
            && (s.ScheduledFor < today || (s.Type == ShipmentType.Delivery && s.Case != null && s.Case.DueDate < s.ScheduledFor)));

    private static Expression<Func<Shipment, PortalShipmentStatus>> Portal() => s => new PortalShipmentStatus(
        s.Id, s.Type, s.Status, s.ScheduledFor, s.Stop == null ? null : s.Stop.Sequence, s.Stop == null ? null : s.Stop.Route!.Stops.Count(),
        s.Type == ShipmentType.Pickup ? s.PickedUpAt : s.DeliveredAt, s.Status == ShipmentStatus.Delivered || s.PickedUpAt != null ? s.RecipientName : null,
        s.SignaturePath != null, s.ProofPhotoPath != null, s.FailureReason);
}
