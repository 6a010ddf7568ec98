using System.Diagnostics;
using DentalLab.Web.Infrastructure.Observability;
using Npgsql;

namespace DentalLab.Web.Infrastructure.Jobs;

/// <summary>A piece of recurring work (resolved from a fresh DI scope for each run).</summary>
public interface IRecurringJob
{
    Task RunAsync(CancellationToken ct);
}

/// <summary>How often a job runs; <see cref="Enabled"/> false leaves it registered but idle.</summary>
public sealed record JobSchedule(TimeSpan Interval, bool Enabled = true, bool RunAtStart = true);

/// <summary>A job known to the scheduler: its stable name, its type and its schedule (read from configuration or settings).</summary>
public sealed record JobRegistration(string Name, Type JobType, Func<IServiceProvider, JobSchedule> Schedule);

/// <summary>What the scheduler knows of one job (for the admin pages and tests).</summary>
public sealed record JobStatus(string Name, DateTimeOffset NextRunAt, string? LockedBy, DateTimeOffset? LastStartedAt, DateTimeOffset? LastFinishedAt,
    bool? LastSucceeded, string? LastError, int? LastDurationMs, long RunCount, long FailCount);

public static class JobSetup
{
    /// <summary>The scheduler itself (once) — every recurring job in the app runs through it.</summary>
    public static IServiceCollection AddJobScheduler(this IServiceCollection services)
    {
        services.AddSingleton<JobScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<JobScheduler>());
        return services;
    }

    /// <summary>Registers a recurring job under a stable <paramref name="name"/> (e.g. <c>invoices.overdue</c>).</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string name, Func<IServiceProvider, JobSchedule> schedule)
        where TJob : class, IRecurringJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new JobRegistration(name, typeof(TJob), schedule));
        return services;
    }
}

