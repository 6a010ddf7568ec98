using DentalLab.Data.Entities;
using DentalLab.Web.Features.Reports;
using DentalLab.Web.Infrastructure.Csv;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Reports;

/// <summary>Each report's figures against a hand-built lab with known answers, period boundaries in the lab's time zone (New York).</summary>
[Collection(LabCollection.Name)]
public sealed class ReportQueriesTests(LabServerFixture server)
{
    private static readonly ReportPeriod November = ReportsTestData.November;

    private async Task<(ReportQueries Queries, ReportsTestData Data, AsyncServiceScope Scope)> ManagerAsync()
    {
        var (app, data) = await ReportsLab.KnownAsync(server);
        var scope = app.ScopeAs(data.ManagerId);
        return (scope.ServiceProvider.GetRequiredService<ReportQueries>(), data, scope);
    }

    [Fact]
    public void Periods_are_months_quarters_years_or_custom_with_the_previous_period_and_bounds_at_lab_midnight()
    {
        var today = new DateOnly(2026, 11, 18);
        Assert.Equal(new ReportPeriod(PeriodKind.Month, new(2026, 11, 1), new(2026, 11, 30)), ReportPeriod.Parse(null, null, null, today));
        var quarter = ReportPeriod.Parse("quarter", "2026-11-18", null, today);
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), (quarter.From, quarter.To));
        Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)), (quarter.Previous().From, quarter.Previous().To));
        var year = ReportPeriod.Parse("year", "2026-03-01", null, today);
        Assert.Equal(("2026", "2025"), (year.Label, year.Previous().Label));
        var custom = ReportPeriod.Parse("custom", "2026-11-10", "2026-11-19", today);
        Assert.Equal((new DateOnly(2026, 10, 31), new DateOnly(2026, 11, 9)), (custom.Previous().From, custom.Previous().To));
        Assert.False(custom.WholeMonths);
        Assert.Equal("period=custom&from=2026-11-10&to=2026-11-19", custom.Query);
        Assert.Equal(custom, ReportPeriod.Parse("custom", "2026-11-10", "2026-11-19", today));
        Assert.Equal(PeriodKind.Month, ReportPeriod.Parse("custom", "2026-11-19", "2026-11-10", today).Kind); // backwards: this month instead

        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var (start, end) = November.Utc(newYork);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 4, 0, 0, TimeSpan.Zero), start); // still summer time on 1 November, 00:00
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero), end);
    }

    [Fact]
    public async Task Revenue_per_month_and_practice_with_days_to_pay_and_the_previous_month()
    {
        var (queries, data, scope) = await ManagerAsync();
        await using var _ = scope;
        var report = await queries.RevenueAsync(November);
        Assert.Equal(new RevenueTotals(3, 350m, 150m, 200m, 10m), report.Current);
        Assert.Equal(new RevenueTotals(1, 80m, 80m, 0m, 4m), report.Prior);
        Assert.Equal([new RevenueMonth(new DateOnly(2026, 11, 1), 3, 350m, 150m, 200m)], report.Months); // from monthly_revenue
        Assert.Equal(["Beta Smiles", "Alpha Dental"], report.Dentists.Select(d => d.Practice));
        var alpha = report.Dentists.Single(d => d.DentistId == data.DentistOne);
        Assert.Equal((2, 150m, 100m, 50m, 10m), (alpha.Invoices, alpha.Invoiced, alpha.Paid, alpha.Outstanding, alpha.AvgDaysToPay!.Value));

        // A custom period of the same dates is answered from the invoices table: the same figures.
        var custom = await queries.RevenueAsync(new ReportPeriod(PeriodKind.Custom, November.From, November.To.AddDays(-1)));
        Assert.Equal((2, 150m, 10m), (custom.Current.Invoices, custom.Current.Invoiced, custom.Current.AvgDaysToPay!.Value)); // 30 Nov's invoice is outside

        // The CSV is the table: its header and rows.
        var csv = System.Text.Encoding.UTF8.GetString(await CsvWriter.ToBytesAsync(ReportCsv.RevenueDentists, report.Dentists)).TrimStart('\uFEFF');
        Assert.Equal(["Practice,Invoices,Invoiced,Paid,Outstanding,Average days to pay", "Beta Smiles,1,200.00,50.00,150.00,", "Alpha Dental,2,150.00,100.00,50.00,10.0"],
            csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Completion_counts_deliveries_in_the_lab_time_zone_with_on_time_rate_and_business_days()
    {
        var (queries, _, scope) = await ManagerAsync();
        await using var __ = scope;
        var report = await queries.CompletionAsync(November);
        // C2 was delivered at 03:00 UTC on 1 December: still November in New York. C3 at 03:00 UTC on 1 November: October.
        Assert.Equal(new CompletionRow("", "Total", 3, 1, 33.3m, 4.3m), report.Current);
        Assert.Equal(new CompletionRow("", "Total", 1, 1, 100m, 4m), report.Prior);
        Assert.Equal(new CompletionRow("2026-11", "Nov 2026", 3, 1, 33.3m, 4.3m), Assert.Single(report.Months));
        Assert.Equal([new CompletionRow("Crown", "Crown", 2, 1, 50m, 4.5m), new CompletionRow("Bridge", "Bridge", 1, 0, 0m, 4m)], report.Procedures);
    }

    [Fact]
    public async Task Departments_show_throughput_hours_against_expected_and_work_in_progress()
    {
        var (queries, data, scope) = await ManagerAsync();
        await using var _ = scope;
        var report = await queries.DepartmentsAsync(November);
        var design = report.Rows.Single(r => r.Id == data.DesignDepartment);
        Assert.Equal((4, 1, 0.9m, 3.0m, 3.75m, 1), (design.Completed, design.CompletedPrior, design.PerWeek, design.AvgHours!.Value, design.ExpectedHours!.Value, design.WorkInProgress));
        var milling = report.Rows.Single(r => r.Stage == WorkflowStageName.Milling);
        Assert.Equal((1, 6m, 2m, 0), (milling.Completed, milling.AvgHours!.Value, milling.ExpectedHours!.Value, milling.WorkInProgress));
    }

    [Fact]
    public async Task Staff_figures_per_technician_with_qc_failures_of_their_work()
    {
        var (queries, data, scope) = await ManagerAsync();
        await using var _ = scope;
        var report = await queries.StaffAsync(November);
        var one = report.Rows.Single(r => r.UserId == data.TechnicianOne);
        Assert.Equal(("Design room", 3, 1, 2, 66.7m, 1), (one.Department, one.StagesCompleted, one.StagesCompletedPrior, one.OnTime, one.OnTimeRate!.Value, one.QcFailures));
        var two = report.Rows.Single(r => r.UserId == data.TechnicianTwo);
        Assert.Equal((2, 0, 2, 100m, 0), (two.StagesCompleted, two.StagesCompletedPrior, two.OnTime, two.OnTimeRate!.Value, two.QcFailures));
        Assert.Equal(2, report.Rows.Count); // the manager completed nothing
    }

    [Fact]
    public async Task Inventory_use_in_the_period_turnover_stock_value_and_slow_movers()
    {
        var (queries, _, scope) = await ManagerAsync();
        await using var __ = scope;
        var report = await queries.InventoryAsync(November);
        var disc = report.Rows.Single(r => r.Sku == "R-ZR");
        Assert.Equal((8m, 2m, 80m, 0.16m, 500m, false), (disc.Used, disc.UsedPrior, disc.UsedValue, disc.Turnover!.Value, disc.StockValue, disc.SlowMover));
        var burs = report.Rows.Single(r => r.Sku == "R-BUR");
        Assert.Equal((0m, 20m, true, null), (burs.Used, burs.StockValue, burs.SlowMover, burs.DaysOfStockLeft));
        Assert.Equal((80m, 20m, 520m), (report.UsedValue, report.UsedValuePrior, report.StockValue));
    }

    [Fact]
    public async Task Remakes_by_practice_technician_material_and_reason_with_who_pays_and_the_cases_behind_each_figure()
    {
        var (queries, data, scope) = await ManagerAsync();
        await using var _ = scope;
        var report = await queries.RemakesAsync(November);
        Assert.Equal((6, 2, 33.3m, 1, 1, 0), (report.Current.Cases, report.Current.Remakes, report.Current.Rate!.Value, report.Current.LabPays, report.Current.DentistPays, report.Current.SplitPays));
        Assert.Equal((2, 1, 50m, 1), (report.Prior.Cases, report.Prior.Remakes, report.Prior.Rate!.Value, report.Prior.SplitPays));
        Assert.Equal([("Alpha Dental", 3, 1), ("Beta Smiles", 3, 1)], report.ByDentist.Select(r => (r.Label, r.Cases, r.Remakes)).OrderBy(r => r.Label));
        Assert.Equal([("E.max", 1, 1), ("Zirconia", 5, 1)], report.ByMaterial.Select(r => (r.Label, r.Cases, r.Remakes)).OrderBy(r => r.Label));
        Assert.Equal(["Margin open", "Shade mismatch"], report.ByReason.Select(r => r.Label).Order());
        var one = report.ByTechnician.Single(r => r.Key == data.TechnicianOne.ToString());
        Assert.Equal((2, 2, 100m), (one.Cases, one.Remakes, one.Rate!.Value));
        Assert.Equal(0, report.ByTechnician.Single(r => r.Key == data.TechnicianTwo.ToString()).Remakes);
        var design = report.Stages.Single(s => s.Stage == WorkflowStageName.Design);
        Assert.Equal((4, 4, 1), (design.Completed, design.OnTime, design.SentBack));
        Assert.Equal((1, 1), (report.Qc.Checks, report.Qc.Failed));
        Assert.Equal([("Margins", 1, 1, 100m), ("Shade match", 1, 1, 100m)], report.Qc.Items.Select(i => (i.Item, i.Failed, i.Checked, i.FailRate!.Value)));
        var october = (await queries.RemakesAsync(ReportPeriod.Of(PeriodKind.Month, new DateOnly(2026, 10, 1)))).Qc;
        Assert.Equal((0, 0), (october.Checks, october.Items.Count));

        var behindOne = await queries.RemakeCasesAsync(November, RemakeDimension.Technician, data.TechnicianOne.ToString());
        Assert.Equal(new[] { data.RemakeOne, data.RemakeTwo }.Order(), behindOne.Select(c => c.CaseNumber).Order());
        var behindAlpha = await queries.RemakeCasesAsync(November, RemakeDimension.Dentist, data.DentistOne.ToString());
        Assert.Equal((data.RemakeOne, RemakePayer.Lab, "Shade mismatch"), (Assert.Single(behindAlpha).CaseNumber, behindAlpha[0].Payer!.Value, behindAlpha[0].Reason));
        Assert.Equal(data.RemakeTwo, Assert.Single(await queries.RemakeCasesAsync(November, RemakeDimension.Material, "E.max")).CaseNumber);
    }

    [Fact]
    public async Task Revenue_for_one_practice_narrows_months_practices_and_the_comparison()
    {
        var (queries, data, scope) = await ManagerAsync();
        await using var _ = scope;
        var alpha = await queries.RevenueAsync(November, new ReportFilter(DentistId: data.DentistOne));
        Assert.Equal(new RevenueTotals(2, 150m, 100m, 50m, 10m), alpha.Current);
        Assert.Equal(new RevenueTotals(0, 0m, 0m, 0m, null), alpha.Prior); // Alpha had no invoice in October
        Assert.Equal([new RevenueMonth(new DateOnly(2026, 11, 1), 2, 150m, 100m, 50m)], alpha.Months); // from report_revenue_months (monthly_revenue has no dentist)
        Assert.Equal(["Alpha Dental"], alpha.Dentists.Select(d => d.Practice));
        var beta = await queries.RevenueAsync(November, new ReportFilter(DentistId: data.DentistTwo));
        Assert.Equal((new RevenueTotals(1, 200m, 50m, 150m, null), new RevenueTotals(1, 80m, 80m, 0m, 4m)), (beta.Current, beta.Prior));
        // A filter that does not fit the report is ignored.
        Assert.Equal(new RevenueTotals(3, 350m, 150m, 200m, 10m), (await queries.RevenueAsync(November, new ReportFilter(TechnicianId: data.TechnicianOne))).Current);
    }

    [Fact]
    public async Task Completion_for_one_practice_or_procedure()
    {
        var (queries, data, scope) = await ManagerAsync();
        await using var _ = scope;
        var beta = await queries.CompletionAsync(November, new ReportFilter(DentistId: data.DentistTwo));
        Assert.Equal(new CompletionRow("", "Total", 1, 0, 0m, 4m), beta.Current); // C4, late
        Assert.Equal(new CompletionRow("", "Total", 1, 1, 100m, 4m), beta.Prior); // C3 (31 October in New York)
        Assert.Equal([new CompletionRow("Bridge", "Bridge", 1, 0, 0m, 4m)], beta.Procedures);
        var crowns = await queries.CompletionAsync(November, new ReportFilter(Procedure: ProcedureType.Crown));
        Assert.Equal(new CompletionRow("", "Total", 2, 1, 50m, 4.5m), crowns.Current);
        Assert.Equal(new CompletionRow("", "Total", 0, 0, null, null), crowns.Prior);
        Assert.Equal(new CompletionRow("2026-11", "Nov 2026", 2, 1, 50m, 4.5m), Assert.Single(crowns.Months));
        var none = await queries.CompletionAsync(November, new ReportFilter(DentistId: data.DentistOne, Procedure: ProcedureType.Bridge));
        Assert.Equal((0, 0), (none.Current.Completed, none.Procedures.Count));
    }

    [Fact]
    public async Task Departments_throughput_per_week_of_the_period_and_for_one_department()
    {
        var (queries, data, scope) = await ManagerAsync();
        await using var _ = scope;
        // November in five weeks from the 1st: 1–7, 8–14, 15–21, 22–28, 29–30 (New York days).
        var all = await queries.DepartmentsAsync(November);
        Assert.Equal([(new DateOnly(2026, 11, 1), 2), (new DateOnly(2026, 11, 8), 2), (new DateOnly(2026, 11, 15), 0), (new DateOnly(2026, 11, 22), 0), (new DateOnly(2026, 11, 29), 1)],
            all.Weeks.Select(w => (w.From, w.Completed)));
        Assert.Equal(all.Rows.Sum(r => r.Completed), all.Weeks.Sum(w => w.Completed));
        var design = await queries.DepartmentsAsync(November, new ReportFilter(DepartmentId: data.DesignDepartment));
        var row = Assert.Single(design.Rows);
        Assert.Equal((data.DesignDepartment, 4, 1), (row.Id, row.Completed, row.CompletedPrior));
        Assert.Equal([1, 2, 0, 0, 1], design.Weeks.Select(w => w.Completed)); // the milling stage of 4 November is not the design room's
        Assert.Equal(53, (await queries.DepartmentsAsync(ReportPeriod.Of(PeriodKind.Year, November.From))).Weeks.Count);
    }

    [Fact]
    public async Task Staff_for_one_department_or_one_technician()
    {
        var (queries, data, scope) = await ManagerAsync();
        await using var _ = scope;
        var design = await queries.StaffAsync(November, new ReportFilter(DepartmentId: data.DesignDepartment));
        Assert.Equal(new[] { data.TechnicianOne, data.TechnicianTwo }.Order(), design.Rows.Select(r => r.UserId).Order());
        var two = await queries.StaffAsync(November, new ReportFilter(TechnicianId: data.TechnicianTwo));
        var row = Assert.Single(two.Rows);
        Assert.Equal((data.TechnicianTwo, 2, 0, 2), (row.UserId, row.StagesCompleted, row.StagesCompletedPrior, row.OnTime));
        var milling = (await queries.DepartmentsAsync(November)).Rows.Single(r => r.Stage == WorkflowStageName.Milling).Id;
        Assert.Empty((await queries.StaffAsync(November, new ReportFilter(DepartmentId: milling))).Rows); // nobody works in the milling room
    }

    [Fact]
    public async Task Remakes_for_one_practice_procedure_or_technician_with_the_cases_behind_the_figures()
    {
        var (queries, data, scope) = await ManagerAsync();
        await using var _ = scope;
        var alpha = await queries.RemakesAsync(November, new ReportFilter(DentistId: data.DentistOne));
        Assert.Equal((3, 1, 1, 0), (alpha.Current.Cases, alpha.Current.Remakes, alpha.Current.LabPays, alpha.Current.DentistPays)); // C1, C2, R1
        Assert.Equal((0, 0), (alpha.Prior.Cases, alpha.Prior.Remakes));
        Assert.Equal(["Alpha Dental"], alpha.ByDentist.Select(r => r.Label));
        var design = alpha.Stages.Single(s => s.Stage == WorkflowStageName.Design);
        Assert.Equal((2, 2, 0), (design.Completed, design.OnTime, design.SentBack)); // C1 and C2's designs
        Assert.Equal(0, alpha.Qc.Checks); // the failed QC was of Beta's C4

        var bridges = await queries.RemakesAsync(November, new ReportFilter(Procedure: ProcedureType.Bridge));
        Assert.Equal((2, 1, 1), (bridges.Current.Cases, bridges.Current.Remakes, bridges.Current.DentistPays)); // C4 and R2

        // Tess One's cases: those she completed a stage of (C1, C4) and the remakes of those (R1 of C1, R2 of C3).
        var tess = await queries.RemakesAsync(November, new ReportFilter(TechnicianId: data.TechnicianOne));
        Assert.Equal((4, 2, 50m, 1, 1), (tess.Current.Cases, tess.Current.Remakes, tess.Current.Rate!.Value, tess.Current.LabPays, tess.Current.DentistPays));
        Assert.Equal((2, 1), (tess.Prior.Cases, tess.Prior.Remakes)); // C3 and R3 in October
        var only = Assert.Single(tess.ByTechnician);
        Assert.Equal((data.TechnicianOne.ToString(), 2, 2), (only.Key, only.Cases, only.Remakes));
        Assert.Equal([(WorkflowStageName.Design, 2, 2, 1), (WorkflowStageName.Milling, 1, 0, 0)],
            tess.Stages.Select(s => (s.Stage, s.Completed, s.OnTime, s.SentBack)));
        Assert.Equal((1, 1), (tess.Qc.Checks, tess.Qc.Failed));

        var behind = await queries.RemakeCasesAsync(November, RemakeDimension.Dentist, data.DentistTwo.ToString(), new ReportFilter(TechnicianId: data.TechnicianOne));
        Assert.Equal(data.RemakeTwo, Assert.Single(behind).CaseNumber);
        Assert.Empty(await queries.RemakeCasesAsync(November, RemakeDimension.Dentist, data.DentistTwo.ToString(), new ReportFilter(TechnicianId: data.TechnicianTwo)));
    }

    [Fact]
    public void Filters_and_sorts_travel_in_the_address_and_the_csv_takes_the_tables_order()
    {
        var dentist = Guid.NewGuid();
        var filter = ReportFilter.Parse(dentist.ToString(), "partial_denture", "not-a-guid", null);
        Assert.Equal(new ReportFilter(DentistId: dentist, Procedure: ProcedureType.PartialDenture), filter);
        Assert.Equal($"&dentist={dentist}&procedure=partial_denture", filter.Query);
        Assert.Equal(new ReportFilter(DentistId: dentist), filter.For(ReportQueries.RevenueFilters));
        Assert.Equal("", ReportFilter.None.Query);

        var sort = new TableSort();
        sort.Set("Invoiced", MudBlazor.SortDirection.Descending);
        Assert.Equal("&sort=Invoiced&dir=desc", sort.Query);
        sort.Set("Paid", MudBlazor.SortDirection.None); // another column went back to unsorted: this one stays
        Assert.Equal("&sort=Invoiced&dir=desc", sort.Query);
        sort.Set("Invoiced", MudBlazor.SortDirection.None);
        Assert.Equal("", sort.Query);

        RevenueByDentist Row(string practice, decimal invoiced) => new(null, practice, 1, invoiced, 0m, 0m, null, 0);
        var rows = new[] { Row("C", 10m), Row("A", 20m), Row("B", 10m) };
        Assert.Equal(["C", "B", "A"], ReportSort.Apply(rows, ReportSort.RevenueDentists, "Invoiced", "asc").Select(r => r.Practice)); // stable, as MudTable
        Assert.Equal(["A", "C", "B"], ReportSort.Apply(rows, ReportSort.RevenueDentists, "Invoiced", "desc").Select(r => r.Practice));
        Assert.Equal(["C", "A", "B"], ReportSort.Apply(rows, ReportSort.RevenueDentists, "Nonsense", "desc").Select(r => r.Practice));
    }
}
