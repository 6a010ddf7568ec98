using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Departments.Equipment;

/// <summary>Reads of equipment (departments.view): the list with maintenance due first, a machine's history, alerts.</summary>
public sealed class EquipmentQueries(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, LabSettings settings)
{
    public const int DueWithinDays = 14;

    public async Task<EquipmentList> ListAsync(EquipmentQuery query, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.DepartmentsView, ct);
        var today = await settings.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var machines = db.DepartmentEquipment.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.DepartmentCode))
        {
            machines = machines.Where(e => e.Department!.Code == query.DepartmentCode);
        }

        if (query.Status is { } status)
        {
            machines = machines.Where(e => e.Status == status);
        }
        else if (!query.IncludeDecommissioned)
        {
            machines = machines.Where(e => e.Status != EquipmentStatus.Decommissioned);
        }

        if (query.DueOnly)
        {
            var limit = today.AddDays(DueWithinDays);
            machines = machines.Where(e => e.NextMaintenanceOn != null && e.NextMaintenanceOn <= limit);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = TextInput.ContainsPattern(query.Search);
            machines = machines.Where(e => EF.Functions.ILike(e.Name, pattern) || EF.Functions.ILike(e.Model ?? "", pattern)
                || EF.Functions.ILike(e.SerialNumber ?? "", pattern) || EF.Functions.ILike(e.Manufacturer ?? "", pattern));
        }

        var rows = await Rows(machines, today).Take(500).ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        return new EquipmentList(today, await settings.GetStringAsync("billing.currency", "USD"), rows, departments.Select(d => (d.Code, d.Name)).ToList(),
            await currentUser.HasPermissionAsync(PermissionCodes.EquipmentManage, ct));
    }

    public async Task<EquipmentHistory?> HistoryAsync(Guid equipmentId, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.DepartmentsView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.DepartmentEquipment.AnyAsync(e => e.Id == equipmentId, ct))
        {
            return null;
        }

        var log = await db.MaintenanceLog.AsNoTracking().Where(m => m.EquipmentId == equipmentId).OrderByDescending(m => m.PerformedOn).ThenByDescending(m => m.CreatedAt)
            .Select(m => new MaintenanceView(m.PerformedOn, m.Kind, m.PerformedBy != null ? m.PerformedBy.FullName : m.PerformedByCompany ?? "", m.Cost, m.Notes, m.NextDueOn))
            .ToListAsync(ct);
        var statuses = await db.EquipmentStatusChanges.AsNoTracking().Where(c => c.EquipmentId == equipmentId).OrderByDescending(c => c.CreatedAt)
            .Select(c => new StatusChangeView(c.CreatedAt, c.FromStatus, c.ToStatus, c.Reason, c.ChangedBy!.FullName))
            .ToListAsync(ct);
        return new EquipmentHistory(log, statuses);
    }

    /// <summary>Broken machines by the stage their department runs: the board's column warnings (workflow.view).</summary>
    public async Task<IReadOnlyList<BrokenMachine>> BrokenByStageAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.DepartmentEquipment.AsNoTracking()
            .Where(e => e.Status == EquipmentStatus.Broken && e.Department!.Stage != null)
            .OrderBy(e => e.Name)
            .Select(e => new BrokenMachine(e.Department!.Stage!.Value, e.Name, e.Department.Code, e.StatusReason))
            .ToListAsync(ct);
    }

    /// <summary>For the dashboard: machines due within 7 days (or overdue) and broken ones; null without departments.view.</summary>
    public async Task<EquipmentAlertSummary?> AlertsAsync(CancellationToken ct = default)
    {
        if (!await currentUser.HasPermissionAsync(PermissionCodes.DepartmentsView, ct))
        {
            return null;
        }

        var today = await settings.TodayAsync();
        var limit = today.AddDays(7);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var live = db.DepartmentEquipment.AsNoTracking().Where(e => e.Status != EquipmentStatus.Decommissioned && e.Status != EquipmentStatus.Inactive);
        var due = await Rows(live.Where(e => e.NextMaintenanceOn != null && e.NextMaintenanceOn <= limit), today).Take(10).ToListAsync(ct);
        var broken = await Rows(live.Where(e => e.Status == EquipmentStatus.Broken), today).Take(10).ToListAsync(ct);
        return new EquipmentAlertSummary(today, due, broken);
    }

    /// <summary>Rows with maintenance due within 14 days (or overdue) first, soonest first; then by department and name.</summary>
    internal static IQueryable<EquipmentRow> Rows(IQueryable<DepartmentEquipment> machines, DateOnly today)
    {
        var limit = today.AddDays(DueWithinDays);
        return machines
            .OrderBy(e => e.Status == EquipmentStatus.Decommissioned)
            .ThenBy(e => e.NextMaintenanceOn != null && e.NextMaintenanceOn <= limit && e.Status != EquipmentStatus.Decommissioned ? 0 : 1)
            .ThenBy(e => e.NextMaintenanceOn != null && e.NextMaintenanceOn <= limit ? e.NextMaintenanceOn : null)
            .ThenBy(e => e.Department!.Name).ThenBy(e => e.Name)
            .Select(e => new EquipmentRow(
                e.Id, e.Name, e.Model, e.SerialNumber, e.Manufacturer, e.Department!.Code, e.Department.Name, e.Status, e.StatusReason,
                e.LastMaintenanceOn, e.NextMaintenanceOn, e.WarrantyUntil, e.DecommissionedOn,
                e.Status != EquipmentStatus.Decommissioned && e.NextMaintenanceOn != null && e.NextMaintenanceOn <= limit, e.Version));
    }
}
