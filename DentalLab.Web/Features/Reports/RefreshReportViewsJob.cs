using System.Diagnostics;
using DentalLab.Data.Schema;
using DentalLab.Web.Infrastructure.Jobs;
using DentalLab.Web.Infrastructure.Live;
using Npgsql;

namespace DentalLab.Web.Features.Reports;

/// <summary>
/// Refreshes the five materialized views with REFRESH MATERIALIZED VIEW CONCURRENTLY (readers are never blocked: each
/// view has the unique index that needs), records when each was refreshed, and tells open report pages. Safe with
/// several instances: the scheduler claims the job in scheduled_jobs, so one instance refreshes at a time; "Refresh
/// now" goes through the same claim (<see cref="JobScheduler.RunNowAsync"/>).
/// </summary>
public sealed class RefreshReportViewsJob(NpgsqlDataSource dataSource, LiveEventBus bus) : IRecurringJob
{
    public const string Name = ReportQueries.RefreshJobName;

    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var view in MigrationSql.ViewNames)
        {
            var watch = Stopwatch.StartNew();
            // The view names are constants of the migrations, not input.
            await using (var refresh = dataSource.CreateCommand("REFRESH MATERIALIZED VIEW CONCURRENTLY " + view))
            {
                refresh.CommandTimeout = 600;
                await refresh.ExecuteNonQueryAsync(ct);
            }

            await using var record = dataSource.CreateCommand(ReportsSql.RecordRefresh);
            record.Parameters.AddWithValue(view);
            record.Parameters.AddWithValue((int)Math.Min(int.MaxValue, watch.ElapsedMilliseconds));
            await record.ExecuteNonQueryAsync(ct);
        }

        await bus.PublishAsync(new LiveEvent(LiveEvent.Reports, LiveKinds.ReportsRefreshed), ct);
    }
}
