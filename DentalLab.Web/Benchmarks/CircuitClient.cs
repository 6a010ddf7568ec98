using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace DentalLab.Web.Benchmarks;

/// <summary>
/// One interactive page held open the way blazor.web.js holds it, without a browser, for the load, live and memory
/// benchmarks: with a signed-in person's cookies it reads the prerendered page (its <c>&lt;!--Blazor:{...}--&gt;</c>
/// root-component markers and persisted state), opens Blazor's hub at <c>/_blazor</c>, starts the circuit
/// (<c>StartCircuit</c> with no components, then <c>UpdateRootComponents</c> adding each marker, as .NET 8+'s
/// WebRootComponentManager does), acknowledges every render batch (<c>OnRenderCompleted</c>) and answers the page's
/// JavaScript calls so that its components' interop finishes. It renders nothing: a batch is kept as raw bytes, enough
/// to tell that a change arrived (a batch's string table holds the text it shows, UTF-8).
/// </summary>
/// <remarks>
/// Hub method names and arguments are those of blazor.web.js 10.0 (<c>JS.RenderBatch(id, bytes)</c>,
/// <c>JS.BeginInvokeJS(handle, identifier, argsJson, resultType, targetInstanceId, callType)</c>, answered by
/// <c>EndInvokeJSFromDotNet(handle, succeeded, "[handle, succeeded, result]")</c>).
/// </remarks>
public sealed partial class CircuitClient : IAsyncDisposable
{
    private const int ResultJsObjectReference = 1;

    private readonly HubConnection _connection;
    private readonly HttpClient _http;
    private readonly Lock _lock = new();
    private readonly List<Waiter> _waiters = [];
    private readonly HashSet<string> _calls = new(StringComparer.Ordinal);
    private long _nextJsObjectId = 1;
    private int _batches;

    private CircuitClient(HubConnection connection, HttpClient http)
    {
        _connection = connection;
        _http = http;
    }

    /// <summary>The circuit's secret id (what the browser keeps to reconnect); null until started.</summary>
    public string? CircuitId { get; private set; }

    /// <summary>Render batches received (and acknowledged) so far.</summary>
    public int Batches => Volatile.Read(ref _batches);

    /// <summary>What ended the page: the server's <c>JS.Error</c> or the connection's close; null while it lives.</summary>
    public string? Failure { get; private set; }

    /// <summary>The page is open: connected, started, and the server has reported no error.</summary>
    public bool IsAlive => CircuitId is not null && Failure is null && _connection.State == HubConnectionState.Connected;

    /// <summary>The JavaScript functions the page called (for a benchmark's diagnostics).</summary>
    public IReadOnlyCollection<string> JsCalls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>
    /// Opens <paramref name="path"/> as an interactive page: reads it with <paramref name="http"/> (whose handler holds
    /// <paramref name="cookies"/>), starts its circuit and waits for the first render batch.
    /// </summary>
    public static async Task<CircuitClient> OpenAsync(HttpClient http, CookieContainer cookies, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        var baseUri = http.BaseAddress ?? throw new ArgumentException("The client needs a base address.", nameof(http));
        var page = new Uri(baseUri, path);
        using var response = await http.GetAsync(page, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode} {response.Headers.Location?.OriginalString}");
        }