/// <summary>
/// The one scheduler for recurring work, safe with several app instances on one database (see
/// docs/decisions/002-recurring-jobs.md). Each job has a row in <c>scheduled_jobs</c>; an instance runs a job only
/// after claiming it with one conditional UPDATE (due, and no live lease held by another instance), so two instances
/// never run the same job at once, and a lease that expires frees a job whose instance died. Jobs that notify
/// people also claim each item they act on (e.g. a reminder's <c>sent_at</c>), so nothing is sent twice even across
/// a lease expiry.
/// </summary>
/// <remarks>
/// When the app stops, running jobs are cancelled (their token is the app's stopping token, also for "Run now") and
/// recorded as interrupted: the lease is released and the job stays due, so the next instance to check runs it. A job
/// that ignores its token past the shutdown timeout (<c>App:ShutdownTimeoutSeconds</c>) has its lease released all the
/// same as the app goes; only a process that dies outright leaves a lease for <c>Jobs:LeaseMinutes</c> to expire.
/// </remarks>
public sealed class JobScheduler(
    IEnumerable<JobRegistration> registrations,
    IServiceScopeFactory scopes,
    NpgsqlDataSource dataSource,
    IConfiguration configuration,
    ILogger<JobScheduler> logger) : BackgroundService
{
    internal const string InterruptedMessage = "Interrupted: the app stopped while it ran; it runs again at the next check.";

    private readonly IReadOnlyList<JobRegistration> _jobs = registrations.ToList();
    private readonly CancellationTokenSource _stopping = new();
    private int _running;

    /// <summary>This instance's name in <c>locked_by</c>.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    public IReadOnlyList<string> JobNames => _jobs.Select(j => j.Name).ToList();

    private TimeSpan PollInterval => TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Jobs:PollSeconds", 5.0), 0.2, 3600));

    private TimeSpan Lease => TimeSpan.FromMinutes(Math.Clamp(configuration.GetValue("Jobs:LeaseMinutes", 10.0), 0.05, 1440));

    /// <summary>How many jobs this instance is running now.</summary>
    public int Running => Volatile.Read(ref _running);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try
        {
            // Cancels the loop and waits for it (and the job it runs) until the host's shutdown timeout.
            await base.StopAsync(cancellationToken);
        }
        finally
        {
            // A run started by "Run now" is not the loop's: give it the rest of the timeout to notice its token.
            while (Running > 0 && !cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(25, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            if (Running > 0)
            {
                await ReleaseLeasesOfRunningJobsAsync();
            }
        }
    }

    public override void Dispose()
    {
        // Cancelled, not disposed (as BackgroundService does with its own): a host may still call StopAsync after Dispose
        // (WebApplicationFactory stops a host that its Program has already run to the end).
        _stopping.Cancel();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Jobs:Enabled", true))
        {
            logger.LogInformation("Recurring jobs are off on this instance (Jobs:Enabled=false)");
            return;
        }

        using var timer = new PeriodicTimer(PollInterval);
        do
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                // The database may be restarting: try again at the next tick.
                logger.LogWarning(ex, "The job scheduler could not check for due jobs");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Claims and runs every enabled job that is due; returns the names of the jobs this instance ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken ct = default)
    {
        var ran = new List<string>();
        foreach (var job in _jobs)
        {
            ct.ThrowIfCancellationRequested();
            JobSchedule schedule;
            using (var scope = scopes.CreateScope())
            {
                schedule = job.Schedule(scope.ServiceProvider);
            }

            if (schedule.Enabled && await TryRunAsync(job, schedule, ct))
            {
                ran.Add(job.Name);
            }
        }

        return ran;
    }

    /// <summary>Makes a job due now (e.g. "Refresh now"); the next check on any instance runs it.</summary>
    public async Task RequestRunAsync(string name, CancellationToken ct = default)
    {
        var job = Find(name);
        await EnsureRowAsync(job.Name, TimeSpan.Zero, ct);
        await using var cmd = dataSource.CreateCommand("UPDATE scheduled_jobs SET next_run_at = now(), updated_at = now() WHERE name = $1");
        cmd.Parameters.AddWithValue(job.Name);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Runs one job now on this instance if no other instance holds it (due or not); true when it ran.</summary>
    public async Task<bool> RunNowAsync(string name, CancellationToken ct = default)
    {
        var job = Find(name);
        JobSchedule schedule;
        using (var scope = scopes.CreateScope())
        {
            schedule = job.Schedule(scope.ServiceProvider);
        }

        return await TryRunAsync(job, schedule, ct, ignoreDue: true);
    }

    public async Task<IReadOnlyList<JobStatus>> StatusAsync(CancellationToken ct = default)
    {
        var list = new List<JobStatus>();
        await using var cmd = dataSource.CreateCommand("""
            SELECT name, next_run_at, CASE WHEN locked_until > now() THEN locked_by END, last_started_at, last_finished_at, last_succeeded,
                   last_error, last_duration_ms, run_count, fail_count
            FROM scheduled_jobs ORDER BY name
            """);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add(new JobStatus(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetBoolean(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetInt32(7), reader.GetInt64(8), reader.GetInt64(9)));
        }

        return list;
    }

    private JobRegistration Find(string name) =>
        _jobs.FirstOrDefault(j => j.Name == name) ?? throw new ArgumentException($"No recurring job is registered as '{name}'.", nameof(name));

    private async Task EnsureRowAsync(string name, TimeSpan firstRunIn, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand("""
            INSERT INTO scheduled_jobs (id, name, next_run_at, run_count, fail_count, created_at, updated_at)
            VALUES (gen_random_uuid(), $1, now() + $2, 0, 0, now(), now())
            ON CONFLICT (name) DO NOTHING
            """);
        cmd.Parameters.AddWithValue(name);
        cmd.Parameters.AddWithValue(firstRunIn);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private async Task<bool> TryRunAsync(JobRegistration job, JobSchedule schedule, CancellationToken ct, bool ignoreDue = false)
    {
        await EnsureRowAsync(job.Name, schedule.RunAtStart ? TimeSpan.Zero : schedule.Interval, ct);
        await using (var claim = dataSource.CreateCommand("""
            UPDATE scheduled_jobs SET locked_by = $2, locked_until = now() + $3, last_started_at = now(), updated_at = now()
            WHERE name = $1 AND ($4 OR next_run_at <= now()) AND (locked_until IS NULL OR locked_until < now())
            """))
        {
            claim.Parameters.AddWithValue(job.Name);
            claim.Parameters.AddWithValue(InstanceId);
            claim.Parameters.AddWithValue(Lease);
            claim.Parameters.AddWithValue(ignoreDue);
            if (await claim.ExecuteNonQueryAsync(ct) == 0)
            {
                return false;
            }
        }

        Interlocked.Increment(ref _running);
        try
        {
            await RunClaimedAsync(job, schedule, ct);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }

        return true;
    }

    private async Task RunClaimedAsync(JobRegistration job, JobSchedule schedule, CancellationToken ct)
    {
        // A run started by "Run now" (a page's token) stops with the app too.
        using var stoppingOrCaller = CancellationTokenSource.CreateLinkedTokenSource(ct, _stopping.Token);
        var watch = Stopwatch.StartNew();
        string? error = null;
        var interrupted = false;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await ((IRecurringJob)ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, job.JobType)).RunAsync(stoppingOrCaller.Token);
        }
        catch (OperationCanceledException) when (stoppingOrCaller.IsCancellationRequested)
        {
            interrupted = true;
            error = _stopping.IsCancellationRequested ? InterruptedMessage : "Cancelled before it finished; it runs again at its next time.";
            logger.LogInformation("Recurring job {Job} was interrupted after {Milliseconds} ms: {Reason}", job.Name, watch.ElapsedMilliseconds, error);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error = ex.GetType().Name + ": " + ex.Message;
            logger.LogError(ex, "Recurring job {Job} failed", job.Name);
        }

        // Release the lease, also when the app is stopping. A finished run (or a failed one) schedules the next; an
        // interrupted one leaves next_run_at as it was, so a due job stays due and the next instance to check runs it.
        await using var done = dataSource.CreateCommand("""
            UPDATE scheduled_jobs SET locked_by = NULL, locked_until = NULL,
                   next_run_at = CASE WHEN $7 THEN next_run_at ELSE now() + $3 END, last_finished_at = now(),
                   last_succeeded = $4, last_error = $5, last_duration_ms = $6,
                   run_count = run_count + CASE WHEN $7 THEN 0 ELSE 1 END,
                   fail_count = fail_count + CASE WHEN $4 OR $7 THEN 0 ELSE 1 END, updated_at = now()
            WHERE name = $1 AND locked_by = $2
            """);
        done.Parameters.AddWithValue(job.Name);
        done.Parameters.AddWithValue(InstanceId);
        done.Parameters.AddWithValue(schedule.Interval);
        done.Parameters.AddWithValue(error is null);
        done.Parameters.AddWithValue((object?)(error is null ? null : error[..Math.Min(error.Length, 1000)]) ?? DBNull.Value);
        done.Parameters.AddWithValue((int)Math.Min(int.MaxValue, watch.ElapsedMilliseconds));
        done.Parameters.AddWithValue(interrupted);
        await done.ExecuteNonQueryAsync(CancellationToken.None);
        if (interrupted)
        {
            LabMetrics.JobInterrupted(job.Name, watch.Elapsed.TotalMilliseconds);
        }
        else
        {
            LabMetrics.JobRan(job.Name, error is null, watch.Elapsed.TotalMilliseconds);
        }

        if (error is null)
        {
            logger.LogDebug("Recurring job {Job} ran in {Milliseconds} ms", job.Name, watch.ElapsedMilliseconds);
        }
    }

    /// <summary>
    /// The shutdown timeout ran out while jobs still ran here (they ignore their token, or cannot record their end):
    /// release their leases as interrupted, so the next instance need not wait for the lease to expire.
    /// </summary>
    private async Task ReleaseLeasesOfRunningJobsAsync()
    {
        try
        {
            using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var release = dataSource.CreateCommand("""
                UPDATE scheduled_jobs SET locked_by = NULL, locked_until = NULL, last_finished_at = now(), last_succeeded = false,
                       last_error = $2, updated_at = now()
                WHERE locked_by = $1
                RETURNING name
                """);
            release.Parameters.AddWithValue(InstanceId);
            release.Parameters.AddWithValue(InterruptedMessage);
            await using var reader = await release.ExecuteReaderAsync(bounded.Token);
            while (await reader.ReadAsync(bounded.Token))
            {
                logger.LogWarning("Recurring job {Job} was still running at the shutdown timeout ({Setting}); its lease is released and it runs again at the next check",
                    reader.GetString(0), Database.GracefulShutdown.TimeoutSettingKey);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "Could not release the leases of the jobs still running at shutdown; they expire by themselves (Jobs:LeaseMinutes)");
        }
    }
}
