using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Reports;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using static DentalLab.Web.Tests.Features.Reports.ReportsTestData;

namespace DentalLab.Web.Tests.Features.Reports;

/// <summary>
/// The reports' day and month views (report_completion_months, report_remake_months, report_stage_days,
/// report_staff_days) give the figures the tables give. A month is read from the views; custom periods that cut the
/// month (1–29 and 30 November) are read from the tables, and together they are the month. Lab time is New York with
/// Thanksgiving (26 November 2026) as a holiday; several rows sit at 23:30 on 30 November lab time (04:30 UTC on 1 December).
/// </summary>
[Collection(LabCollection.Name)]
public sealed class ReportViewsTests(LabServerFixture server)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Lab? _built;

    private static readonly ReportPeriod FirstToTwentyNinth = new(PeriodKind.Custom, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 29));
    private static readonly ReportPeriod Thirtieth = new(PeriodKind.Custom, new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 30));
    private static readonly ReportPeriod December = ReportPeriod.Of(PeriodKind.Month, new DateOnly(2026, 12, 1));

    private sealed record Lab(LabApp App, Guid Manager, Guid Technician, Guid DentistA, Guid DentistB, Guid Design, string Remake);

    [Fact]
    public async Task Completion_of_a_month_from_the_view_equals_the_tables_and_counts_business_days_across_a_weekend_and_a_holiday()
    {
        var (queries, _, scope) = await ManagerAsync();
        await using var _s = scope;
        var month = await queries.CompletionAsync(November);
        // K2 (3 business days, on time) and K1, delivered 23:30 on 30 November in New York: Mon 23, Tue 24, Wed 25,
        // (Thanksgiving), Fri 27, (weekend), Mon 30 = 5 business days, late. K3 (00:30 on 1 December) is December's.
        Assert.Equal(new CompletionRow("", "Total", 2, 1, 50m, 4m), month.Current);
        Assert.Equal(new CompletionRow("Crown", "Crown", 1, 0, 0m, 5m), month.Procedures.Single(p => p.Key == "Crown"));

        var first = (await queries.CompletionAsync(FirstToTwentyNinth)).Current;
        var last = (await queries.CompletionAsync(Thirtieth)).Current;
        Assert.Equal((1, 1, 3m), (first.Completed, first.OnTime, first.AvgBusinessDays!.Value)); // K2, from cases
        Assert.Equal((1, 0, 5m), (last.Completed, last.OnTime, last.AvgBusinessDays!.Value)); // K1, from cases
        Assert.Equal((month.Current.Completed, month.Current.OnTime), (first.Completed + last.Completed, first.OnTime + last.OnTime));

        // The table path counts the holiday too (a custom period around it), and the month filters fit the view.
        var crowns = new ReportFilter(Procedure: ProcedureType.Crown);
        Assert.Equal(5m, (await queries.CompletionAsync(new ReportPeriod(PeriodKind.Custom, new(2026, 11, 20), new(2026, 11, 30)), crowns)).Current.AvgBusinessDays);
        Assert.Equal(new CompletionRow("", "Total", 1, 0, 0m, 5m), (await queries.CompletionAsync(November, crowns)).Current);
        Assert.Equal(new CompletionRow("", "Total", 1, 0, 0m, 5m), (await queries.CompletionAsync(November, new ReportFilter(DentistId: (await LabAsync()).DentistA))).Current);
        Assert.Equal(new CompletionRow("", "Total", 1, 1, 100m, 1m), (await queries.CompletionAsync(December)).Current); // K3: Mon 30 Nov to Tue 1 Dec
    }

    [Fact]
    public async Task Remakes_of_a_month_from_the_view_equal_the_tables_and_the_cases_behind_the_figure()
    {
        var (queries, lab, scope) = await ManagerAsync();
        await using var _s = scope;
        var month = await queries.RemakesAsync(November);
        // Received in November (New York): K1, K2, K3 (09:00 on the 30th) and R, the remake of K2 received 23:30 on the 30th.
        Assert.Equal((4, 1, 1), (month.Current.Cases, month.Current.Remakes, month.Current.LabPays));
        var first = (await queries.RemakesAsync(FirstToTwentyNinth)).Current;
        var last = (await queries.RemakesAsync(Thirtieth)).Current;
        Assert.Equal(((2, 0), (2, 1)), ((first.Cases, first.Remakes), (last.Cases, last.Remakes)));
        Assert.Equal([("Delta Smiles", 3, 1), ("Gamma Dental", 1, 0)], month.ByDentist.Select(r => (r.Label, r.Cases, r.Remakes)));
        Assert.Equal([("Shade", 1)], month.ByReason.Select(r => (r.Label, r.Remakes)));
        Assert.Equal([("Zirconia", 4, 1)], month.ByMaterial.Select(r => (r.Label, r.Cases, r.Remakes)));
        var stage = month.Stages.Single(s => s.Stage == WorkflowStageName.Design); // from report_stage_days
        Assert.Equal((3, 2, 1), (stage.Completed, stage.OnTime, stage.SentBack));

        // The cases behind the figure: the same remake in the month and on the 30th; the practice filter fits the view.
        Assert.Equal(lab.Remake, Assert.Single(await queries.RemakeCasesAsync(November, RemakeDimension.Reason, "Shade")).CaseNumber);
        Assert.Equal(lab.Remake, Assert.Single(await queries.RemakeCasesAsync(Thirtieth, RemakeDimension.Dentist, lab.DentistB.ToString())).CaseNumber);
        var delta = await queries.RemakesAsync(November, new ReportFilter(DentistId: lab.DentistB));
        Assert.Equal((3, 1), (delta.Current.Cases, delta.Current.Remakes));
        // A technician filter is answered from the tables: his cases are K1, K2 and K3 (he designed them) and R, the remake of K2.
        var technician = await queries.RemakesAsync(November, new ReportFilter(TechnicianId: lab.Technician));
        Assert.Equal((4, 1), (technician.Current.Cases, technician.Current.Remakes));
    }

    [Fact]
    public async Task Stages_and_staff_are_counted_on_the_lab_day_they_were_completed_for_any_period()
    {
        var (queries, lab, scope) = await ManagerAsync();
        await using var _s = scope;
        // The design of K1 was completed 23:30 on 30 November in New York (8.5 hours against 10 expected): November's,
        // with K2's two designs (2 hours of 2, sent back; 2 h 40 of 2); K3's at 00:30 on 1 December is December's.
        var design = (await queries.DepartmentsAsync(November)).Rows.Single(r => r.Id == lab.Design);
        Assert.Equal((3, 0, 4.39m, 4.67m), (design.Completed, design.CompletedPrior, design.AvgHours!.Value, design.ExpectedHours!.Value));
        Assert.Equal([2, 0, 0, 0, 1], (await queries.DepartmentsAsync(November)).Weeks.Select(w => w.Completed));
        Assert.Equal(1, (await queries.DepartmentsAsync(Thirtieth)).Rows.Single(r => r.Id == lab.Design).Completed);
        var december = (await queries.DepartmentsAsync(December)).Rows.Single(r => r.Id == lab.Design);
        Assert.Equal((1, 3), (december.Completed, december.CompletedPrior));

        var staff = Assert.Single((await queries.StaffAsync(Thirtieth)).Rows);
        Assert.Equal((lab.Technician, 1, 0, 1, 0), (staff.UserId, staff.StagesCompleted, staff.StagesCompletedPrior, staff.OnTime, staff.QcFailures));
        var month = Assert.Single((await queries.StaffAsync(November, new ReportFilter(TechnicianId: lab.Technician))).Rows);
        Assert.Equal((3, 2, 0, 1), (month.StagesCompleted, month.OnTime, month.StagesCompletedPrior, month.QcFailures));
        var staffDecember = Assert.Single((await queries.StaffAsync(December)).Rows);
        Assert.Equal((1, 3), (staffDecember.StagesCompleted, staffDecember.StagesCompletedPrior));
    }

    private async Task<(ReportQueries Queries, Lab Lab, AsyncServiceScope Scope)> ManagerAsync()
    {
        var lab = await LabAsync();
        var scope = lab.App.ScopeAs(lab.Manager);
        return (scope.ServiceProvider.GetRequiredService<ReportQueries>(), lab, scope);
    }

    private async Task<Lab> LabAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _built ??= await BuildAsync(await server.SharedAppAsync("reports-views", demo: false));
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<Lab> BuildAsync(LabApp app)
    {
        await using var db = app.Db();
        await db.Settings.Where(s => s.Key == SettingKeys.TimeZone).ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, "\"America/New_York\""));
        await db.Settings.Where(s => s.Key == SettingKeys.Holidays).ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, "[\"2026-11-26\"]"));
        app.Services.GetRequiredService<LabSettings>().Invalidate();

        var manager = User(db, "views.manager@lab.test", "Vic Manager", UserRole.Manager);
        var technician = User(db, "views.tech@lab.test", "Ted Tech", UserRole.Technician);
        var room = new Department { Name = "Design room", Code = "VDS", Stage = WorkflowStageName.Design };
        db.Add(room);
        db.Add(new StaffProfile { UserId = technician, Department = room, EmployeeNumber = "V-1", JobTitle = "Designer", HiredOn = new DateOnly(2020, 1, 1) });
        var a = Dentist(db, "Gamma Dental");
        var b = Dentist(db, "Delta Smiles");
        await db.SaveChangesAsync();

        var k1 = Case(db, a, ProcedureType.Crown, At(11, 20, 14), new DateOnly(2026, 11, 25), At(12, 1, 4, 30));
        var k2 = Case(db, b, ProcedureType.Bridge, At(11, 2, 15), new DateOnly(2026, 11, 6), At(11, 5, 20));
        var k3 = Case(db, b, ProcedureType.Crown, At(11, 30, 14), new DateOnly(2026, 12, 2), At(12, 1, 5, 30));
        var remake = Case(db, b, ProcedureType.Bridge, At(12, 1, 4, 30), new DateOnly(2026, 12, 8), null, k2, "Shade", RemakePayer.Lab);
        await db.SaveChangesAsync();
        Stage(db, k1, WorkflowStageName.Design, 1, technician, At(11, 30, 20), At(12, 1, 4, 30), 10m);
        Stage(db, k2, WorkflowStageName.Design, 1, technician, At(11, 3, 14), At(11, 3, 16), 2m);
        Stage(db, k3, WorkflowStageName.Design, 1, technician, At(12, 1, 5), At(12, 1, 5, 30), 1m);
        Stage(db, k2, WorkflowStageName.Design, 2, technician, At(11, 4, 14), At(11, 4, 16, 40), 2m);
        await db.SaveChangesAsync();
        await ReportsLab.RefreshAsync(app);
        var number = (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == remake.Id)).CaseNumber;
        return new Lab(app, manager, technician, a.Id, b.Id, room.Id, number);
    }
}
