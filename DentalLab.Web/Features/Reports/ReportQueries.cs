using DentalLab.Data.Entities;
using DentalLab.Data.Schema;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using Npgsql;

namespace DentalLab.Web.Features.Reports;

/// <summary>
/// The reports' reads. Where a materialized view answers a question it is read (monthly_revenue for whole-month
/// revenue, department_efficiency for work in progress, staff_performance for review ratings, inventory_turnover for
/// stock value and the 90-day use behind "days of stock left"; the reports' own views of ReportsSql per lab day
/// (stages, staff: any period) or per lab month (completion, remakes: periods of whole months)); where a view is too
/// coarse for the period or the filter, the tables are queried and the method says so. The views are as fresh as their
/// last refresh (the page shows when). Period bounds are midnights in the lab's time zone (<see cref="ReportPeriod.Utc"/>).
/// Every read demands reports.view; the CSV exports demand reports.export (<see cref="DemandExportAsync"/>).
/// All SQL is parameterised.
/// </summary>
public sealed class ReportQueries(NpgsqlDataSource dataSource, CurrentUser currentUser, LabSettings settings)
{
    public const string RefreshJobName = "reports.refresh-views";

    /// <summary>The filters each report offers (the page shows these, the queries apply only these).</summary>
    public const ReportFilters RevenueFilters = ReportFilters.Dentist;
    public const ReportFilters CompletionFilters = ReportFilters.Dentist | ReportFilters.Procedure;
    public const ReportFilters DepartmentFilters = ReportFilters.Department;
    public const ReportFilters StaffFilters = ReportFilters.Department | ReportFilters.Technician;
    public const ReportFilters RemakeFilters = ReportFilters.Dentist | ReportFilters.Procedure | ReportFilters.Technician;

    public Task DemandExportAsync(CancellationToken ct = default) => currentUser.DemandAsync(PermissionCodes.ReportsExport, ct);

    public async Task<DateOnly> TodayAsync()
    {
        await currentUser.DemandAsync(PermissionCodes.ReportsView);
        return await settings.TodayAsync();
    }

