using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DentalLab.Web.Infrastructure.Database;

/// <summary>
/// Stopping the app (SIGTERM, Ctrl+C, a service manager's stop) in this order: the interactive connections are cut
/// (<see cref="UseLabGracefulShutdown"/>), Kestrel stops taking requests and finishes the ones it has, the job scheduler cancels running jobs and
/// records them (Infrastructure/Jobs), <see cref="DatabaseDrain"/> waits for database work still in progress — a save a
/// user clicked just before — and only then does the embedded PostgreSQL cluster stop. All of it within
/// <c>App:ShutdownTimeoutSeconds</c> (default 30; a service manager's own stop timeout must be longer).
/// </summary>
public static class GracefulShutdown
{
    public const string TimeoutSettingKey = "App:ShutdownTimeoutSeconds";

    public static TimeSpan Timeout(IConfiguration configuration) =>
        TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue(TimeoutSettingKey, 30.0), 1, 3600));

    /// <summary>The host's shutdown timeout from configuration (the host waits this long for every stopping service together).</summary>
    public static void AddLabGracefulShutdown(this WebApplicationBuilder builder)
    {
        var timeout = Timeout(builder.Configuration);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = timeout);
    }

    /// <summary>
    /// Interactive connections (Blazor's <c>/_blazor</c> WebSockets) are cut as the stop begins. Kestrel waits for every
    /// open connection before it stops, and a circuit's never ends by itself: one open page held the stop for the whole
    /// timeout (measured: 20 of 20 s), leaving no time for the saves in flight. A circuit's work already running goes on
    /// (the drain waits for its database work); the page shows Blazor's reconnect message.
    /// </summary>
    public static void UseLabGracefulShutdown(this WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            await using var cut = stopping.Register(static state => ((HttpContext)state!).Abort(), context);
            await next(context);
        });
    }
}

/// <summary>
/// The database connections the app's contexts hold open right now — a save, a transaction, a page's queries — so that
/// stopping can wait for them. Connections EF opens and closes per operation; a context keeps none between operations.
/// </summary>
public sealed class DatabaseWorkInFlight : DbConnectionInterceptor
{
    private readonly ConcurrentDictionary<DbConnection, byte> _open = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many of the app's database connections are open (in use) now.</summary>
    public int Count
    {
        get
        {
            foreach (var connection in _open.Keys)
            {
                // A broken connection may skip its state change; it is no longer work in flight.
                if (connection.State != ConnectionState.Open)
                {
                    _open.TryRemove(connection, out _);
                }
            }

            return _open.Count;
        }
    }

    public override DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
    {
        result.StateChange += OnStateChange;
        return result;
    }

    private void OnStateChange(object sender, StateChangeEventArgs e)
    {
        var connection = (DbConnection)sender;
        if (e.CurrentState.HasFlag(ConnectionState.Open))
        {
            _open.TryAdd(connection, 0);
        }
        else
        {
            _open.TryRemove(connection, out _);
        }
    }
}

/// <summary>
/// Stops after every other service but the embedded cluster (registered just after it), so the database outlives the
/// work: waits until no database work has been in progress for <see cref="Quiet"/>, or the shutdown timeout ends.
/// </summary>
internal sealed class DatabaseDrain(DatabaseWorkInFlight work, ILogger<DatabaseDrain> logger) : IHostedService
{
    /// <summary>A save followed by its second step (a reload, a notification) is one piece of work: wait this long for a next step.</summary>
    internal static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(25);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var quietSince = TimeSpan.Zero;
        var waitedFor = 0;
        try
        {
            while (true)
            {
                var inFlight = work.Count;
                if (inFlight > 0)
                {
                    if (waitedFor == 0)
                    {
                        logger.LogInformation("Stopping: waiting for {Count} database operations in flight to finish", inFlight);
                    }

                    waitedFor = Math.Max(waitedFor, inFlight);
                    quietSince = watch.Elapsed;
                }
                else if (watch.Elapsed - quietSince >= Quiet)
                {
                    break;
                }

                await Task.Delay(Poll, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The timeout was spent before (a job that would not stop), or runs out now.
            if (work.Count is var left and > 0)
            {
                logger.LogWarning("Stopping with {Count} database operations still in flight: the shutdown timeout ({Setting}) ran out",
                    left, GracefulShutdown.TimeoutSettingKey);
            }

            return;
        }

        if (waitedFor > 0)
        {
            logger.LogInformation("Stopping: the database operations in flight finished after {Milliseconds} ms", (int)(watch.Elapsed - Quiet).TotalMilliseconds);
        }
    }
}
