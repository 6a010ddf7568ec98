using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Logistics;

/// <summary>
/// Deliveries and pickups on the calendar: for staff with logistics.view every open or done shipment of the window;
/// for a dentist only their own (the dentist scope decides, whatever the window asks for); nothing for anyone else.
/// </summary>
public sealed class LogisticsCalendarSource(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, DentistScope scope, TimeProvider clock) : ICalendarSource
{
    public const string DeliveryKind = "delivery";
    public const string PickupKind = "pickup";

    public IReadOnlyList<string> Kinds { get; } = [DeliveryKind, PickupKind];

    public async Task<IReadOnlyList<CalendarEntry>> EntriesAsync(CalendarWindow window, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var staff = await currentUser.HasPermissionAsync(PermissionCodes.LogisticsView, ct);
        Guid? dentistId = window.DentistId;
        if (!staff)
        {
            if (!await currentUser.HasPermissionAsync(PermissionCodes.PortalAccess, ct) || await scope.DentistIdAsync(db, ct) is not { } own)
            {
                return [];
            }

            dentistId = own;
        }

        var shipments = db.Shipments.AsNoTracking()
            .Where(s => s.ScheduledFor >= window.From && s.ScheduledFor <= window.To && s.Status != ShipmentStatus.Cancelled);
        if (dentistId is { } id)
        {
            shipments = shipments.Where(s => s.DentistId == id);
        }

        var rows = await shipments.OrderBy(s => s.ScheduledFor).ThenBy(s => s.WindowFrom)
            .Select(s => new { s.Id, s.Type, s.Status, s.ScheduledFor, s.WindowFrom, s.WindowTo, s.DentistId, Practice = s.Dentist!.PracticeName, CaseNumber = s.Case == null ? null : s.Case.CaseNumber })
            .Take(2000).ToListAsync(ct);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), window.Zone).DateTime);
        return [.. rows.Select(r =>
        {
            var allDay = r.WindowFrom is null;
            var start = At(r.ScheduledFor, r.WindowFrom ?? TimeOnly.MinValue, window.Zone);
            var end = allDay ? At(r.ScheduledFor.AddDays(1), TimeOnly.MinValue, window.Zone) : At(r.ScheduledFor, r.WindowTo ?? r.WindowFrom!.Value.AddHours(1), window.Zone);
            var what = r.Type == ShipmentType.Delivery ? "Delivery" : "Pickup";
            var title = $"{what}{(r.CaseNumber is null ? "" : " " + r.CaseNumber)} · {r.Practice}";
            var href = staff ? $"/logistics/shipments/{r.Id}" : r.CaseNumber is not null ? $"/portal/cases/{r.CaseNumber}" : "/portal/pickups";
            var late = r.Status is ShipmentStatus.Scheduled or ShipmentStatus.InTransit && r.ScheduledFor < today;
            return new CalendarEntry($"{(r.Type == ShipmentType.Delivery ? DeliveryKind : PickupKind)}:{r.Id}", r.Type == ShipmentType.Delivery ? DeliveryKind : PickupKind,
                title, start, end, allDay, href, late, r.DentistId);
        })];
    }

    private static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
