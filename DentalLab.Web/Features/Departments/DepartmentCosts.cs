using DentalLab.Data;
using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DentalLab.Web.Features.Departments;

/// <summary>
/// Spent = the sum of department_cost_bookings (stock received for the department, machines bought, maintenance)
/// within the budget year, which is the calendar year in the lab's time zone. Never typed in.
/// </summary>
public static class DepartmentCosts
{
    public static DateOnly YearStart(DateOnly today) => new(today.Year, 1, 1);

    public static async Task<Dictionary<Guid, decimal>> SpentAsync(LabDbContext db, DateOnly yearStart, CancellationToken ct)
    {
        var next = yearStart.AddYears(1);
        var rows = await db.Database.SqlQuery<SpentRow>($"""
            SELECT department_id, COALESCE(sum(amount), 0) AS spent
            FROM department_cost_bookings WHERE booked_on >= {yearStart} AND booked_on < {next}
            GROUP BY department_id
            """).ToListAsync(ct);
        return rows.ToDictionary(r => r.DepartmentId, r => r.Spent);
    }

    public static async Task<IReadOnlyList<CostBooking>> BookingsAsync(LabDbContext db, Guid departmentId, DateOnly yearStart, CancellationToken ct)
    {
        var next = yearStart.AddYears(1);
        return await db.Database.SqlQuery<CostBooking>($"""
            SELECT kind, booked_on, amount, description
            FROM department_cost_bookings
            WHERE department_id = {departmentId} AND booked_on >= {yearStart} AND booked_on < {next}
            ORDER BY booked_on DESC, description
            """).ToListAsync(ct);
    }

    /// <summary>Writes the year's bookings into departments.budget_spent (read by the department_efficiency view).</summary>
    public static Task RefreshSpentAsync(LabDbContext db, DateOnly yearStart, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(DepartmentsSql.RefreshBudgetSpent, [new NpgsqlParameter("year_start", yearStart)], ct);

    internal sealed record SpentRow(Guid DepartmentId, decimal Spent);
}
