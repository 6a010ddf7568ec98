using System.Collections.Concurrent;
using DentalLab.Web.Infrastructure.Observability;

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
    /// <summary>
    /// When this instance handed the event to its subscribers (<see cref="System.Diagnostics.Stopwatch"/> ticks; 0 until
    /// then): one stamp for every page that hears it, so pages that re-read alike can share a read started after it.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public long DeliveredAt { get; init; }

    // The topics, in one place: a module that needs a new one adds it here.
    public static string Board => "board";

    public static string Invoices => "invoices";

    public static string Inventory => "inventory";

    public static string Staff => "staff";

    public static string Equipment => "equipment";

    public static string Calendar => "calendar";

    public static string Logistics => "logistics";

    public static string Reports => "reports";

    /// <summary>Role grants or settings changed: open pages re-check what they may show.</summary>
    public static string Access => "access";

    public static string Settings => "settings";

    public static string ForCase(string caseNumber) => "case:" + caseNumber;

    public static string ForUser(Guid userId) => "user:" + userId;

    public static string ForConversation(Guid conversationId) => "conversation:" + conversationId;

    public static string ForRoute(Guid routeId) => "route:" + routeId;
}

/// <summary>What happened, as <see cref="LiveEvent.Kind"/>: one constant per kind, so publishers and subscribers cannot drift apart.</summary>
public static class LiveKinds
{
    public const string CaseUpdated = "case.updated";
    public const string NotificationCreated = "notification.created";
    public const string NotificationRead = "notification.read";
    public const string MessageCreated = "message.created";
    public const string MessageEdited = "message.edited";
    public const string MessageDeleted = "message.deleted";
    public const string MessageRead = "message.read";
    public const string ConversationRead = "conversation.read";
    public const string ConversationMembers = "conversation.members";
    public const string InvoiceCreated = "invoice.created";
    public const string InvoiceSent = "invoice.sent";
    public const string InvoiceCancelled = "invoice.cancelled";
    public const string InvoiceRefunded = "invoice.refunded";
    public const string InvoiceChanged = "invoice.changed";
    public const string InvoiceOverdue = "invoice.overdue";
    public const string StockChanged = "stock.changed";
    public const string StaffChanged = "staff.changed";
    public const string EquipmentChanged = "equipment.changed";
    public const string DepartmentChanged = "department.changed";
    public const string AppointmentChanged = "appointment.changed";
    public const string ShipmentChanged = "shipment.changed";
    public const string RouteChanged = "route.changed";
    public const string ReportsRefreshed = "reports.refreshed";
    public const string AccessChanged = "access.changed";
    public const string SettingsChanged = "settings.changed";

    /// <summary>Kinds that start with <paramref name="prefix"/> (e.g. "message.") belong to one family.</summary>
    public static bool IsIn(string kind, string prefix) => kind.StartsWith(prefix, StringComparison.Ordinal);
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

    public Task PublishAsync(LiveEvent liveEvent, CancellationToken ct = default)
    {
        LabMetrics.LiveEventsPublished.Add(1);
        return (Transport ?? throw new InvalidOperationException("The live-event transport is not set.")).SendAsync(liveEvent, ct);
    }

    /// <summary>Listens to one topic until the returned handle is disposed.</summary>
    public IDisposable Subscribe(string topic, Func<LiveEvent, Task> handler)
    {
        var id = Guid.NewGuid();
        _subscriptions[id] = (topic, handler);
        return new Subscription(() => _subscriptions.TryRemove(id, out _));
    }

    /// <summary>
    /// The way a component follows topics: <paramref name="refresh"/> runs on the component's dispatcher
    /// (pass the component's <c>InvokeAsync</c>), one refresh at a time, so an older reload can never overwrite a
    /// newer one; an event that arrives while a refresh runs is answered by one more refresh afterwards (events are
    /// coalesced, not queued). A failing refresh is logged and the page keeps listening. Dispose the handle in the
    /// component's Dispose.
    /// </summary>
    public IDisposable Watch(IEnumerable<string> topics, Func<Func<Task>, Task> dispatcher, Func<LiveEvent, Task> refresh, Func<LiveEvent, bool>? filter = null)
    {
        var watch = new Watcher(dispatcher, refresh, filter, logger);
        var subscriptions = topics.Distinct(StringComparer.Ordinal).Select(t => Subscribe(t, watch.OnEventAsync)).ToList();
        return new Subscription(() =>
        {
            watch.Stop();
            subscriptions.ForEach(s => s.Dispose());
        });
    }

    public IDisposable Watch(string topic, Func<Func<Task>, Task> dispatcher, Func<LiveEvent, Task> refresh, Func<LiveEvent, bool>? filter = null) =>
        Watch([topic], dispatcher, refresh, filter);

    /// <summary>Hands an event that reached this instance to its local subscribers (handlers run in the background).</summary>
    public void Deliver(LiveEvent liveEvent)
    {
        liveEvent = liveEvent with { DeliveredAt = System.Diagnostics.Stopwatch.GetTimestamp() };
        foreach (var (_, (topic, handler)) in _subscriptions)
        {
            if (topic == liveEvent.Topic)
            {
                LabMetrics.LiveEventsDelivered.Add(1);
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

    private sealed class Watcher(Func<Func<Task>, Task> dispatcher, Func<LiveEvent, Task> refresh, Func<LiveEvent, bool>? filter, ILogger logger)
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private LiveEvent? _pending;
        private volatile bool _stopped;

        public void Stop() => _stopped = true;

        public async Task OnEventAsync(LiveEvent e)
        {
            if (_stopped || (filter is not null && !filter(e)))
            {
                return;
            }

            // Remember the newest event; whoever holds the gate picks it up, so a burst of events costs at most two refreshes.
            Interlocked.Exchange(ref _pending, e);
            if (!await _gate.WaitAsync(0))
            {
                return;
            }

            try
            {
                while (!_stopped && Interlocked.Exchange(ref _pending, null) is { } next)
                {
                    try
                    {
                        await dispatcher(() => refresh(next));
                    }
                    catch (ObjectDisposedException ex) when (_stopped)
                    {
                        // The page closed while its refresh ran (its scope went with it): nothing failed that anyone
                        // sees. Seen at the end of every benchmark load run, when 50 open boards close at once.
                        logger.LogDebug(ex, "A live refresh for {Kind} on {Topic} ended with its closed page", next.Kind, next.Topic);
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        // The circuit may be gone (ObjectDisposedException) or the reload failed: the page stays up.
                        logger.LogWarning(ex, "A live refresh failed for {Kind} on {Topic}", next.Kind, next.Topic);
                    }
                }
            }
            finally
            {
                _gate.Release();
            }

            // An event may have arrived between the loop's last check and the release.
            if (!_stopped && Volatile.Read(ref _pending) is not null)
            {
                await OnEventAsync(Interlocked.Exchange(ref _pending, null) ?? e);
            }
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
