using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Departments.Equipment;

/// <summary>Machines' next maintenance dates on the calendar (departments.view; nothing for dentists).</summary>
public sealed class MaintenanceCalendarSource(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser) : ICalendarSource
{
    public const string Kind = "maintenance";

    public IReadOnlyList<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<CalendarEntry>> EntriesAsync(CalendarWindow window, CancellationToken ct = default)
    {
        if (window.DentistId is not null || !await currentUser.HasPermissionAsync(PermissionCodes.DepartmentsView, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var machines = db.DepartmentEquipment.AsNoTracking()
            .Where(e => e.NextMaintenanceOn != null && e.NextMaintenanceOn >= window.From && e.NextMaintenanceOn <= window.To
                && e.Status != EquipmentStatus.Decommissioned);
        if (window.DepartmentId is { } department)
        {
            machines = machines.Where(e => e.DepartmentId == department);
        }

        var rows = await machines.OrderBy(e => e.NextMaintenanceOn).ThenBy(e => e.Name)
            .Select(e => new { e.Id, e.Name, Due = e.NextMaintenanceOn!.Value, e.DepartmentId, e.Department!.Code }).ToListAsync(ct);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, window.Zone).DateTime);
        return rows.Select(r =>
        {
            var start = Staff.StaffQueries.Instant(r.Due, window.Zone);
            return new CalendarEntry($"maintenance:{r.Id}:{r.Due:yyyy-MM-dd}", Kind, $"Maintenance: {r.Name}", start,
                Staff.StaffQueries.Instant(r.Due.AddDays(1), window.Zone), true, $"/equipment?department={r.Code}", r.Due < today, DepartmentId: r.DepartmentId);
        }).ToList();
    }
}