        var markers = ServerMarkers(html);
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"{path} has no interactive server components (no Blazor markers in its prerendered HTML).");
        }

        var state = PersistedState().Match(html) is { Success: true } found ? found.Groups[1].Value : "";
        var connection = Hub(baseUri, cookies);
        var client = new CircuitClient(connection, http);
        try
        {
            await client.StartAsync(baseUri, page, markers, state, cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A connection to Blazor's hub that starts no circuit: what the connection alone costs both ends (the memory
    /// benchmark's reference for a page's own share).
    /// </summary>
    public static async Task<IAsyncDisposable> ConnectAsync(HttpClient http, CookieContainer cookies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        var connection = Hub(http.BaseAddress ?? throw new ArgumentException("The client needs a base address.", nameof(http)), cookies);
        await connection.StartAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Waits for the next render batch, received after this call, that <paramref name="shows"/> accepts (for example one
    /// whose strings hold a case number); null when none came within <paramref name="timeout"/> or the page ended.
    /// </summary>
    public Task<DateTimeOffset?> NextBatchAsync(Func<ReadOnlyMemory<byte>, bool> shows, TimeSpan timeout)
    {
        var waiter = new Waiter(shows);
        lock (_lock)
        {
            _waiters.Add(waiter);
        }

        _ = RemoveAfterAsync(waiter, timeout);
        return waiter.Arrived.Task;
    }

    /// <summary>A batch's bytes contain <paramref name="text"/> as UTF-8 (the way a render batch carries the strings it adds).</summary>
    public static Func<ReadOnlyMemory<byte>, bool> Containing(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return batch => batch.Span.IndexOf(needle) >= 0;
    }

    /// <summary>Closes the page as a browser tab does: the disconnect beacon (the server ends the circuit now instead of keeping it for a reconnect), then the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (CircuitId is { } id && Failure is null)
        {
            try
            {
                using var form = new MultipartFormDataContent { { new StringContent(id), "circuitId" } };
                using var response = await _http.PostAsync("_blazor/disconnect", form);
            }
            catch (HttpRequestException)
            {
                // The app is going away anyway: closing the connection ends the circuit after its retention period.
            }
        }

        await _connection.DisposeAsync();
    }

    private static HubConnection Hub(Uri baseUri, CookieContainer cookies)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "_blazor"), HttpTransportType.WebSockets, options => options.Cookies = cookies);
        builder.Services.AddSingleton<IHubProtocol, BlazorPackHubProtocol>();
        return builder.Build();
    }

    private async Task StartAsync(Uri baseUri, Uri page, List<JsonObject> markers, string state, CancellationToken cancellationToken)
    {
        var firstBatch = NextBatchAsync(_ => true, TimeSpan.FromSeconds(60));
        _connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        _connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", OnBeginInvokeJSAsync);
        _connection.On<string>("JS.Error", error => Fail("the server reported: " + error));
        _connection.Closed += error =>
        {
            Fail("the connection closed" + (error is null ? "" : ": " + error.Message));
            return Task.CompletedTask;
        };

        await _connection.StartAsync(cancellationToken);
        CircuitId = await _connection.InvokeAsync<string?>("StartCircuit", baseUri.ToString(), page.ToString(), "[]", state, cancellationToken)
            ?? throw new InvalidOperationException("The server refused to start the circuit.");

        var operations = new JsonArray();
        for (var i = 0; i < markers.Count; i++)
        {
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = markers[i] });
        }

        var batch = new JsonObject { ["batchId"] = 1, ["operations"] = operations };
        await _connection.SendAsync("UpdateRootComponents", batch.ToJsonString(), state, cancellationToken);
        if (await firstBatch is null)
        {
            throw new InvalidOperationException("The circuit started but rendered nothing within a minute" + (Failure is null ? "." : ": " + Failure));
        }
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] batch)
    {
        Interlocked.Increment(ref _batches);
        var arrived = DateTimeOffset.UtcNow;
        List<Waiter> matched;
        lock (_lock)
        {
            matched = _waiters.Where(w => w.Shows(batch)).ToList();
            matched.ForEach(w => _waiters.Remove(w));
        }

        foreach (var waiter in matched)
        {
            waiter.Arrived.TrySetResult(arrived);
        }

        // The browser acknowledges each batch once applied; the server holds back later batches until it does.
        await _connection.SendAsync("OnRenderCompleted", batchId, null);
    }

    private async Task OnBeginInvokeJSAsync(long asyncHandle, string identifier, string argsJson, int resultType, long targetInstanceId, int callType)
    {
        lock (_lock)
        {
            _calls.Add(identifier);
        }

        if (asyncHandle == 0)
        {
            return; // fire-and-forget: no answer expected
        }

        // What a browser would give back, near enough for the page to go on: a JS object reference where one is asked
        // for, otherwise nothing (void functions, and the .NET side treats a missing value as "not available").
        JsonNode? result = resultType == ResultJsObjectReference
            ? new JsonObject { ["__jsObjectId"] = Interlocked.Increment(ref _nextJsObjectId) }
            : null;
        var answer = new JsonArray(asyncHandle, true, result).ToJsonString();
        await _connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, answer);
    }

    private void Fail(string why)
    {
        Failure ??= why;
        List<Waiter> waiting;
        lock (_lock)
        {
            waiting = [.. _waiters];
            _waiters.Clear();
        }

        waiting.ForEach(w => w.Arrived.TrySetResult(null));
    }

    private async Task RemoveAfterAsync(Waiter waiter, TimeSpan timeout)
    {
        if (await Task.WhenAny(waiter.Arrived.Task, Task.Delay(timeout)) != waiter.Arrived.Task)
        {
            lock (_lock)
            {
                _waiters.Remove(waiter);
            }

            waiter.Arrived.TrySetResult(null);
        }
    }

    /// <summary>The server root components' start markers, in their sequence order (what the browser adds to its circuit).</summary>
    private static List<JsonObject> ServerMarkers(string html) =>
        Marker().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups[1].Value) as JsonObject)
            .OfType<JsonObject>()
            .Where(m => (string?)m["type"] == "server")
            .OrderBy(m => (int?)m["sequence"] ?? 0)
            .ToList();

    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:([A-Za-z0-9+/=]+)-->")]
    private static partial Regex PersistedState();

    private sealed record Waiter(Func<ReadOnlyMemory<byte>, bool> Shows)
    {
        public TaskCompletionSource<DateTimeOffset?> Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>
/// Blazor's hub protocol, as the .NET client speaks it: SignalR's MessagePack protocol (version 2), which the server
/// accepts only under the name <c>blazorpack</c>.
/// </summary>
internal sealed class BlazorPackHubProtocol : IHubProtocol
{
    private readonly MessagePackHubProtocol _inner = new();

    public string Name => "blazorpack";

    public int Version => _inner.Version;

    public TransferFormat TransferFormat => _inner.TransferFormat;

    public bool IsVersionSupported(int version) => _inner.IsVersionSupported(version);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HubMessage? message) =>
        _inner.TryParseMessage(ref input, binder, out message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _inner.GetMessageBytes(message);
}
