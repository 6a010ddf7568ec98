using System.Diagnostics;
using DentalLab.Data.Schema;
using DentalLab.Web.Infrastructure.Jobs;
using DentalLab.Web.Infrastructure.Live;
using Npgsql;

namespace DentalLab.Web.Features.Reports;

/// <summary>
/// Refreshes the materialized views with REFRESH MATERIALIZED VIEW CONCURRENTLY (readers are never blocked: each view
/// has the unique index that needs), records when each was refreshed, and tells open report pages. A run refreshes the
/// views of every run (<see cref="MigrationSql.RecentViewNames"/>) in one transaction (readers see the old rows until it
/// commits); it also refreshes the history parts, in that transaction with the boundary moved, when the boundary
/// should move to the first day of the previous lab month, when the lab's time zone changed, when the history was never
/// refreshed, and once a night (the first run after 02:00 lab time). Safe with several instances: the scheduler claims
/// the job in scheduled_jobs, so one instance refreshes at a time; "Refresh now" goes through the same claim
/// (<see cref="JobScheduler.RunNowAsync"/>).
/// </summary>
public sealed class RefreshReportViewsJob(NpgsqlDataSource dataSource, LiveEventBus bus) : IRecurringJob
{
    public const string Name = ReportQueries.RefreshJobName;

    /// <summary>The lab hour from which a run also recounts the history, once a night.</summary>
    private const int NightlyFromHour = 2;

    public Task RunAsync(CancellationToken ct) => RefreshAsync(history: null, ct: ct);

    /// <summary>
    /// Refreshes the views; <paramref name="history"/> true also the history parts, false never them, null when due (see
    /// the class). Reports each view's time to <paramref name="refreshed"/> and returns whether the history was refreshed.
    /// </summary>
    public async Task<bool> RefreshAsync(bool? history, Action<string, TimeSpan>? refreshed = null, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var state = await ReadStateAsync(connection, ct);
        var withHistory = history ?? state.HistoryDue;
        await using (var tx = await connection.BeginTransactionAsync(ct))
        {
            // The refreshes' plans are costed at millions of rows, and compiling them (JIT) took longer than it saved.
            await using (var noJit = new NpgsqlCommand("SET LOCAL jit = off", connection, tx))
            {
                await noJit.ExecuteNonQueryAsync(ct);
            }

            if (withHistory)
            {
                await using var move = new NpgsqlCommand(ReportsSql.MoveBoundary, connection, tx);
                move.Parameters.AddWithValue(state.WantedFrom);
                move.Parameters.AddWithValue(state.LabZone);
                await move.ExecuteNonQueryAsync(ct);
            }

            await RefreshAllAsync(connection, tx, withHistory ? MigrationSql.ViewNames : MigrationSql.RecentViewNames, refreshed, ct);
            await tx.CommitAsync(ct);
        }

        await bus.PublishAsync(new LiveEvent(LiveEvent.Reports, LiveKinds.ReportsRefreshed), ct);
        return withHistory;
    }

    private static async Task RefreshAllAsync(NpgsqlConnection connection, NpgsqlTransaction tx, IEnumerable<string> views,
        Action<string, TimeSpan>? refreshed, CancellationToken ct)
    {
        foreach (var view in views)
        {
            var watch = Stopwatch.StartNew();
            // The view names are constants of the migrations, not input.
            await using (var refresh = new NpgsqlCommand("REFRESH MATERIALIZED VIEW CONCURRENTLY " + view, connection, tx))
            {
                refresh.CommandTimeout = 600;
                await refresh.ExecuteNonQueryAsync(ct);
            }

            var elapsed = watch.Elapsed;
            await using var record = new NpgsqlCommand(ReportsSql.RecordRefresh, connection, tx);
            record.Parameters.AddWithValue(view);
            record.Parameters.AddWithValue((int)Math.Min(int.MaxValue, elapsed.TotalMilliseconds));
            await record.ExecuteNonQueryAsync(ct);
            refreshed?.Invoke(view, elapsed);
        }
    }

    private static async Task<BoundaryState> ReadStateAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var read = new NpgsqlCommand(ReportsSql.BoundaryState, connection);
        await using var r = await read.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return new BoundaryState(r.GetFieldValue<DateOnly>(0), r.GetString(1), r.GetString(3), r.GetFieldValue<DateOnly>(4), r.GetDateTime(5), r.IsDBNull(6) ? null : r.GetDateTime(6));
    }

    private sealed record BoundaryState(DateOnly RecentFrom, string Zone, string LabZone, DateOnly WantedFrom,
        DateTime LabNow, DateTime? HistoryAtLab)
    {
        public bool HistoryDue => RecentFrom != WantedFrom || Zone != LabZone || HistoryAtLab is null
            || (HistoryAtLab.Value.Date < LabNow.Date && LabNow.Hour >= NightlyFromHour);
    }
}
