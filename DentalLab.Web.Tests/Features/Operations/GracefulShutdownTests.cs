using System.Diagnostics;
using DentalLab.Data.Entities;
using DentalLab.Data.LocalPostgres;
using DentalLab.Web.Features.Workflow;
using DentalLab.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;
using Npgsql;
using Xunit.Abstractions;

namespace DentalLab.Web.Tests.Features.Operations;

/// <summary>
/// Stopping the app (what SIGTERM does: the host's StopApplication) lets a save in flight commit before the embedded
/// database goes, stops within the shutdown timeout with a page open, and leaves no job claimed: the next instance runs it.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class GracefulShutdownTests(LabServerFixture server, ITestOutputHelper output)
{
    private const string Manager = "manager@dentallab.test";

    [Fact]
    public async Task A_save_held_on_a_row_lock_when_the_app_stops_commits_before_the_embedded_database_stops()
    {
        var dataDir = Path.Combine(server.WorkFolder, "shutdown-pg-" + Guid.NewGuid().ToString("N")[..8]);
        var timeout = TimeSpan.FromSeconds(20);
        // No connection string: the app starts (and will stop) its own embedded cluster, as `dotnet run` does.
        var app = LabApp.StartOn("", server.WorkFolder, demo: true, new()
        {
            ["Database:EmbeddedPath"] = dataDir,
            ["App:ShutdownTimeoutSeconds"] = timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var caseNumber = "";
        var stageId = Guid.Empty;
        try
        {
            var connectionString = app.Services.GetRequiredService<LocalPostgresCluster>().ConnectionString("dentallab") + ";Pooling=false";
            Guid caseId, managerId;
            await using (var db = LabServerFixture.CreateContext(connectionString))
            {
                managerId = await db.Users.Where(u => u.NormalizedEmail == Manager.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
                // A demo case at work on a stage that one click completes (not quality control, which has its checklist).
                var target = await db.Set<WorkflowStage>()
                    .Where(s => s.Status == WorkflowStatus.InProgress && s.Stage != WorkflowStageName.QualityControl
                        && s.Case!.CurrentStage == s.Stage && s.Case.Status != CaseStatus.Cancelled)
                    .OrderBy(s => s.Case!.CaseNumber).Select(s => new { s.Case!.CaseNumber, s.CaseId, StageId = s.Id }).FirstAsync();
                (caseNumber, caseId, stageId) = (target.CaseNumber, target.CaseId, target.StageId);
            }

            // Someone has the board open: an interactive circuit (a WebSocket) must not hold the stop up until the timeout.
            await using var browser = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
            var board = await browser.NewPageAsync();
            await board.SignInAsync(Manager);
            await board.GotoAsync("/board");
            await board.WaitForInteractiveAsync();
            await Assertions.Expect(board.Locator("[data-case]").First).ToBeVisibleAsync();

            // Someone else holds the case row: the technician's "complete stage" waits on it, in flight.
            await using var holder = new NpgsqlConnection(connectionString);
            await holder.OpenAsync();
            await using var hold = await holder.BeginTransactionAsync();
            await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM cases WHERE id = $1 FOR UPDATE", holder, hold))
            {
                lockRow.Parameters.AddWithValue(caseId);
                await lockRow.ExecuteScalarAsync();
            }

            var save = Task.Run(async () =>
            {
                await using var scope = app.ScopeAs(managerId);
                return await scope.ServiceProvider.GetRequiredService<WorkflowService>().CompleteStageAsync(caseNumber);
            });
            await WaitUntilAsync(async () => await WaitingOnLocksAsync(connectionString) > 0 || save.IsCompleted);
            Assert.False(save.IsCompleted, "The save did not wait on the row lock: " + (save.IsCompleted ? (await save).Message : ""));

            var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
            var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lifetime.ApplicationStopped.Register(() => stopped.TrySetResult());
            var clock = Stopwatch.StartNew();
            lifetime.StopApplication();

            // The web server has stopped; the app waits for the save before it stops the database.
            await WaitUntilAsync(async () => await app.WaitForLogAsync("Stopping: waiting for", "database operations in flight") is not null);
            Assert.False(save.IsCompleted);
            Assert.False(stopped.Task.IsCompleted, "The app stopped with a save in flight.");

            await hold.CommitAsync();
            var result = await save.WaitAsync(timeout);
            Assert.True(result.Succeeded, result.Message);
            await stopped.Task.WaitAsync(timeout);
            var stoppedAfter = clock.Elapsed;
            output.WriteLine($"Stopped {stoppedAfter.TotalMilliseconds:0} ms after StopApplication (timeout {timeout.TotalSeconds:0} s), the held save committed first.");
            Assert.True(stoppedAfter < timeout, $"The app took {stoppedAfter} to stop.");

            // The embedded cluster stopped with the app, after the save.
            await holder.CloseAsync();
            await Assert.ThrowsAnyAsync<Exception>(async () =>
            {
                await using var probe = new NpgsqlConnection(connectionString + ";Timeout=3");
                await probe.OpenAsync();
            });
        }
        finally
        {
            await app.DisposeAsync();
        }

        // Started again from its folder: the stage completion acknowledged during the stop is there.
        await using var again = await LocalPostgresCluster.StartAsync(dataDir, durable: true);
        await using var check = LabServerFixture.CreateContext(again.ConnectionString("dentallab") + ";Pooling=false");
        var stored = await check.Set<WorkflowStage>().Where(s => s.Id == stageId).Select(s => new { s.Status, s.Case!.CaseNumber }).SingleAsync();
        Assert.Equal((WorkflowStatus.Completed, caseNumber), (stored.Status, stored.CaseNumber));
    }

    [Fact]
    public async Task Jobs_running_when_the_app_stops_are_recorded_as_interrupted_and_the_next_instance_runs_them()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var cooperative = "test.shutdown.cooperative." + suffix;
        var stubborn = "test.shutdown.stubborn." + suffix;
        var timeout = TimeSpan.FromSeconds(3);
        var settings = new Dictionary<string, string?>
        {
            ["Jobs:PollSeconds"] = "0.2",
            ["App:ShutdownTimeoutSeconds"] = timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        void Jobs(IServiceCollection services) => services
            .AddRecurringJob<HoldingJob>(cooperative, _ => new JobSchedule(TimeSpan.FromHours(1)))
            .AddRecurringJob<StubbornJob>(stubborn, _ => new JobSchedule(TimeSpan.FromHours(1), RunAtStart: false));

        HoldingJob.Reset(hold: true);
        StubbornJob.Reset();
        var database = await server.CreateDatabaseAsync();
        var first = LabApp.StartOn(database, server.WorkFolder, demo: false, settings, Jobs);
        Task<bool>? stubbornRun = null;
        try
        {
            // The scheduler's loop runs the due job; "Run now" (as the admin page does) runs one that ignores its token.
            await HoldingJob.Started.WaitAsync(TimeSpan.FromSeconds(60));
            stubbornRun = first.Services.GetRequiredService<JobScheduler>().RunNowAsync(stubborn);
            await StubbornJob.Started.WaitAsync(TimeSpan.FromSeconds(30));
            var instance = first.Services.GetRequiredService<JobScheduler>().InstanceId;
            Assert.All(await RowsAsync(database, cooperative, stubborn), r => Assert.Equal(instance, r.LockedBy));

            var lifetime = first.Services.GetRequiredService<IHostApplicationLifetime>();
            var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lifetime.ApplicationStopped.Register(() => stopped.TrySetResult());
            var clock = Stopwatch.StartNew();
            lifetime.StopApplication();
            await stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var stoppedAfter = clock.Elapsed;
            output.WriteLine($"Stopped {stoppedAfter.TotalMilliseconds:0} ms after StopApplication (timeout {timeout.TotalSeconds:0} s) with a job that ignores its token.");
            // The timeout, plus releasing the lease: not the 10-minute lease.
            Assert.True(stoppedAfter < timeout + TimeSpan.FromSeconds(5), $"The app took {stoppedAfter} to stop.");
            Assert.True(HoldingJob.SawCancellation, "The running job was not told that the app stops.");
        }
        finally
        {
            await first.DisposeAsync();
        }

        // Nothing is left claimed; each run is recorded as interrupted (not as a failure); the due one stays due.
        var rows = await RowsAsync(database, cooperative, stubborn);
        Assert.All(rows, r =>
        {
            Assert.Null(r.LockedBy);
            Assert.Null(r.LockedUntil);
            Assert.Equal(JobScheduler.InterruptedMessage, r.LastError);
            Assert.Equal(0, r.FailCount);
        });
        Assert.True(rows.Single(r => r.Name == cooperative).NextRunAt <= DateTimeOffset.UtcNow);

        // The next instance: its loop runs the interrupted due job, and "Run now" of the other is not refused by a lease.
        HoldingJob.Reset(hold: false);
        StubbornJob.Release();
        var second = LabApp.StartOn(database, server.WorkFolder, demo: false, settings, Jobs);
        try
        {
            await WaitUntilAsync(async () => (await RowsAsync(database, cooperative)).Single().LastSucceeded == true);
            Assert.True(await second.Services.GetRequiredService<JobScheduler>().RunNowAsync(stubborn));
            var after = await RowsAsync(database, cooperative, stubborn);
            Assert.All(after, r =>
            {
                Assert.True(r.LastSucceeded);
                Assert.Null(r.LastError);
                Assert.Equal(1, r.RunCount);
            });
        }
        finally
        {
            await second.DisposeAsync();
        }

        // The first instance's stubborn run ends only now, long after its app; whatever it meets then is its own affair.
        if (stubbornRun is not null)
        {
            await Task.WhenAny(stubbornRun, Task.Delay(TimeSpan.FromSeconds(10)));
        }
    }

    private sealed record JobRow(string Name, string? LockedBy, DateTimeOffset? LockedUntil, DateTimeOffset NextRunAt, bool? LastSucceeded,
        string? LastError, long RunCount, long FailCount);

    private static async Task<List<JobRow>> RowsAsync(string connectionString, params string[] names)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT name, locked_by, locked_until, next_run_at, last_succeeded, last_error, run_count, fail_count
            FROM scheduled_jobs WHERE name = ANY($1) ORDER BY name
            """, connection);
        command.Parameters.AddWithValue(names);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<JobRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new JobRow(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetBoolean(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetInt64(6), reader.GetInt64(7)));
        }

        Assert.Equal(names.Length, rows.Count);
        return rows;
    }

    private static async Task<long> WaitingOnLocksAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition was not met within 30 s.");
            await Task.Delay(100);
        }
    }

    /// <summary>Holds until the app stops (it observes its token), or finishes at once.</summary>
    private sealed class HoldingJob : IRecurringJob
    {
        private static TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private static volatile bool _hold;
        private static volatile bool _sawCancellation;

        public static Task Started => _started.Task;

        public static bool SawCancellation => _sawCancellation;

        public static void Reset(bool hold)
        {
            _hold = hold;
            _sawCancellation = false;
            _started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public async Task RunAsync(CancellationToken ct)
        {
            _started.TrySetResult();
            if (!_hold)
            {
                return;
            }

            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                _sawCancellation = true;
                throw;
            }
        }
    }

    /// <summary>Ignores its token: runs until the test releases it.</summary>
    private sealed class StubbornJob : IRecurringJob
    {
        private static TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private static TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public static Task Started => _started.Task;

        public static void Reset()
        {
            _started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public static void Release() => _release.TrySetResult();

        public async Task RunAsync(CancellationToken ct)
        {
            _started.TrySetResult();
            await _release.Task;
        }
    }
}
