using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Reports;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using static DentalLab.Web.Tests.Features.Reports.ReportsTestData;

namespace DentalLab.Web.Tests.Features.Reports;

/// <summary>
/// The reports' day and month views are a history part (before the first day of the previous lab month) and a recent
/// part: a run refreshes the recent part, the history is recounted when the boundary moves, the zone changes, and
/// nightly, and the figures of a month are the same whichever part holds it. The remakes report's technician table
/// counts a case in the month of the technician's first stage of it, so months add up, from the view and the tables
/// alike. Lab time is UTC here; H is the last month of the history, M the first of the recent part (the previous
/// month), relative to today.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class ReportPartsTests(LabServerFixture server)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Lab? _built;

    private sealed record Lab(LabApp App, Guid Manager, Guid Tia, Guid Uli, Guid Vic, Guid Dentist, DateOnly Boundary);

    private static DateOnly Boundary => new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1).AddMonths(-1);

    private static DateOnly H => Boundary.AddMonths(-1);

    private static DateOnly M => Boundary;

    private static DateTimeOffset On(DateOnly month, int day, int hour = 15) => new(month.Year, month.Month, day, hour, 0, 0, TimeSpan.Zero);

    private static ReportPeriod Month(DateOnly month) => ReportPeriod.Of(PeriodKind.Month, month);

    private static ReportPeriod Days(DateOnly from, DateOnly to) => new(PeriodKind.Custom, from, to);

    [Fact]
    public async Task A_technicians_case_counts_once_in_the_month_of_their_first_stage_and_the_view_and_the_tables_agree()
    {
        var lab = await LabAsync();
        await using var scope = lab.App.ScopeAs(lab.Manager);
        var queries = scope.ServiceProvider.GetRequiredService<ReportQueries>();
        async Task<(string, int, int, int)[]> Technicians(ReportPeriod period, ReportFilter? filter = null) =>
            [.. (await queries.RemakesAsync(period, filter ?? ReportFilter.None)).ByTechnician.Where(r => r.Key != lab.Vic.ToString()) // Vic: the other test's
                .Select(r => (r.Label, r.Cases, r.Remakes, r.LabPays))];

        // H (history part): Tia designed X. M (recent part): Tia milled X (not her first stage of it) and designed Y; Uli
        // sintered X; Z, the remake of X received in M, counts against both of them.
        Assert.Equal([("Tia Parts", 1, 0, 0)], await Technicians(Month(H)));
        Assert.Equal([("Tia Parts", 1, 1, 1), ("Uli Parts", 1, 1, 1)], await Technicians(Month(M)));
        var bothMonths = Days(H, M.AddMonths(1).AddDays(-1)); // whole months: the view
        Assert.Equal([("Tia Parts", 2, 1, 1), ("Uli Parts", 1, 1, 1)], await Technicians(bothMonths));

        // Periods that cut a month and one practice read the tables by the same rule.
        Assert.Equal([("Tia Parts", 2, 1, 1), ("Uli Parts", 1, 1, 1)], await Technicians(Days(H.AddDays(14), M.AddMonths(1).AddDays(-1))));
        Assert.Equal([("Uli Parts", 1, 0, 0)], await Technicians(Days(M, M.AddDays(8))));
        Assert.Equal(await Technicians(Month(M)), await Technicians(Month(M), new ReportFilter(DentistId: lab.Dentist)));
        // The procedure filter is a column of the view: Y is the bridge, Z a crown.
        Assert.Equal([("Tia Parts", 1, 0, 0)], await Technicians(Month(M), new ReportFilter(Procedure: ProcedureType.Bridge)));
        Assert.Equal([("Tia Parts", 1, 0, 0)], await Technicians(Days(M, M.AddDays(27)), new ReportFilter(Procedure: ProcedureType.Bridge)));

        // The drill-down of a technician's figure: the remake of the case they worked on.
        var behind = await queries.RemakeCasesAsync(Month(M), RemakeDimension.Technician, lab.Uli.ToString());
        Assert.Equal("Crown", Assert.Single(behind).Procedure.ToString());
    }

    [Fact]
    public async Task A_run_refreshes_the_recent_part_and_the_history_when_the_boundary_moves_the_zone_changes_and_each_night()
    {
        var lab = await LabAsync();
        await using var scope = lab.App.ScopeAs(lab.Manager);
        var queries = scope.ServiceProvider.GetRequiredService<ReportQueries>();
        var job = scope.ServiceProvider.GetRequiredService<RefreshReportViewsJob>();
        async Task<int> Vic(DateOnly month) =>
            (await queries.StaffAsync(Month(month), new ReportFilter(TechnicianId: lab.Vic))).Rows.SingleOrDefault()?.StagesCompleted ?? 0;
        var (historyBefore, recentBefore) = (await Vic(H), await Vic(M));
        Assert.Equal(lab.Boundary, (await queries.ContextAsync(Month(M))).HistoryBefore);

        // Vic completes a stage dated in each part: a run shows the recent one; the history waits for its recount.
        await using (var db = lab.App.Db())
        {
            var v = Case(db, await db.DentistProfiles.SingleAsync(d => d.Id == lab.Dentist), ProcedureType.Crown, On(H, 24), H.AddDays(27), null);
            await db.SaveChangesAsync();
            Stage(db, v, WorkflowStageName.Design, 1, lab.Vic, On(H, 25, 9), On(H, 25), 8m);
            Stage(db, v, WorkflowStageName.Milling, 1, lab.Vic, On(M, 25, 9), On(M, 25), 8m);
            await db.SaveChangesAsync();
        }

        Assert.False(await job.RefreshAsync(history: null));
        Assert.Equal((historyBefore, recentBefore + 1), (await Vic(H), await Vic(M)));
        Assert.True(await job.RefreshAsync(history: true));
        Assert.Equal((historyBefore + 1, recentBefore + 1), (await Vic(H), await Vic(M)));

        // A boundary left behind (the month turned since the last run) moves, and no month is lost or counted twice.
        await ExecuteAsync(lab, $"UPDATE report_view_boundary SET recent_from = '{lab.Boundary.AddMonths(-3):yyyy-MM-dd}'");
        Assert.True(await job.RefreshAsync(history: null));
        Assert.Equal(lab.Boundary, (await queries.ContextAsync(Month(M))).HistoryBefore);
        Assert.Equal((historyBefore + 1, recentBefore + 1), (await Vic(H), await Vic(M)));
        Assert.False(await job.RefreshAsync(history: null));

        // A new time zone recounts the history at the next run (its days and months are the zone's).
        await SetZoneAsync(lab, "Europe/Warsaw");
        Assert.True(await job.RefreshAsync(history: null));
        await SetZoneAsync(lab, "UTC");
        Assert.True(await job.RefreshAsync(history: null));

        // Once a night: the first run after 02:00 lab time on a later day than the last recount.
        await ExecuteAsync(lab, "UPDATE report_view_boundary SET history_refreshed_at = history_refreshed_at - interval '1 day'");
        Assert.Equal(DateTime.UtcNow.Hour >= 2, await job.RefreshAsync(history: null));
        await job.RefreshAsync(history: true);
        Assert.False(await job.RefreshAsync(history: null));
        Assert.Equal((historyBefore + 1, recentBefore + 1), (await Vic(H), await Vic(M)));
    }

    private static async Task SetZoneAsync(Lab lab, string zone)
    {
        await using var db = lab.App.Db();
        await db.Settings.Where(s => s.Key == SettingKeys.TimeZone).ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, $"\"{zone}\""));
        lab.App.Services.GetRequiredService<LabSettings>().Invalidate();
    }

    private static async Task ExecuteAsync(Lab lab, string sql)
    {
        await using var db = lab.App.Db();
#pragma warning disable EF1002 // constant SQL of this test
        await db.Database.ExecuteSqlRawAsync(sql);
#pragma warning restore EF1002
    }

    private async Task<Lab> LabAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _built ??= await BuildAsync(await server.SharedAppAsync("reports-parts", demo: false));
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<Lab> BuildAsync(LabApp app)
    {
        await SetZoneAsync(new Lab(app, default, default, default, default, default, default), "UTC");
        await using var db = app.Db();
        var manager = User(db, "parts.manager@lab.test", "Pat Manager", UserRole.Manager);
        var tia = User(db, "parts.tia@lab.test", "Tia Parts", UserRole.Technician);
        var uli = User(db, "parts.uli@lab.test", "Uli Parts", UserRole.Technician);
        var vic = User(db, "parts.vic@lab.test", "Vic Parts", UserRole.Technician);
        var room = new Department { Name = "Parts room", Code = "PRT", Stage = WorkflowStageName.Design };
        db.Add(room);
        db.Add(new StaffProfile { UserId = tia, Department = room, EmployeeNumber = "P-1", JobTitle = "Designer", HiredOn = new DateOnly(2020, 1, 1) });
        db.Add(new StaffProfile { UserId = uli, Department = room, EmployeeNumber = "P-2", JobTitle = "Sintering", HiredOn = new DateOnly(2020, 1, 1) });
        db.Add(new StaffProfile { UserId = vic, Department = room, EmployeeNumber = "P-3", JobTitle = "Designer", HiredOn = new DateOnly(2020, 1, 1) });
        var dentist = Dentist(db, "Parts Dental");
        await db.SaveChangesAsync();

        var x = Case(db, dentist, ProcedureType.Crown, On(H, 5), M.AddDays(9), null);
        var y = Case(db, dentist, ProcedureType.Bridge, On(M, 2), M.AddDays(14), null);
        Case(db, dentist, ProcedureType.Crown, On(M, 15), M.AddDays(22), null, x, "Contact", RemakePayer.Lab); // Z
        await db.SaveChangesAsync();
        Stage(db, x, WorkflowStageName.Design, 1, tia, On(H, 20, 9), On(H, 20), 4m);
        Stage(db, x, WorkflowStageName.Milling, 1, tia, On(M, 3, 9), On(M, 3), 4m);
        Stage(db, x, WorkflowStageName.Sintering, 1, uli, On(M, 4, 9), On(M, 4), 8m);
        Stage(db, y, WorkflowStageName.Design, 1, tia, On(M, 10, 9), On(M, 10), 4m);
        await db.SaveChangesAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<RefreshReportViewsJob>().RefreshAsync(history: true));
        }

        return new Lab(app, manager, tia, uli, vic, dentist.Id, Boundary);
    }
}
