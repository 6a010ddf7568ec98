using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Departments.Equipment;
using DentalLab.Web.Features.Staff;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Departments;

/// <summary>Reads of departments (departments.view): the list with budgets, and a department's page.</summary>
public sealed class DepartmentQueries(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, LabSettings settings)
{
    private static readonly CaseStatus[] Closed = [CaseStatus.Delivered, CaseStatus.Cancelled];

    public async Task<DepartmentList> ListAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.DepartmentsView, ct);
        var today = await settings.TodayAsync();
        var yearStart = DepartmentCosts.YearStart(today);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var spent = await DepartmentCosts.SpentAsync(db, yearStart, ct);
        var rows = (await Rows(db, db.Departments).ToListAsync(ct)).OrderBy(d => d.Name, StringComparer.CurrentCulture).ToList(); // a handful of rows
        return new DepartmentList(today.Year, await CurrencyAsync(), rows.Select(r => r with { Spent = spent.GetValueOrDefault(r.Id) }).ToList());
    }

    public async Task<DepartmentDetail?> DetailAsync(string code, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.DepartmentsView, ct);
        var today = await settings.TodayAsync();
        var yearStart = DepartmentCosts.YearStart(today);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await Rows(db, db.Departments.Where(d => d.Code == code)).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var spent = await DepartmentCosts.SpentAsync(db, yearStart, ct);
        row = row with { Spent = spent.GetValueOrDefault(row.Id) };
        var info = await db.Departments.AsNoTracking().Where(d => d.Id == row.Id).Select(d => new { d.Description, d.ManagerId }).SingleAsync(ct);
        var shifts = await StaffQueries.TodayShiftsAsync(db, today, ct);
        var staff = (await db.StaffProfiles.AsNoTracking().Where(p => p.DepartmentId == row.Id).OrderBy(p => p.User!.FullName)
                .Select(p => new { p.Id, p.EmployeeNumber, p.User!.FullName, p.JobTitle }).ToListAsync(ct))
            .Select(p => new DepartmentStaff(p.EmployeeNumber, p.FullName, p.JobTitle, shifts.GetValueOrDefault(p.Id))).ToList();
        var equipment = await EquipmentQueries.Rows(db.DepartmentEquipment.AsNoTracking().Where(e => e.DepartmentId == row.Id), today).ToListAsync(ct);
        var cases = row.Stage is { } stage
            ? await db.Cases.AsNoTracking().Where(c => c.CurrentStage == stage && !Closed.Contains(c.Status))
                .OrderBy(c => c.DueDate).ThenBy(c => c.CaseNumber).Take(100)
                .Select(c => new DepartmentCase(c.CaseNumber, c.Dentist!.PracticeName, c.DueDate, c.Status,
                    c.Stages.Where(s => s.Stage == stage && (s.Status == WorkflowStatus.InProgress || s.Status == WorkflowStatus.Blocked || s.Status == WorkflowStatus.OnHold))
                        .Select(s => s.AssignedTo!.FullName).FirstOrDefault(),
                    c.DueDate < today))
                .ToListAsync(ct)
            : [];
        var throughput = row.Stage is { } st ? await ThroughputAsync(db, st, today, ct) : [];
        var efficiency = await db.Database.SqlQuery<Efficiency>($"""
            SELECT stages_completed, stages_completed_30d AS stages_recent, stages_open, avg_actual_hours, avg_expected_hours
            FROM department_efficiency WHERE department_id = {row.Id}
            """).ToListAsync(ct);
        var bookings = await DepartmentCosts.BookingsAsync(db, row.Id, yearStart, ct);
        return new DepartmentDetail(row, info.Description, info.ManagerId, today, today.Year, await CurrencyAsync(), staff, equipment, cases, throughput,
            efficiency.FirstOrDefault(), bookings, await currentUser.HasPermissionAsync(PermissionCodes.DepartmentsManage, ct));
    }

    /// <summary>Managers to choose from: active lab users (not dentists).</summary>
    public async Task<IReadOnlyList<Option>> ManagerOptionsAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.DepartmentsManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().Where(u => u.IsActive && !u.RoleLinks.Any(l => l.Role!.Code == UserRole.Dentist))
            .OrderBy(u => u.FullName).Select(u => new Option(u.Id, u.FullName)).ToListAsync(ct);
    }

    /// <summary>Stock receipts of the last 120 days not yet booked to a department.</summary>
    public async Task<IReadOnlyList<ReceiptOption>> UnbookedReceiptsAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.DepartmentsManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var since = DateTimeOffset.UtcNow.AddDays(-120);
        return await db.InventoryTransactions.AsNoTracking()
            .Where(t => t.Type == InventoryTransactionType.In && t.OccurredAt >= since && !db.DepartmentStockReceipts.Any(r => r.TransactionId == t.Id))
            .OrderByDescending(t => t.OccurredAt).Take(100)
            .Select(t => new ReceiptOption(t.Id, t.OccurredAt, t.Item!.Name, t.Quantity, Math.Round(t.Quantity * (t.UnitCost ?? t.Item.UnitCost), 2), t.Reference))
            .ToListAsync(ct);
    }

    /// <summary>Completed stages of the department's stage per week (Monday first), the last 8 weeks, oldest first.</summary>
    private static async Task<IReadOnlyList<WeekThroughput>> ThroughputAsync(LabDbContext db, WorkflowStageName stage, DateOnly today, CancellationToken ct)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var first = monday.AddDays(-7 * 7);
        var since = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var done = await db.WorkflowStages.AsNoTracking()
            .Where(s => s.Stage == stage && s.Status == WorkflowStatus.Completed && s.CompletedAt >= since)
            .Select(s => s.CompletedAt!.Value).ToListAsync(ct);
        return Enumerable.Range(0, 8).Select(i => first.AddDays(7 * i))
            .Select(w => new WeekThroughput(w, done.Count(d => DateOnly.FromDateTime(d.UtcDateTime) >= w && DateOnly.FromDateTime(d.UtcDateTime) < w.AddDays(7))))
            .ToList();
    }

    private static IQueryable<DepartmentRow> Rows(LabDbContext db, IQueryable<Department> departments) =>
        departments.AsNoTracking().Select(d => new DepartmentRow(
            d.Id, d.Code, d.Name, d.Stage, d.Manager!.FullName, d.Staff.Count(), d.Equipment.Count(e => e.Status != EquipmentStatus.Decommissioned), d.Budget, 0m,
            d.Stage == null ? 0 : db.Cases.Count(c => c.CurrentStage == d.Stage && !Closed.Contains(c.Status))));

    private async Task<string> CurrencyAsync() => await settings.GetStringAsync("billing.currency", "USD");
}
