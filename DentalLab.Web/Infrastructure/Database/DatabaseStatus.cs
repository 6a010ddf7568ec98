using System.Net.Sockets;
using DentalLab.Web.Infrastructure.Observability;
using Npgsql;

namespace DentalLab.Web.Infrastructure.Database;

/// <summary>
/// Whether the database answers, as the open pages should show it: the first transient failure anywhere (a query
/// retried by <see cref="DentalLab.Data.Resilience.LabExecutionStrategy"/>, a failed health check) marks it away, and a
/// probe every <see cref="ProbeEvery"/> marks it back. Pages show "reconnecting" meanwhile (Components/Shared/DatabaseBanner).
/// </summary>
public sealed class DatabaseStatus(NpgsqlDataSource dataSource, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<DatabaseStatus> logger)
{
    public static readonly TimeSpan ProbeEvery = TimeSpan.FromMilliseconds(500);

    private int _away;

    /// <summary>False from the first transient failure until a probe gets an answer again.</summary>
    public bool IsReachable => Volatile.Read(ref _away) == 0;

    /// <summary>When the current outage was first noticed.</summary>
    public DateTimeOffset? AwaySince { get; private set; }

    /// <summary>Raised (on a pool thread) when <see cref="IsReachable"/> changes. Handlers must not throw.</summary>
    public event Action? Changed;

    /// <summary>A transient database failure was seen: mark it away and start probing (once per outage).</summary>
    public void ReportFailure()
    {
        if (Interlocked.CompareExchange(ref _away, 1, 0) != 0)
        {
            return;
        }

        AwaySince = clock.GetUtcNow();
        LabMetrics.DatabaseOutages.Add(1);
        logger.LogWarning("The database is not answering; queries are retried and pages show that they are reconnecting");
        Raise();
        _ = Task.Run(ProbeUntilBackAsync);
    }

    /// <summary>True for the failures a database restart causes (lost or refused connections, retries given up).</summary>
    public static bool IsOutage(Exception exception) => exception switch
    {
        NpgsqlException { IsTransient: true } => true,
        SocketException or IOException or TimeoutException => true,
        InvalidOperationException { InnerException: { } inner } => IsOutage(inner),
        Microsoft.EntityFrameworkCore.DbUpdateException { InnerException: { } inner } => IsOutage(inner),
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsOutage),
        _ => exception is Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException,
    };

    private async Task ProbeUntilBackAsync()
    {
        var stopping = lifetime.ApplicationStopping;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(ProbeEvery, clock, stopping);
                await using var command = dataSource.CreateCommand("SELECT 1");
                await command.ExecuteScalarAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (IsOutage(ex) || ex is NpgsqlException)
            {
                continue;
            }

            var away = clock.GetUtcNow() - AwaySince;
            Volatile.Write(ref _away, 0);
            logger.LogInformation("The database answers again after {Seconds:0.0} s", away?.TotalSeconds);
            Raise();
            return;
        }
    }

    private void Raise()
    {
        foreach (var handler in Changed?.GetInvocationList().Cast<Action>() ?? [])
        {
            try
            {
                handler();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                logger.LogWarning(ex, "A database status listener failed");
            }
        }
    }
}
