using DentalLab.Web.Features.Reports;
using DentalLab.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DentalLab.Web.Tests.Features.Reports;

/// <summary>The views are refreshed concurrently (reports keep reading), by one instance at a time, and each page knows when.</summary>
[Collection(LabCollection.Name)]
public sealed class ReportRefreshTests(LabServerFixture server)
{
    [Fact]
    public async Task Reports_read_without_blocking_or_error_while_the_views_refresh_and_the_refresh_time_moves_on()
    {
        var (app, data) = await ReportsLab.KnownAsync(server);
        await using var scope = app.ScopeAs(data.ManagerId);
        var queries = scope.ServiceProvider.GetRequiredService<ReportQueries>();
        var before = (await queries.ContextAsync(ReportsTestData.November)).RefreshedAt;
        Assert.NotNull(before);

        // Several refreshes and report reads at once: every read answers with the same figures.
        var refreshes = Enumerable.Range(0, 3).Select(_ => ReportsLab.RefreshAsync(app)).ToList();
        var reads = Enumerable.Range(0, 6).Select(async _ =>
        {
            await using var s = app.ScopeAs(data.ManagerId);
            var q = s.ServiceProvider.GetRequiredService<ReportQueries>();
            return ((await q.RevenueAsync(ReportsTestData.November)).Current.Invoiced, (await q.DepartmentsAsync(ReportsTestData.November)).Rows.Sum(r => r.WorkInProgress),
                (await q.CompletionAsync(ReportsTestData.November)).Current.Completed, (await q.RemakesAsync(ReportsTestData.November)).Current.Remakes,
                (await q.StaffAsync(ReportsTestData.November)).Rows.Sum(r => r.StagesCompleted));
        }).ToList();
        await Task.WhenAll(refreshes);
        Assert.All(await Task.WhenAll(reads), r => Assert.Equal((350m, 1, 3, 2, 5), r));

        var after = (await queries.ContextAsync(ReportsTestData.November)).RefreshedAt;
        Assert.True(after > before, $"refreshed at {after} after {before}");
    }

    [Fact]
    public async Task Two_instances_do_not_refresh_at_the_same_time_and_refresh_now_needs_reports_export()
    {
        var (app, data) = await ReportsLab.KnownAsync(server);
        var scheduler = app.Services.GetRequiredService<JobScheduler>();
        Assert.Contains(RefreshReportViewsJob.Name, scheduler.JobNames);
        var other = new JobScheduler(app.Services.GetServices<JobRegistration>(), app.Services.GetRequiredService<IServiceScopeFactory>(),
            app.Services.GetRequiredService<NpgsqlDataSource>(), app.Services.GetRequiredService<IConfiguration>(),
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<JobScheduler>());

        // While a refresh holds the job (its instance is inside REFRESH), the other instance's "run now" does not start a second one.
        await using var blocker = await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var tx = await blocker.BeginTransactionAsync();
        await using (var lockView = new NpgsqlCommand("LOCK TABLE report_view_refreshes IN EXCLUSIVE MODE", blocker, tx))
        {
            // The run records each view's refresh in report_view_refreshes: that write waits for this lock (reads do not).
            // (A lock on a table the views read would not hold it: reading needs only ACCESS SHARE, which EXCLUSIVE allows.)
            await lockView.ExecuteNonQueryAsync();
        }

        // (The app's own poll may have claimed the due job a moment earlier: then that run is the one holding it.)
        var first = scheduler.RunNowAsync(RefreshReportViewsJob.Name);
        await WaitUntilAsync(async () => (await scheduler.StatusAsync()).Single(s => s.Name == RefreshReportViewsJob.Name).LockedBy == scheduler.InstanceId);
        Assert.False(await other.RunNowAsync(RefreshReportViewsJob.Name));
        Assert.False(first.IsCompleted); // still waiting for the view
        await tx.RollbackAsync();
        await first;
        await WaitUntilAsync(async () => (await other.StatusAsync()).Single(s => s.Name == RefreshReportViewsJob.Name).LockedBy is null);
        var status = (await other.StatusAsync()).Single(s => s.Name == RefreshReportViewsJob.Name);
        Assert.True(status.LastSucceeded, status.LastError);
        Assert.Null(status.LockedBy);
        Assert.True(status.NextRunAt > DateTimeOffset.UtcNow.AddMinutes(10)); // the default interval: 15 minutes

        // "Refresh now" is for holders of reports.export.
        await using var manager = app.ScopeAs(data.ManagerId);
        Assert.True(await manager.ServiceProvider.GetRequiredService<ReportRefresher>().RefreshNowAsync());
        await using var technician = app.ScopeAs(data.TechnicianOne);
        await Assert.ThrowsAsync<DentalLab.Web.Infrastructure.Auth.ForbiddenException>(() => technician.ServiceProvider.GetRequiredService<ReportRefresher>().RefreshNowAsync());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "The condition was not met in 60 s.");
            await Task.Delay(50);
        }
    }
}
