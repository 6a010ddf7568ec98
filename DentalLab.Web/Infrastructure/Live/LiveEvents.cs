using System.Collections.Concurrent;

namespace DentalLab.Web.Infrastructure.Live;

/// <summary>
/// Something that changed under someone's eyes. <see cref="Topic"/> says who cares:
/// <c>board</c> (any case's stage or status), <c>case:{caseNumber}</c>, <c>user:{userId}</c> (their
/// notifications and messages), <c>conversation:{id}</c>. <see cref="Kind"/> says what happened
/// (<c>case.updated</c>, <c>notification.created</c>, ...). Payloads carry ids, never patient data: subscribers
/// re-read what they show through their own permission-checked queries.
/// </summary>
public sealed record LiveEvent(string Topic, string Kind, string? Key = null, Guid? ActorId = null)
{
    public static string Board => "board";

    public static string ForCase(string caseNumber) => "case:" + caseNumber;

    public static string ForUser(Guid userId) => "user:" + userId;

    public static string ForConversation(Guid conversationId) => "conversation:" + conversationId;
}

/// <summary>How events leave this app instance and arrive from others (in-process by default; PostgreSQL LISTEN/NOTIFY across instances).</summary>
public interface ILiveEventTransport
{
    /// <summary>Sends an event to every instance, this one included (which hands it to <see cref="LiveEventBus.Deliver"/>).</summary>
    Task SendAsync(LiveEvent liveEvent, CancellationToken ct = default);
}

/// <summary>Delivers straight to this instance: one app instance needs nothing more.</summary>
public sealed class InProcessLiveEventTransport(LiveEventBus bus) : ILiveEventTransport
{
    public Task SendAsync(LiveEvent liveEvent, CancellationToken ct = default)
    {
        bus.Deliver(liveEvent);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The one live-event bus: services publish after they commit; components subscribe to topics and call
/// <c>InvokeAsync(StateHasChanged)</c> (or reload) in the handler, and dispose the subscription in Dispose.
/// </summary>
public sealed class LiveEventBus(ILogger<LiveEventBus> logger)
{
    private readonly ConcurrentDictionary<Guid, (string Topic, Func<LiveEvent, Task> Handler)> _subscriptions = new();

    /// <summary>Set once at start-up (see <see cref="LiveSetup"/>).</summary>
    internal ILiveEventTransport? Transport { get; set; }

    public Task PublishAsync(LiveEvent liveEvent, CancellationToken ct = default) =>
        (Transport ?? throw new InvalidOperationException("The live-event transport is not set.")).SendAsync(liveEvent, ct);

    /// <summary>Listens to one topic until the returned handle is disposed.</summary>
    public IDisposable Subscribe(string topic, Func<LiveEvent, Task> handler)
    {
        var id = Guid.NewGuid();
        _subscriptions[id] = (topic, handler);
        return new Subscription(() => _subscriptions.TryRemove(id, out _));
    }

    /// <summary>Hands an event that reached this instance to its local subscribers (handlers run in the background).</summary>
    public void Deliver(LiveEvent liveEvent)
    {
        foreach (var (_, (topic, handler)) in _subscriptions)
        {
            if (topic == liveEvent.Topic)
            {
                _ = RunAsync(handler, liveEvent);
            }
        }
    }

    private async Task RunAsync(Func<LiveEvent, Task> handler, LiveEvent liveEvent)
    {
        try
        {
            await handler(liveEvent);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One broken page must not stop the others from hearing about the change.
            logger.LogWarning(ex, "A live-event handler failed for {Kind} on {Topic}", liveEvent.Kind, liveEvent.Topic);
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}

public static class LiveSetup
{
    /// <summary>
    /// The bus and its transport: <c>Live:Transport</c> = <c>inprocess</c> (default: one app instance) or
    /// <c>postgres</c> (several instances on one database, through LISTEN/NOTIFY).
    /// </summary>
    public static IServiceCollection AddLiveEvents(this IServiceCollection services, IConfiguration configuration)
    {
        var transport = configuration["Live:Transport"]?.Trim().ToLowerInvariant() ?? "inprocess";
        if (transport is not ("inprocess" or "postgres"))
        {
            throw new InvalidOperationException($"Live:Transport must be 'inprocess' or 'postgres', not '{transport}'.");
        }

        services.AddSingleton(sp =>
        {
            var bus = new LiveEventBus(sp.GetRequiredService<ILogger<LiveEventBus>>());
            bus.Transport = transport == "postgres"
                ? new PostgresLiveEventTransport(bus, sp.GetRequiredService<Npgsql.NpgsqlDataSource>(), sp.GetRequiredService<ILogger<PostgresLiveEventTransport>>())
                : new InProcessLiveEventTransport(bus);
            return bus;
        });
        if (transport == "postgres")
        {
            services.AddSingleton(sp => (PostgresLiveEventTransport)sp.GetRequiredService<LiveEventBus>().Transport!);
            services.AddHostedService(sp => sp.GetRequiredService<PostgresLiveEventTransport>());
        }

        return services;
    }
}