    public async Task<ReportContext> ContextAsync(ReportPeriod period, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.ReportsView, ct);
        var zone = await settings.TimeZoneAsync();
        var currency = await settings.GetStringAsync(SettingKeys.Currency, "USD");
        // The oldest refresh of the views every run refreshes: every figure on a page is at least this fresh, except the
        // history parts' months, recounted nightly (RefreshReportViewsJob).
        var fresh = (await ReadAsync("""
            SELECT (SELECT min(refreshed_at) FROM report_view_refreshes WHERE view_name <> ALL($1)), b.recent_from, b.history_refreshed_at
            FROM report_view_boundary b
            """, r => (At: r.IsDBNull(0) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(0), Before: r.GetFieldValue<DateOnly>(1),
                HistoryAt: r.IsDBNull(2) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(2)), ct, (object)MigrationSql.HistoryViewNames)).Single();
        return new ReportContext(period, period.Previous(), zone, currency, fresh.At, fresh.Before, fresh.HistoryAt);
    }

    /// <summary>What the filter lists offer: practices, departments that run a production stage, and staff with a profile.</summary>
    public async Task<ReportFilterOptions> FilterOptionsAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.ReportsView, ct);
        static (Guid, string) Option(NpgsqlDataReader r) => (r.GetGuid(0), r.GetString(1));
        var dentists = await ReadAsync("SELECT id, practice_name FROM dentist_profiles WHERE deleted_at IS NULL ORDER BY practice_name, id", Option, ct);
        var departments = await ReadAsync("SELECT id, name FROM departments WHERE deleted_at IS NULL AND stage IS NOT NULL ORDER BY name, id", Option, ct);
        var technicians = await ReadAsync("""
            SELECT u.id, u.full_name FROM staff_profiles sp JOIN users u ON u.id = sp.user_id
            WHERE sp.deleted_at IS NULL ORDER BY u.full_name, u.id
            """, Option, ct);
        return new ReportFilterOptions(dentists, departments, technicians);
    }

    // ---------------------------------------------------------------- Revenue

    public Task<RevenueReport> RevenueAsync(ReportPeriod period, CancellationToken ct = default) => RevenueAsync(period, ReportFilter.None, ct);

    /// <summary>Revenue in the period; a dentist filter narrows months, practices and the comparison to that practice.</summary>
    public async Task<RevenueReport> RevenueAsync(ReportPeriod period, ReportFilter filter, CancellationToken ct = default)
    {
        filter = filter.For(RevenueFilters);
        var context = await ContextAsync(period, ct);
        var months = await RevenueMonthsAsync(period, filter, ct);
        var priorMonths = await RevenueMonthsAsync(context.Previous, filter, ct);
        var dentists = await RevenueByDentistAsync(period, context.Zone.Id, filter, ct);
        var prior = await RevenueByDentistAsync(context.Previous, context.Zone.Id, filter, ct);
        var top = dentists.Take(10).ToList();
        var rest = dentists.Skip(10).ToList();
        if (rest.Count > 0)
        {
            top.Add(Merge(null, $"All other practices ({rest.Count})", rest));
        }

        return new RevenueReport(context, Totals(months, dentists), Totals(priorMonths, prior), months, top);

        static RevenueTotals Totals(IReadOnlyList<RevenueMonth> months, IReadOnlyList<RevenueByDentist> dentists)
        {
            var all = Merge(null, "", dentists);
            return new RevenueTotals(months.Sum(m => m.Invoices), months.Sum(m => m.Invoiced), months.Sum(m => m.Paid), months.Sum(m => m.Outstanding), all.AvgDaysToPay);
        }
    }

    private static RevenueByDentist Merge(Guid? id, string label, IReadOnlyList<RevenueByDentist> rows)
    {
        var paid = rows.Sum(r => r.PaidInvoices);
        var days = paid == 0 ? (decimal?)null : Math.Round(rows.Where(r => r.PaidInvoices > 0).Sum(r => r.AvgDaysToPay!.Value * r.PaidInvoices) / paid, 1);
        return new RevenueByDentist(id, label, rows.Sum(r => r.Invoices), rows.Sum(r => r.Invoiced), rows.Sum(r => r.Paid), rows.Sum(r => r.Outstanding), days, paid);
    }

    /// <summary>
    /// Month by month: for whole months from monthly_revenue, or from report_revenue_months when a practice is picked
    /// (monthly_revenue has no dentist); else (a custom period that cuts months) from invoices with the views' rules.
    /// </summary>
    private async Task<List<RevenueMonth>> RevenueMonthsAsync(ReportPeriod period, ReportFilter filter, CancellationToken ct)
    {
        var found = await RevenueMonthRowsAsync(period, filter, ct);
        return [.. period.Months().Select(m => found.FirstOrDefault(f => f.Month == m) ?? new RevenueMonth(m, 0, 0, 0, 0))];
    }

    private Task<List<RevenueMonth>> RevenueMonthRowsAsync(ReportPeriod period, ReportFilter filter, CancellationToken ct) => period.WholeMonths
        ? filter.DentistId is null
            ? ReadAsync("""
                SELECT month, invoice_count, invoiced, collected, outstanding FROM monthly_revenue
                WHERE month >= $1 AND month <= $2 ORDER BY month
                """, ReadMonth, ct, period.From, period.To)
            : ReadAsync("""
                SELECT month, invoices, invoiced, paid, outstanding FROM report_revenue_months
                WHERE month >= $1 AND month <= $2 AND dentist_id = $3 ORDER BY month
                """, ReadMonth, ct, period.From, period.To, filter.DentistArg)
        : ReadAsync("""
            SELECT date_trunc('month', i.issue_date)::date, count(*)::int, COALESCE(sum(i.total), 0), COALESCE(sum(i.amount_paid), 0),
                   COALESCE(sum(i.total - i.amount_paid) FILTER (WHERE i.status IN ('sent', 'overdue')), 0)
            FROM invoices i
            WHERE i.deleted_at IS NULL AND i.status NOT IN ('draft', 'cancelled') AND i.issue_date BETWEEN $1 AND $2
              AND ($3::uuid IS NULL OR i.dentist_id = $3)
            GROUP BY 1 ORDER BY 1
            """, ReadMonth, ct, period.From, period.To, filter.DentistArg);

    private static RevenueMonth ReadMonth(NpgsqlDataReader r) =>
        new(r.GetFieldValue<DateOnly>(0), r.GetInt32(1), r.GetDecimal(2), r.GetDecimal(3), r.GetDecimal(4));

    /// <summary>
    /// By practice: for whole months summed from report_revenue_months, else from invoices; days to pay = paid date in
    /// the lab's time zone − issue date.
    /// </summary>
    private Task<List<RevenueByDentist>> RevenueByDentistAsync(ReportPeriod period, string zone, ReportFilter filter, CancellationToken ct) => period.WholeMonths
        ? ReadAsync("""
            SELECT v.dentist_id, d.practice_name, sum(v.invoices)::int, sum(v.invoiced), sum(v.paid), sum(v.outstanding),
                   round(sum(v.days_to_pay)::numeric / NULLIF(sum(v.paid_invoices), 0), 1), sum(v.paid_invoices)::int
            FROM report_revenue_months v JOIN dentist_profiles d ON d.id = v.dentist_id
            WHERE v.month >= $1 AND v.month <= $2 AND ($3::uuid IS NULL OR v.dentist_id = $3)
            GROUP BY v.dentist_id, d.practice_name
            ORDER BY 4 DESC, 2
            """, ReadDentist, ct, period.From, period.To, filter.DentistArg)
        : ReadAsync("""
        SELECT i.dentist_id, d.practice_name, count(*)::int, COALESCE(sum(i.total), 0), COALESCE(sum(i.amount_paid), 0),
               COALESCE(sum(i.total - i.amount_paid) FILTER (WHERE i.status IN ('sent', 'overdue')), 0),
               round(avg(((i.paid_at AT TIME ZONE $3)::date - i.issue_date)) FILTER (WHERE i.status = 'paid' AND i.paid_at IS NOT NULL), 1),
               (count(*) FILTER (WHERE i.status = 'paid' AND i.paid_at IS NOT NULL))::int
        FROM invoices i JOIN dentist_profiles d ON d.id = i.dentist_id
        WHERE i.deleted_at IS NULL AND i.status NOT IN ('draft', 'cancelled') AND i.issue_date BETWEEN $1 AND $2
          AND ($4::uuid IS NULL OR i.dentist_id = $4)
        GROUP BY i.dentist_id, d.practice_name
        ORDER BY 4 DESC, 2
        """, ReadDentist, ct, period.From, period.To, zone, filter.DentistArg);

    private static RevenueByDentist ReadDentist(NpgsqlDataReader r) => new(r.GetGuid(0), r.GetString(1), r.GetInt32(2), r.GetDecimal(3), r.GetDecimal(4), r.GetDecimal(5),
        r.IsDBNull(6) ? null : r.GetDecimal(6), r.GetInt32(7));

    // ---------------------------------------------------------------- Completion

    /// <summary>
    /// Cases delivered in a period (lab time zone), on time, and turnaround in business days (weekends and the lab's
    /// holidays skipped). A period of whole months is summed from report_completion_months (per month, practice and
    /// procedure: both filters fit); any other period from cases (case_completion_rates counts all time per procedure).
    /// </summary>
    public Task<CompletionReport> CompletionAsync(ReportPeriod period, CancellationToken ct = default) => CompletionAsync(period, ReportFilter.None, ct);

    /// <summary>As <see cref="CompletionAsync(ReportPeriod, CancellationToken)"/>, for one practice and/or one procedure.</summary>
    public async Task<CompletionReport> CompletionAsync(ReportPeriod period, ReportFilter filter, CancellationToken ct = default)
    {
        filter = filter.For(CompletionFilters);
        var context = await ContextAsync(period, ct);
        var holidays = (await settings.GetDatesAsync(SettingKeys.Holidays)).ToArray();
        var rows = await CompletionRowsAsync(period, context.Zone, holidays, filter, ct);
        var prior = await CompletionRowsAsync(context.Previous, context.Zone, holidays, filter, ct);
        var months = period.Months().Select(m => Sum(m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            m.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture), rows.Where(r => r.Month == m))).ToList();
        var procedures = rows.GroupBy(r => r.Procedure).OrderBy(g => g.Key)
            .Select(g => Sum(g.Key.ToString(), Infrastructure.Text.Labels.Label(g.Key), g)).ToList();
        return new CompletionReport(context, Sum("", "Total", rows), Sum("", "Total", prior), months, procedures);

        static CompletionRow Sum(string key, string label, IEnumerable<(ProcedureType Procedure, DateOnly Month, int Completed, int OnTime, int BusinessDays)> rows)
        {
            var list = rows.ToList();
            var completed = list.Sum(r => r.Completed);
            var onTime = list.Sum(r => r.OnTime);
            return new CompletionRow(key, label, completed, onTime,
                completed == 0 ? null : Math.Round(100m * onTime / completed, 1),
                completed == 0 ? null : Math.Round((decimal)list.Sum(r => r.BusinessDays) / completed, 1));
        }
    }

    private Task<List<(ProcedureType Procedure, DateOnly Month, int Completed, int OnTime, int BusinessDays)>> CompletionRowsAsync(
        ReportPeriod period, TimeZoneInfo zone, DateOnly[] holidays, ReportFilter filter, CancellationToken ct)
    {
        static (ProcedureType, DateOnly, int, int, int) Map(NpgsqlDataReader r) =>
            (ParseEnum<ProcedureType>(r.GetString(0)), r.GetFieldValue<DateOnly>(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4));
        if (period.WholeMonths)
        {
            return ReadAsync("""
                SELECT v.procedure_type::text, v.month, sum(v.completed)::int, sum(v.on_time)::int, sum(v.business_days)::int
                FROM report_completion_months v
                WHERE v.month >= $1 AND v.month <= $2 AND ($3::uuid IS NULL OR v.dentist_id = $3) AND ($4::text IS NULL OR v.procedure_type::text = $4)
                GROUP BY 1, 2
                """, Map, ct, period.From, period.To, filter.DentistArg, filter.ProcedureArg);
        }

        // Not whole months (a custom period that cuts a month): the cases themselves, with the view's rules.
        var (start, end) = period.Utc(zone);
        // days.n counts business days up to each date, so n(delivered) − n(received) is the business days in between.
        return ReadAsync("""
            WITH done AS (
                SELECT c.procedure_type, (c.received_at AT TIME ZONE $3)::date AS received_on,
                       (c.delivered_at AT TIME ZONE $3)::date AS delivered_on, c.due_date
                FROM cases c
                WHERE c.deleted_at IS NULL AND c.status = 'delivered' AND c.delivered_at >= $1 AND c.delivered_at < $2
                  AND ($5::uuid IS NULL OR c.dentist_id = $5) AND ($6::text IS NULL OR c.procedure_type::text = $6)),
            days AS (
                SELECT g::date AS day,
                       sum(CASE WHEN extract(isodow FROM g) < 6 AND NOT (g::date = ANY($4)) THEN 1 ELSE 0 END) OVER (ORDER BY g) AS n
                FROM generate_series((SELECT min(received_on) FROM done), (SELECT max(delivered_on) FROM done), interval '1 day') g)
            SELECT done.procedure_type::text, date_trunc('month', done.delivered_on)::date, count(*)::int,
                   (count(*) FILTER (WHERE done.delivered_on <= done.due_date))::int,
                   COALESCE(sum(GREATEST(dd.n - rd.n, 0)), 0)::int
            FROM done JOIN days rd ON rd.day = done.received_on JOIN days dd ON dd.day = done.delivered_on
            GROUP BY 1, 2
            """, Map, ct, start, end, zone.Id, holidays, filter.DentistArg, filter.ProcedureArg);
    }

    // ---------------------------------------------------------------- Departments

    public Task<DepartmentReport> DepartmentsAsync(ReportPeriod period, CancellationToken ct = default) => DepartmentsAsync(period, ReportFilter.None, ct);

    /// <summary>
    /// Work in progress from department_efficiency (as of its refresh); throughput, throughput per week and hours per
    /// stage in the period from report_stage_days (per lab day and stage: every period is whole days; a department runs
    /// one stage, so the department filter fits). A department filter narrows the rows and the weeks to that department.
    /// </summary>
    public async Task<DepartmentReport> DepartmentsAsync(ReportPeriod period, ReportFilter filter, CancellationToken ct = default)
    {
        filter = filter.For(DepartmentFilters);
        var context = await ContextAsync(period, ct);
        var weeks = period.Days / 7m;
        var rows = await ReadAsync("""
            SELECT d.id, d.name, d.stage::text,
                   COALESCE(sum(v.completed) FILTER (WHERE v.day >= $1), 0)::int,
                   COALESCE(sum(v.completed) FILTER (WHERE v.day < $1), 0)::int,
                   round(sum(v.actual_seconds) FILTER (WHERE v.day >= $1) / 3600.0 / NULLIF(sum(v.completed) FILTER (WHERE v.day >= $1), 0), 2),
                   round(sum(v.expected_hours) FILTER (WHERE v.day >= $1) / NULLIF(sum(v.completed) FILTER (WHERE v.day >= $1), 0), 2),
                   COALESCE(e.stages_open, 0)
            FROM departments d
            LEFT JOIN department_efficiency e ON e.department_id = d.id
            LEFT JOIN report_stage_days v ON v.stage = d.stage AND v.day >= $3 AND v.day <= $2
            WHERE d.deleted_at IS NULL AND d.stage IS NOT NULL AND ($4::uuid IS NULL OR d.id = $4)
            GROUP BY d.id, d.name, d.stage, e.stages_open
            ORDER BY d.stage, d.name
            """, r => new DepartmentRow(r.GetGuid(0), r.GetString(1), ParseEnum<WorkflowStageName>(r.GetString(2)), r.GetInt32(3), r.GetInt32(4),
                Math.Round(r.GetInt32(3) / weeks, 1), r.IsDBNull(5) ? null : r.GetDecimal(5), r.IsDBNull(6) ? null : r.GetDecimal(6), r.GetInt32(7)),
            ct, period.From, period.To, context.Previous.From, filter.DepartmentArg);
        // Weeks are seven lab days from the period's first day (the last one may be shorter), so no bar reaches outside
        // the period; a stage counts for each department of its stage, as in the table, so the bars add up to its total.
        var counts = await ReadAsync("""
            SELECT ((v.day - $1::date) / 7)::int, sum(v.completed)::int
            FROM report_stage_days v JOIN departments d ON d.stage = v.stage AND d.deleted_at IS NULL
            WHERE v.day >= $1 AND v.day <= $2 AND ($3::uuid IS NULL OR d.id = $3)
            GROUP BY 1
            """, r => (Week: r.GetInt32(0), Count: r.GetInt32(1)), ct, period.From, period.To, filter.DepartmentArg);
        var perWeek = Enumerable.Range(0, (period.Days + 6) / 7)
            .Select(i => new DepartmentWeek(period.From.AddDays(7 * i), counts.Where(c => c.Week == i).Sum(c => c.Count))).ToList();
        return new DepartmentReport(context, rows, perWeek);
    }

    // ---------------------------------------------------------------- Staff

    /// <summary>
    /// Stages, on-time stages (finished within the stage's expected hours) and QC failures per technician in the period
    /// from report_staff_days (per lab day and technician: every period is whole days; the department filter is the
    /// staff profile's, joined here; staff_performance counts all time); the review rating (over all reviews) from
    /// staff_performance. A QC failure counts against whoever completed a stage that quality control sent back (it was redone).
    /// </summary>
    public Task<StaffReport> StaffAsync(ReportPeriod period, CancellationToken ct = default) => StaffAsync(period, ReportFilter.None, ct);

    /// <summary>As <see cref="StaffAsync(ReportPeriod, CancellationToken)"/>, for one department's staff and/or one technician.</summary>
    public async Task<StaffReport> StaffAsync(ReportPeriod period, ReportFilter filter, CancellationToken ct = default)
    {
        filter = filter.For(StaffFilters);
        var context = await ContextAsync(period, ct);
        // Summed per technician first, then joined to the few staff rows (joining the year's 28,000 day rows to the
        // staff, users and departments before summing took 35–55 ms at a million cases; this 15–17 ms).
        var rows = await ReadAsync("""
            SELECT u.id, u.full_name, dep.name, s.done::int, s.prior::int, s.on_time::int, s.qc_failures::int, spv.avg_review_rating
            FROM (SELECT v.user_id,
                         COALESCE(sum(v.completed) FILTER (WHERE v.day >= $1), 0) AS done,
                         COALESCE(sum(v.completed) FILTER (WHERE v.day < $1), 0) AS prior,
                         COALESCE(sum(v.on_time) FILTER (WHERE v.day >= $1), 0) AS on_time,
                         COALESCE(sum(v.qc_failures) FILTER (WHERE v.day >= $1), 0) AS qc_failures
                  FROM report_staff_days v
                  WHERE v.day >= $3 AND v.day <= $2 AND ($5::uuid IS NULL OR v.user_id = $5)
                  GROUP BY v.user_id) s
            JOIN staff_profiles sp ON sp.user_id = s.user_id
            JOIN users u ON u.id = sp.user_id
            LEFT JOIN departments dep ON dep.id = sp.department_id
            LEFT JOIN staff_performance spv ON spv.staff_id = sp.id
            WHERE sp.deleted_at IS NULL AND ($4::uuid IS NULL OR sp.department_id = $4)
            ORDER BY 4 DESC, 2
            """, r =>
            {
                var done = r.GetInt32(3);
                var onTime = r.GetInt32(5);
                return new StaffRow(r.GetGuid(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), done, r.GetInt32(4), onTime,
                    done == 0 ? null : Math.Round(100m * onTime / done, 1), r.GetInt32(6), r.IsDBNull(7) ? null : r.GetDecimal(7));
            }, ct, period.From, period.To, context.Previous.From, filter.DepartmentArg, filter.TechnicianArg);
        return new StaffReport(context, rows);
    }

    // ---------------------------------------------------------------- Inventory

    /// <summary>
    /// Use in the period from inventory_transactions (the view's window is a fixed 90 days); stock value and the 90-day
    /// use (for days of stock left and slow movers) from inventory_turnover. Turnover = use in the period / stock on hand.
    /// </summary>
    public async Task<InventoryReport> InventoryAsync(ReportPeriod period, CancellationToken ct = default)
    {
        var context = await ContextAsync(period, ct);
        var (start, end) = period.Utc(context.Zone);
        var (priorStart, _) = context.Previous.Utc(context.Zone);
        var rows = await ReadAsync("""
            SELECT i.id, i.sku, i.name, i.category::text, i.unit, i.quantity_on_hand,
                   COALESCE(sum(abs(t.quantity)) FILTER (WHERE t.occurred_at >= $1), 0),
                   COALESCE(sum(abs(t.quantity)) FILTER (WHERE t.occurred_at < $1), 0),
                   COALESCE(sum(abs(t.quantity) * COALESCE(t.unit_cost, i.unit_cost)) FILTER (WHERE t.occurred_at >= $1), 0),
                   COALESCE(sum(abs(t.quantity) * COALESCE(t.unit_cost, i.unit_cost)) FILTER (WHERE t.occurred_at < $1), 0),
                   COALESCE(v.used_90d, 0), COALESCE(v.stock_value, i.quantity_on_hand * i.unit_cost)
            FROM inventory_items i
            LEFT JOIN inventory_turnover v ON v.item_id = i.id
            LEFT JOIN inventory_transactions t ON t.item_id = i.id AND t.type IN ('out', 'damage', 'write_off') AND t.occurred_at >= $3 AND t.occurred_at < $2
            WHERE i.deleted_at IS NULL
            GROUP BY i.id, v.used_90d, v.stock_value
            ORDER BY 9 DESC, 3
            """, r =>
            {
                var onHand = r.GetDecimal(5);
                var used = r.GetDecimal(6);
                var used90 = r.GetDecimal(10);
                return (Row: new InventoryRow(r.GetGuid(0), r.GetString(1), r.GetString(2), ParseEnum<InventoryCategory>(r.GetString(3)), r.GetString(4), onHand,
                    used, r.GetDecimal(7), Math.Round(r.GetDecimal(8), 2),
                    onHand == 0 ? null : Math.Round(used / onHand, 2),
                    used90 == 0 ? null : Math.Round(onHand / (used90 / 90m), 0),
                    used90 == 0 && onHand > 0, r.GetDecimal(11)), PriorValue: r.GetDecimal(9));
            }, ct, start, end, priorStart);
        return new InventoryReport(context, rows.Sum(r => r.Row.UsedValue), Math.Round(rows.Sum(r => r.PriorValue), 2), rows.Sum(r => r.Row.StockValue),
            [.. rows.Select(r => r.Row)]);
    }

    // ---------------------------------------------------------------- Remakes and scorecards

    public Task<RemakeReport> RemakesAsync(ReportPeriod period, CancellationToken ct = default) => RemakesAsync(period, ReportFilter.None, ct);

    /// <summary>
    /// The figures by practice, material and reason and the totals: for a period of whole months without a technician
    /// filter from report_remake_months (per lab month, practice, procedure, material and reason), else from cases (a
    /// technician's cases are those they worked on, which the view does not know). The technician table from
    /// report_technician_months or the tables (<see cref="RemakesByTechnicianAsync"/>); the stage scores with a filter,
    /// and QC from the tables (case_completion_rates has a remake rate per procedure over all time
    /// only, and no dentist or technician: too coarse); the stage scores without a filter from report_stage_days.
    /// The base is the cases received in the period; a remake is a
    /// case with a parent. A technician's remakes are the remakes whose original case had a stage completed by them;
    /// their cases are those whose first stage by them was completed in the period. The filters narrow every table and the comparison alike
    /// (<see cref="CaseFilter"/>).
    /// </summary>
    public async Task<RemakeReport> RemakesAsync(ReportPeriod period, ReportFilter filter, CancellationToken ct = default)
    {
        filter = filter.For(RemakeFilters);
        var context = await ContextAsync(period, ct);
        var (start, end) = period.Utc(context.Zone);
        // The parts below are independent queries, each on its own pooled connection: they run at once (a year's
        // remakes read about 37,000 view rows for the groups and as many for the comparison).
        var priorTask = RemakeTotalAsync(context.Previous, context.Zone, filter, ct);
        var technicianTask = RemakesByTechnicianAsync(period, start, end, filter, ct);
        var stagesTask = StageScoresAsync(period, start, end, filter, ct);
        var qcTask = QcAsync(start, end, filter, ct);
        List<RemakeRow> byDentist, byMaterial, byReason, all;
        if (FromRemakeMonths(period, filter))
        {
            var groups = await RemakeMonthGroupsAsync(period, filter, ct);
            byDentist = [.. groups.Where(g => g.Dimension == RemakeDimension.Dentist)];
            byMaterial = [.. groups.Where(g => g.Dimension == RemakeDimension.Material)];
            byReason = [.. groups.Where(g => g.Dimension == RemakeDimension.Reason)];
            all = [.. groups.Where(g => g.Dimension == RemakeDimension.All)];
        }
        else
        {
            byDentist = await RemakeGroupsAsync(RemakeDimension.Dentist, "c.dentist_id::text", "d.practice_name", start, end, filter, ct);
            byMaterial = await RemakeGroupsAsync(RemakeDimension.Material, "COALESCE(c.material, '')", "COALESCE(c.material, '(none)')", start, end, filter, ct);
            byReason = await RemakeGroupsAsync(RemakeDimension.Reason, "COALESCE(c.remake_reason, '')", "COALESCE(c.remake_reason, '(no reason given)')", start, end, filter, ct);
            all = await RemakeGroupsAsync(RemakeDimension.All, "''", "'All cases'", start, end, filter, ct);
        }

        byReason = [.. byReason.Where(r => r.Remakes > 0)];
        await Task.WhenAll(priorTask, technicianTask, stagesTask, qcTask);
        var empty = new RemakeRow(RemakeDimension.All, "", "All cases", 0, 0, 0, 0, 0);
        return new RemakeReport(context, all.FirstOrDefault() ?? empty, await priorTask ?? empty, byDentist, await technicianTask, byMaterial,
            byReason, await stagesTask, await qcTask);
    }

    /// <summary>
    /// Completed, on time and sent back per stage: from report_stage_days without a filter, else from the tables (sent
    /// back = a later attempt of the same stage exists; the later attempts are few, so one scan and a hash join).
    /// </summary>
    private Task<List<StageScore>> StageScoresAsync(ReportPeriod period, DateTimeOffset start, DateTimeOffset end, ReportFilter filter,
        CancellationToken ct) =>
        filter.IsEmpty ? ReadAsync("""
            SELECT v.stage::text, sum(v.completed)::int, sum(v.on_time)::int, sum(v.sent_back)::int
            FROM report_stage_days v WHERE v.day >= $1 AND v.day <= $2
            GROUP BY v.stage ORDER BY v.stage
            """, r => new StageScore(ParseEnum<WorkflowStageName>(r.GetString(0)), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)), ct, period.From, period.To)
            : ReadAsync($"""
            WITH redone AS (SELECT case_id, stage, attempt - 1 AS attempt FROM workflow_stages WHERE attempt > 1)
            SELECT ws.stage::text, count(*)::int,
                   (count(*) FILTER (WHERE ws.completed_at - ws.started_at <= ws.expected_hours * interval '1 hour'))::int,
                   (count(rd.case_id))::int
            FROM workflow_stages ws JOIN cases c ON c.id = ws.case_id
            LEFT JOIN redone rd ON rd.case_id = ws.case_id AND rd.stage = ws.stage AND rd.attempt = ws.attempt
            WHERE ws.status = 'completed' AND ws.completed_at >= $1 AND ws.completed_at < $2 {CaseDimensions(3)}
              AND ($5::uuid IS NULL OR ws.completed_by_id = $5)
            GROUP BY ws.stage ORDER BY ws.stage
            """, r => new StageScore(ParseEnum<WorkflowStageName>(r.GetString(0)), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)),
            ct, start, end, filter.DentistArg, filter.ProcedureArg, filter.TechnicianArg);

    /// <summary>
    /// Per technician: the cases they worked on, each counted in the period of the first stage of it they completed (so
    /// months add up to a quarter or a year), and the remakes received in the period whose original had a stage completed
    /// by them, with who pays. Whole months without a practice filter sum report_technician_months (per lab month,
    /// technician and procedure); a period that cuts a month, or one practice, reads the tables by the same rules (the
    /// view has no practice column: it would be 150 times the rows).
    /// </summary>
    private Task<List<RemakeRow>> RemakesByTechnicianAsync(ReportPeriod period, DateTimeOffset start, DateTimeOffset end, ReportFilter filter,
        CancellationToken ct)
    {
        static RemakeRow Map(NpgsqlDataReader r) =>
            new(RemakeDimension.Technician, r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6));
        if (period.WholeMonths && filter.DentistId is null)
        {
            return ReadAsync("""
                SELECT u.id::text, u.full_name, sum(v.cases)::int, sum(v.remakes)::int, sum(v.lab_pays)::int, sum(v.dentist_pays)::int, sum(v.split_pays)::int
                FROM report_technician_months v JOIN users u ON u.id = v.user_id
                WHERE v.month >= $1 AND v.month <= $2 AND ($3::text IS NULL OR v.procedure_type::text = $3) AND ($4::uuid IS NULL OR v.user_id = $4)
                GROUP BY u.id, u.full_name
                HAVING sum(v.cases) > 0 OR sum(v.remakes) > 0
                ORDER BY 4 DESC, 2
                """, Map, ct, period.From, period.To, filter.ProcedureArg, filter.TechnicianArg);
        }

        return ReadAsync($"""
            WITH worked AS (
                SELECT ws.completed_by_id AS user_id, count(*)::int AS cases
                FROM workflow_stages ws JOIN cases c ON c.id = ws.case_id
                WHERE ws.status = 'completed' AND ws.completed_at >= $1 AND ws.completed_at < $2 AND ws.completed_by_id IS NOT NULL {CaseDimensions(3)}
                  AND NOT EXISTS (SELECT 1 FROM workflow_stages e WHERE e.case_id = ws.case_id AND e.completed_by_id = ws.completed_by_id
                                  AND e.status = 'completed' AND (e.completed_at < ws.completed_at OR (e.completed_at = ws.completed_at AND e.id < ws.id)))
                GROUP BY 1),
            blamed AS (
                SELECT DISTINCT ws.completed_by_id AS user_id, c.id, c.remake_payer
                FROM cases c JOIN workflow_stages ws ON ws.case_id = c.parent_case_id AND ws.status = 'completed' AND ws.completed_by_id IS NOT NULL
                WHERE c.deleted_at IS NULL AND c.parent_case_id IS NOT NULL AND c.received_at >= $1 AND c.received_at < $2 {CaseDimensions(3)})
            SELECT u.id::text, u.full_name, COALESCE(w.cases, 0),
                   (SELECT count(*) FROM blamed b WHERE b.user_id = u.id)::int,
                   (SELECT count(*) FROM blamed b WHERE b.user_id = u.id AND b.remake_payer = 'lab')::int,
                   (SELECT count(*) FROM blamed b WHERE b.user_id = u.id AND b.remake_payer = 'dentist')::int,
                   (SELECT count(*) FROM blamed b WHERE b.user_id = u.id AND b.remake_payer = 'split')::int
            FROM users u LEFT JOIN worked w ON w.user_id = u.id
            WHERE (w.user_id IS NOT NULL OR EXISTS (SELECT 1 FROM blamed b WHERE b.user_id = u.id)) AND ($5::uuid IS NULL OR u.id = $5)
            ORDER BY 4 DESC, 2
            """, Map, ct, start, end, filter.DentistArg, filter.ProcedureArg, filter.TechnicianArg);
    }

    /// <summary>Whether report_remake_months can answer: whole lab months, and no technician filter (the view does not know who worked on a case).</summary>
    private static bool FromRemakeMonths(ReportPeriod period, ReportFilter filter) => period.WholeMonths && filter.TechnicianId is null;

    /// <summary>All cases and remakes of a period (the totals row), from the view when it can answer, else from cases.</summary>
    private async Task<RemakeRow?> RemakeTotalAsync(ReportPeriod period, TimeZoneInfo zone, ReportFilter filter, CancellationToken ct)
    {
        if (FromRemakeMonths(period, filter))
        {
            return (await RemakeMonthGroupsAsync(period, filter, ct, totalOnly: true)).FirstOrDefault();
        }

        var (start, end) = period.Utc(zone);
        return (await RemakeGroupsAsync(RemakeDimension.All, "''", "'All cases'", start, end, filter, ct)).FirstOrDefault();
    }

    /// <summary>
    /// The remake figures by practice, by material, by reason and in total from the month views, with the labels and order
    /// of <see cref="RemakeGroupsAsync"/>; the set is 3 practice, 5 material, 6 reason, 7 all. For one practice,
    /// report_remake_months in one pass (grouping sets over its few hundred rows a year). Without one, material, reason
    /// and total from report_remake_lab_months (about 800 rows a year) and the practice table from report_remake_months
    /// grouped by practice alone, at once (grouping a year's 34,000 rows by all three took 25–40 ms).
    /// </summary>
    private async Task<List<RemakeRow>> RemakeMonthGroupsAsync(ReportPeriod period, ReportFilter filter, CancellationToken ct, bool totalOnly = false)
    {
        const string Total = "7 AS s, NULL::uuid AS dentist_id, NULL::text AS material, NULL::text AS remake_reason";
        if (filter.DentistId is not null)
        {
            return await RemakeMonthSumsAsync(labWide: false,
                totalOnly ? Total : "GROUPING(v.dentist_id, v.material, v.remake_reason) AS s, v.dentist_id, v.material, v.remake_reason",
                totalOnly ? "" : "GROUP BY GROUPING SETS ((v.dentist_id), (v.material), (v.remake_reason), ())", period, filter, ct);
        }

        var lab = RemakeMonthSumsAsync(labWide: true,
            totalOnly ? Total : "4 + GROUPING(v.material, v.remake_reason) AS s, NULL::uuid AS dentist_id, v.material, v.remake_reason",
            totalOnly ? "" : "GROUP BY GROUPING SETS ((v.material), (v.remake_reason), ())", period, filter, ct);
        if (totalOnly)
        {
            return await lab;
        }

        var practices = await RemakeMonthSumsAsync(labWide: false,
            "3 AS s, v.dentist_id, NULL::text AS material, NULL::text AS remake_reason", "GROUP BY v.dentist_id", period, filter, ct);
        return [.. practices, .. await lab];
    }

    /// <summary>
    /// Sums of report_remake_months, or with <paramref name="labWide"/> of report_remake_lab_months (no practice column:
    /// read only without the practice filter), in the period: <paramref name="keys"/> and <paramref name="groupBy"/> choose the sets
    /// (constants of <see cref="RemakeMonthGroupsAsync"/>, never input; the values are parameters). The practice names join
    /// after the sums (joining each view row first cost a third more).
    /// </summary>
    private Task<List<RemakeRow>> RemakeMonthSumsAsync(bool labWide, string keys, string groupBy, ReportPeriod period, ReportFilter filter,
        CancellationToken ct)
    {
        var (view, practice) = labWide
            ? ("report_remake_lab_months", "$3::uuid IS NULL")
            : ("report_remake_months", "($3::uuid IS NULL OR v.dentist_id = $3)");
        return ReadAsync($"""
            WITH g AS (
                SELECT {keys},
                       COALESCE(sum(v.cases), 0)::int AS cases, COALESCE(sum(v.remakes), 0)::int AS remakes,
                       COALESCE(sum(v.lab_pays), 0)::int AS lab_pays, COALESCE(sum(v.dentist_pays), 0)::int AS dentist_pays,
                       COALESCE(sum(v.split_pays), 0)::int AS split_pays
                FROM {view} v
                WHERE v.month >= $1 AND v.month <= $2 AND {practice} AND ($4::text IS NULL OR v.procedure_type::text = $4)
                {groupBy})
            SELECT g.s, CASE g.s WHEN 3 THEN g.dentist_id::text WHEN 5 THEN g.material WHEN 6 THEN g.remake_reason ELSE '' END,
                   CASE g.s WHEN 3 THEN d.practice_name
                        WHEN 5 THEN CASE g.material WHEN '' THEN '(none)' ELSE g.material END
                        WHEN 6 THEN CASE g.remake_reason WHEN '' THEN '(no reason given)' ELSE g.remake_reason END ELSE 'All cases' END,
                   g.cases, g.remakes, g.lab_pays, g.dentist_pays, g.split_pays
            FROM g LEFT JOIN dentist_profiles d ON d.id = g.dentist_id
            ORDER BY 1, 5 DESC, 4 DESC, 3
            """, r => new RemakeRow(r.GetInt32(0) switch { 3 => RemakeDimension.Dentist, 5 => RemakeDimension.Material, 6 => RemakeDimension.Reason, _ => RemakeDimension.All },
                r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7)),
            ct, period.From, period.To, filter.DentistArg, filter.ProcedureArg);
    }

    /// <summary>
    /// The filters of the remakes report on a case <c>c</c>, with the dentist, procedure and technician as parameters
    /// <c>$first</c>, <c>$first+1</c>, <c>$first+2</c>. A technician's cases are the cases they completed a stage of and
    /// the remakes of those (a remake counts against the work on its original), whenever that stage was completed.
    /// </summary>
    private static string CaseFilter(int first) => $"""
        {CaseDimensions(first)}
        AND (${first + 2}::uuid IS NULL OR EXISTS (SELECT 1 FROM workflow_stages tf
             WHERE tf.case_id = COALESCE(c.parent_case_id, c.id) AND tf.status = 'completed' AND tf.completed_by_id = ${first + 2}))
        """;

    /// <summary>The dentist and procedure filters on a case <c>c</c> (parameters <c>$first</c>, <c>$first+1</c>).</summary>
    private static string CaseDimensions(int first) =>
        $"AND (${first}::uuid IS NULL OR c.dentist_id = ${first}) AND (${first + 1}::text IS NULL OR c.procedure_type::text = ${first + 1})";

    /// <summary>The QC attempts recorded in the period (of the filtered cases) and, per checklist item (its text as ticked then), how often it failed.</summary>
    private async Task<QcSummary> QcAsync(DateTimeOffset start, DateTimeOffset end, ReportFilter filter, CancellationToken ct)
    {
        var totals = (await ReadAsync($"""
            SELECT count(*)::int, (count(*) FILTER (WHERE NOT q.passed))::int
            FROM qc_records q JOIN cases c ON c.id = q.case_id
            WHERE q.checked_at >= $1 AND q.checked_at < $2 {CaseFilter(3)}
            """, r => (Checks: r.GetInt32(0), Failed: r.GetInt32(1)), ct, start, end, filter.DentistArg, filter.ProcedureArg, filter.TechnicianArg)).Single();
        var items = await ReadAsync($"""
            SELECT i->>'text', (count(*) FILTER (WHERE NOT (i->>'passed')::boolean))::int, count(*)::int
            FROM qc_records q JOIN cases c ON c.id = q.case_id CROSS JOIN LATERAL jsonb_array_elements(q.items) i
            WHERE q.checked_at >= $1 AND q.checked_at < $2 {CaseFilter(3)}
            GROUP BY 1 HAVING count(*) FILTER (WHERE NOT (i->>'passed')::boolean) > 0
            ORDER BY 2 DESC, 1
            """, r => new QcItemFailures(r.GetString(0), r.GetInt32(1), r.GetInt32(2)), ct, start, end, filter.DentistArg, filter.ProcedureArg, filter.TechnicianArg);
        return new QcSummary(totals.Checks, totals.Failed, items);
    }

    // The key and label expressions are constants of this class (never input); the values are parameters.
    private Task<List<RemakeRow>> RemakeGroupsAsync(RemakeDimension dimension, string key, string label, DateTimeOffset start, DateTimeOffset end,
        ReportFilter filter, CancellationToken ct) =>
        ReadAsync($"""
            SELECT {key}, {label}, count(*)::int,
                   (count(*) FILTER (WHERE c.parent_case_id IS NOT NULL))::int,
                   (count(*) FILTER (WHERE c.parent_case_id IS NOT NULL AND c.remake_payer = 'lab'))::int,
                   (count(*) FILTER (WHERE c.parent_case_id IS NOT NULL AND c.remake_payer = 'dentist'))::int,
                   (count(*) FILTER (WHERE c.parent_case_id IS NOT NULL AND c.remake_payer = 'split'))::int
            FROM cases c JOIN dentist_profiles d ON d.id = c.dentist_id
            WHERE c.deleted_at IS NULL AND c.received_at >= $1 AND c.received_at < $2 {CaseFilter(3)}
            GROUP BY 1, 2
            ORDER BY 4 DESC, 3 DESC, 2
            """, r => new RemakeRow(dimension, r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6)),
            ct, start, end, filter.DentistArg, filter.ProcedureArg, filter.TechnicianArg);

    public Task<IReadOnlyList<RemakeCase>> RemakeCasesAsync(ReportPeriod period, RemakeDimension dimension, string key, CancellationToken ct = default) =>
        RemakeCasesAsync(period, dimension, key, ReportFilter.None, ct);

    /// <summary>The remakes behind one figure of the remakes report (the same rules and filters as the figure).</summary>
    public async Task<IReadOnlyList<RemakeCase>> RemakeCasesAsync(ReportPeriod period, RemakeDimension dimension, string key, ReportFilter filter, CancellationToken ct = default)
    {
        filter = filter.For(RemakeFilters);
        var context = await ContextAsync(period, ct);
        var (start, end) = period.Utc(context.Zone);
        var dimensionFilter = dimension switch
        {
            RemakeDimension.Dentist => "c.dentist_id::text = $3",
            RemakeDimension.Material => "COALESCE(c.material, '') = $3",
            RemakeDimension.Reason => "COALESCE(c.remake_reason, '') = $3",
            RemakeDimension.Technician => """
                EXISTS (SELECT 1 FROM workflow_stages ws WHERE ws.case_id = c.parent_case_id AND ws.status = 'completed' AND ws.completed_by_id::text = $3)
                """,
            _ => "$3 = $3",
        };
        return await ReadAsync($"""
            SELECT c.case_number, p.case_number, d.practice_name, c.procedure_type::text, c.material, c.remake_reason, c.remake_payer::text, c.received_at
            FROM cases c JOIN dentist_profiles d ON d.id = c.dentist_id LEFT JOIN cases p ON p.id = c.parent_case_id
            WHERE c.deleted_at IS NULL AND c.parent_case_id IS NOT NULL AND c.received_at >= $1 AND c.received_at < $2 AND {dimensionFilter} {CaseFilter(4)}
            ORDER BY c.received_at DESC
            LIMIT 500
            """, r => new RemakeCase(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), ParseEnum<ProcedureType>(r.GetString(3)),
                r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : ParseEnum<RemakePayer>(r.GetString(6)),
                r.GetFieldValue<DateTimeOffset>(7)), ct, start, end, key, filter.DentistArg, filter.ProcedureArg, filter.TechnicianArg);
    }

    // ---------------------------------------------------------------- The manager's figures on the dashboard

    /// <summary>
    /// Cases in and cases delivered late per week (12 weeks, lab time zone; from cases), revenue this month against last
    /// month (monthly_revenue), and this month's remake rate (from cases).
    /// </summary>
    public async Task<ManagerFigures> ManagerFiguresAsync(CancellationToken ct = default)
    {
        var today = await settings.TodayAsync();
        var context = await ContextAsync(ReportPeriod.Of(PeriodKind.Month, today), ct);
        var thisWeek = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var firstWeek = thisWeek.AddDays(-7 * 11);
        var (start, _) = new ReportPeriod(PeriodKind.Custom, firstWeek, today).Utc(context.Zone);
        // Four independent reads, each on its own pooled connection: they run at once.
        var weeksTask = ReadAsync("""
            SELECT date_trunc('week', c.received_at AT TIME ZONE $2)::date, count(*)::int
            FROM cases c WHERE c.deleted_at IS NULL AND c.received_at >= $1 GROUP BY 1
            """, r => new WeekCount(r.GetFieldValue<DateOnly>(0), r.GetInt32(1)), ct, start, context.Zone.Id);
        var lateTask = ReadAsync("""
            SELECT date_trunc('week', c.delivered_at AT TIME ZONE $2)::date, count(*)::int
            FROM cases c WHERE c.deleted_at IS NULL AND c.status = 'delivered' AND c.delivered_at >= $1
              AND (c.delivered_at AT TIME ZONE $2)::date > c.due_date
            GROUP BY 1
            """, r => new WeekCount(r.GetFieldValue<DateOnly>(0), r.GetInt32(1)), ct, start, context.Zone.Id);
        var all = Enumerable.Range(0, 12).Select(i => firstWeek.AddDays(7 * i)).ToList();
        var month = context.Period;
        var revenueTask = ReadAsync("SELECT month, invoiced FROM monthly_revenue WHERE month >= $1 AND month <= $2",
            r => (Month: r.GetFieldValue<DateOnly>(0), Invoiced: r.GetDecimal(1)), ct, context.Previous.From, month.From);
        var rateTask = RemakeTotalAsync(month, context.Zone, ReportFilter.None, ct);
        await Task.WhenAll(weeksTask, lateTask, revenueTask, rateTask);
        var (weeks, late, revenue, rate) = (await weeksTask, await lateTask, await revenueTask, await rateTask);
        return new ManagerFigures(
            [.. all.Select(w => new WeekCount(w, weeks.FirstOrDefault(x => x.Week == w)?.Count ?? 0))],
            [.. all.Select(w => new WeekCount(w, late.FirstOrDefault(x => x.Week == w)?.Count ?? 0))],
            revenue.Where(r => r.Month == month.From).Sum(r => r.Invoiced),
            revenue.Where(r => r.Month == context.Previous.From).Sum(r => r.Invoiced),
            rate?.Rate, rate?.Remakes ?? 0, context.Currency);
    }

    // ---------------------------------------------------------------- Helpers

    private static T ParseEnum<T>(string pgLabel) where T : struct, Enum =>
        Enum.Parse<T>(pgLabel.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);

    private async Task<List<T>> ReadAsync<T>(string sql, Func<NpgsqlDataReader, T> map, CancellationToken ct, params object[] args)
    {
        await using var cmd = dataSource.CreateCommand(sql);
        foreach (var arg in args)
        {
            cmd.Parameters.Add(arg as NpgsqlParameter ?? new NpgsqlParameter { Value = arg });
        }

        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var list = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(map(reader));
        }

        return list;
    }
}
