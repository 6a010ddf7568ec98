using System.Text.Json;
using Npgsql;

namespace DentalLab.Web.Infrastructure.Live;

/// <summary>
/// Live events across app instances through PostgreSQL LISTEN/NOTIFY: <see cref="SendAsync"/> runs
/// <c>pg_notify('dentallab_live', json)</c> (ids only, far below the 8000-byte payload limit); a dedicated
/// connection LISTENs and hands every event (this instance's own included) to the local bus. When the database
/// goes away, the listener reconnects with backoff and LISTENs again; events sent while no database is reachable
/// still reach this instance's own subscribers.
/// </summary>
public sealed class PostgresLiveEventTransport(LiveEventBus bus, NpgsqlDataSource dataSource, ILogger<PostgresLiveEventTransport> logger)
    : BackgroundService, ILiveEventTransport
{
    public const string Channel = "dentallab_live";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private int _connects;

    /// <summary>How many times the listener has (re)connected and LISTENed; tests wait on it.</summary>
    public int Connects => Volatile.Read(ref _connects);

    public bool IsListening { get; private set; }

    public async Task SendAsync(LiveEvent liveEvent, CancellationToken ct = default)
    {
        var payload = JsonSerializer.Serialize(liveEvent, Json);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var command = dataSource.CreateCommand("SELECT pg_notify($1, $2)");
                command.Parameters.AddWithValue(Channel);
                command.Parameters.AddWithValue(payload);
                await command.ExecuteNonQueryAsync(ct);
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or IOException && !ct.IsCancellationRequested)
            {
                // A pooled connection may have died with a database restart: clear the pool and try once more.
                dataSource.Clear();
                if (attempt >= 2)
                {
                    logger.LogWarning(ex, "Could not send live event {Kind} through PostgreSQL; delivering it on this instance only", liveEvent.Kind);
                    bus.Deliver(liveEvent);
                    return;
                }
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += OnNotification;
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                IsListening = true;
                Interlocked.Increment(ref _connects);
                delay = TimeSpan.FromMilliseconds(200);
                logger.LogInformation("Listening for live events on PostgreSQL channel {Channel}", Channel);
                while (!stoppingToken.IsCancellationRequested)
                {
                    // Wakes on each notification; the timeout makes a dead connection show itself (keepalive query).
                    if (!await connection.WaitAsync(TimeSpan.FromSeconds(10), stoppingToken))
                    {
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteScalarAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                IsListening = false;
                dataSource.Clear();
                logger.LogWarning("Live-event listener lost PostgreSQL ({Error}); reconnecting in {Delay} ms", ex.Message, (int)delay.TotalMilliseconds);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 10_000));
            }
        }

        IsListening = false;
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        if (e.Channel != Channel)
        {
            return;
        }

        try
        {
            if (JsonSerializer.Deserialize<LiveEvent>(e.Payload, Json) is { Topic: not null, Kind: not null } liveEvent)
            {
                bus.Deliver(liveEvent);
            }
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "Ignored a malformed live-event payload");
        }
    }
}
