using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.LocalPostgres;
using DentalLab.Web.Features.Workflow;
using DentalLab.Web.Infrastructure.Observability;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Npgsql;

using static DentalLab.Web.Benchmarks.BenchmarkSupport;

namespace DentalLab.Web.Benchmarks;

/// <summary>
/// <c>benchmark load</c>: a bounded load run on loopback. A throwaway cluster, a demo lab, the real app (this program's
/// own entry point, in this process) on a loopback port; then N workers, each a person at a PC with a cookie of their
/// own, for a fixed time: sign in through the sign-in form, load the board, the case list, a case page and the
/// dashboard over HTTP (prerendered: the server runs each page's queries), and complete stages through
/// <see cref="WorkflowService"/> as the board does, acting as the signed-in technician or manager. Prints count,
/// errors and p50/p95/max per action; exits non-zero on any error.
/// </summary>
/// <remarks>
/// Options: <c>--connections N</c> (workers, default 50), <c>--seconds N</c> (default 120), <c>--think-ms N</c> (pause
/// between one person's actions, 0.5–1.5 times N, default 1000; 0 = back to back), <c>--cases N</c> (demo cases, default
/// 2000), <c>--circuits N</c> (how many of the workers keep an interactive board open for the whole run through
/// <see cref="CircuitClient"/>, default all of them: it re-reads itself on every stage anyone completes, as a board on a
/// lab PC does). A circuit that ends before the run does is an error; the app's own open-circuit meter is printed beside.
/// </remarks>
public static partial class LoadBenchmark
{
    internal const string Password = "DemoLab-2026!";
    private const int SignInEvery = 20;

    private static readonly string[] Actions = ["sign in", "open live board", "board", "case list", "case page", "dashboard", "complete stage"];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var connections = IntOption(args, "--connections", 50);
        var seconds = IntOption(args, "--seconds", 120);
        var thinkMs = args.Contains("--think-ms") ? IntOption(args, "--think-ms", 0) : 1000;
        var cases = IntOption(args, "--cases", 2000);
        var circuits = args.Contains("--circuits") ? IntOption(args, "--circuits", 0) : connections;
        Console.WriteLine($"Load benchmark: {connections} connections ({Math.Min(circuits, connections)} holding an interactive board open) for {seconds} s (think {thinkMs} ms), demo lab of {cases:N0} cases");
        return await WithServedAppAsync("load", cases, (app, connectionString, report) =>
            MeasureAsync(app, connectionString, connections, Math.Min(circuits, connections), TimeSpan.FromSeconds(seconds), thinkMs, report));
    }

    /// <summary>
    /// A throwaway cluster with a demo lab of <paramref name="cases"/> cases and the app serving it on loopback, for
    /// <paramref name="measure"/> (which writes its figures to the report writer: the app's own console is silenced).
    /// </summary>
    internal static async Task<int> WithServedAppAsync(string name, int cases, Func<ServedApp, string, TextWriter, Task<int>> measure)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"dentallab-{name}-benchmark-" + Guid.NewGuid().ToString("N")[..8]);
        Console.WriteLine($"Throwaway cluster in {folder}; load average before: {LoadAverage()}; {Environment.ProcessorCount} CPUs");
        var total = Stopwatch.StartNew();
        var cluster = await LocalPostgresCluster.StartAsync(Path.Combine(folder, "pg"), durable: false);
        try
        {
            await using (var admin = new NpgsqlConnection(cluster.ConnectionString("postgres")))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}_benchmark", admin);
                await create.ExecuteNonQueryAsync();
            }

            var connectionString = cluster.ConnectionString($"{name}_benchmark");
            // The app's console lines (its start-up logger writes one per request) would drown the figures: the app
            // writes to the console no more while it runs, and its warnings and errors are shown from its log file.
            var report = Console.Out;
            Console.SetOut(TextWriter.Null);
            int exitCode;
            try
            {
                await using var app = await ServedApp.StartAsync(connectionString, folder, cases, report);
                report.WriteLine($"App serving on {app.BaseUrl} ({app.EnvironmentName}); migrated and seeded in {total.Elapsed.TotalSeconds:N0} s.");
                exitCode = await measure(app, connectionString, report);
            }
            finally
            {
                Console.SetOut(report);
            }

            ShowAppWarnings(Path.Combine(folder, "logs"));
            return exitCode;
        }
        finally
        {
            await cluster.StopAsync();
            TryDelete(folder);
            Console.WriteLine($"Cluster stopped; total {total.Elapsed.TotalSeconds:N0} s.");
        }
    }

    private static async Task<int> MeasureAsync(ServedApp app, string connectionString, int connections, int circuits, TimeSpan duration, int thinkMs, TextWriter report)
    {
        var options = new DbContextOptionsBuilder<LabDbContext>();
        await using var dataSource = LabDbContextOptions.BuildDataSource(connectionString);
        options.UseLabDatabase(dataSource);
        var people = new List<(string Email, Guid Id)>();
        List<string> caseNumbers;
        await using (var db = new LabDbContext(options.Options))
        {
            foreach (var email in new[] { "tech@dentallab.test", "manager@dentallab.test" })
            {
                people.Add((email, await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync()));
            }

            caseNumbers = await db.Cases.Select(c => c.CaseNumber).ToListAsync();
        }

        var work = new CompletableCases(options.Options);
        var samples = new ConcurrentBag<Sample>();
        var errors = new ConcurrentQueue<string>();
        var live = new LiveBoards();
        using var stop = new CancellationTokenSource(duration);
        // Read while every board is still open: the workers close theirs once the run is over.
        using var atEnd = stop.Token.Register(() => live.MeterAtEnd = LabMetrics.OpenCircuits);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(i =>
        {
            // Two technicians to one manager, as on a lab floor.
            var person = people[i % 3 == 2 ? 1 : 0];
            return Task.Run(() => WorkerAsync(app, person, caseNumbers, work, samples, errors, i < circuits ? live : null, thinkMs, i, stop.Token));
        }).ToList();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;

        report.WriteLine();
        report.WriteLine($"{"action",-16} {"count",7} {"errors",7} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        var all = samples.ToList();
        foreach (var action in Actions)
        {
            var mine = all.Where(s => s.Action == action).ToList();
            if (mine.Count == 0)
            {
                report.WriteLine($"{action,-16} {0,7} {0,7}");
                continue;
            }

            var times = mine.Select(s => s.Milliseconds).Order().ToList();
            report.WriteLine($"{action,-16} {mine.Count,7} {mine.Count(s => !s.Ok),7} {Percentile(times, 0.5),8:N1} {Percentile(times, 0.95),8:N1} {times[^1],8:N1}");
        }

        var allTimes = all.Select(s => s.Milliseconds).Order().ToList();
        var failed = all.Count(s => !s.Ok);
        report.WriteLine($"{"all actions",-16} {all.Count,7} {failed,7} {Percentile(allTimes, 0.5),8:N1} {Percentile(allTimes, 0.95),8:N1} {allTimes[^1],8:N1}");
        report.WriteLine();
        report.WriteLine($"{all.Count:N0} actions in {elapsed.TotalSeconds:N1} s ({all.Count / elapsed.TotalSeconds:N1} per second) by {connections} connections; " +
            $"{all.Count(s => s.Action == "complete stage" && s.Ok):N0} stages completed; {work.Exhausted:N0} times no case was left to complete.");
        using (var process = Process.GetCurrentProcess())
        {
            process.Refresh();
            report.WriteLine($"Load average after: {LoadAverage()}; peak working set of the process (app and workers): {process.PeakWorkingSet64 / (1024.0 * 1024.0):N0} MB.");
        }

        var dropped = live.Dropped.ToList();
        report.WriteLine($"Interactive boards: {live.Opened} opened of {circuits}, {live.Opened - dropped.Count} alive at the end, {dropped.Count} dropped; " +
            $"the app's open-circuit meter (dentallab.circuits.open) read {live.MeterAtEnd} at the end; {live.Batches:N0} render batches received.");
        foreach (var why in dropped.Take(5))
        {
            errors.Enqueue("live board dropped: " + why);
        }

        failed += dropped.Count;
        foreach (var error in errors.Take(10))
        {
            report.WriteLine("  error: " + error);
        }

        report.WriteLine(failed == 0 ? "No errors." : $"ERRORS: {failed} of {all.Count} actions failed.");
        return failed == 0 ? 0 : 1;
    }

    private static async Task WorkerAsync(ServedApp app, (string Email, Guid Id) person, List<string> caseNumbers, CompletableCases work,
        ConcurrentBag<Sample> samples, ConcurrentQueue<string> errors, LiveBoards? live, int thinkMs, int seed, CancellationToken stop)
    {
        CircuitClient? board = null;
        var random = new Random(seed);
        var cookies = new CookieContainer();
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(app.BaseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, person.Id.ToString())], "benchmark"));

        async Task Timed(string action, Func<Task<string?>> run)
        {
            var clock = Stopwatch.StartNew();
            string? error;
            try
            {
                error = await run();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                error = ex.GetType().Name + ": " + ex.Message;
            }

            samples.Add(new Sample(action, clock.Elapsed.TotalMilliseconds, error is null));
            if (error is not null)
            {
                errors.Enqueue($"{action} ({person.Email}): {error}");
            }
        }

        async Task<bool> Think()
        {
            if (thinkMs > 0)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(thinkMs * (0.5 + random.NextDouble())), stop);
                }
                catch (OperationCanceledException)
                {
                    return false;
                }
            }

            return !stop.IsCancellationRequested;
        }

        // People do not all arrive in the same millisecond.
        if (!await Think())
        {
            return;
        }

        try
        {
            for (var cycle = 0; !stop.IsCancellationRequested; cycle++)
            {
                if (cycle % SignInEvery == 0)
                {
                    foreach (Cookie cookie in cookies.GetAllCookies())
                    {
                        cookie.Expired = true;
                    }

                    await Timed("sign in", () => SignInAsync(http, person.Email));
                    if (board is null && live is not null)
                    {
                        // The person's board stays open beside them all day (their cookie at the time it opened signs its circuit).
                        await Timed("open live board", async () =>
                        {
                            board = await CircuitClient.OpenAsync(http, cookies, "/board", stop);
                            live.Open();
                            return null;
                        });
                    }

                    if (!await Think())
                    {
                        return;
                    }
                }

                var steps = new (string Action, Func<Task<string?>> Run)[]
                {
                    ("board", () => PageAsync(http, "/board")),
                    ("complete stage", () => CompleteAsync(app, principal, work)),
                    ("case list", () => PageAsync(http, "/cases")),
                    ("case page", () => PageAsync(http, "/cases/" + caseNumbers[random.Next(caseNumbers.Count)])),
                    ("dashboard", () => PageAsync(http, "/")),
                };
                foreach (var (action, run) in steps)
                {
                    await Timed(action, run);
                    if (!await Think())
                    {
                        return;
                    }
                }
            }
        }
        finally
        {
            if (board is not null)
            {
                live!.Ended(board);
                await board.DisposeAsync();
            }
        }
    }

    internal static async Task<string?> SignInAsync(HttpClient http, string email)
    {
        var form = await http.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(form);
        if (!token.Success)
        {
            return "the sign-in form has no antiforgery token";
        }

        using var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token.Groups[1].Value,
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
        }));
        var to = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode == HttpStatusCode.Redirect && !to.Contains("/account/", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"sign-in answered {(int)response.StatusCode} {to}";
    }

    private static async Task<string?> PageAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return $"{path} answered {(int)response.StatusCode} {response.Headers.Location?.OriginalString}";
        }

        // A prerendered page with the lab's shell, not an error page.
        return html.Contains("blazor.web", StringComparison.Ordinal) && html.Length > 2000
            ? null
            : $"{path} answered 200 without the page ({html.Length} characters)";
    }

    private static async Task<string?> CompleteAsync(ServedApp app, ClaimsPrincipal principal, CompletableCases work)
    {
        var caseNumber = await work.TakeAsync();
        if (caseNumber is null)
        {
            return null; // every active case is at quality control or done: nothing a click completes
        }

        try
        {
            return await CompleteAsUserAsync(app, principal, caseNumber);
        }
        finally
        {
            work.Done(caseNumber);
        }
    }

    /// <summary>Completes the case's current stage as <paramref name="principal"/> would on the board; the refusal, or null.</summary>
    internal static async Task<string?> CompleteAsUserAsync(ServedApp app, ClaimsPrincipal principal, string caseNumber)
    {
        await using var scope = app.Services.CreateAsyncScope();
        // Signed in as the board's circuit is: the app's own authentication state for this scope.
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        var result = await scope.ServiceProvider.GetRequiredService<WorkflowService>().CompleteStageAsync(caseNumber);
        return result.Succeeded ? null : $"{caseNumber}: {result.Message}";
    }

    /// <summary>The app's own warnings and errors during the run (its log file; the console was quiet meanwhile).</summary>
    private static void ShowAppWarnings(string logFolder)
    {
        var all = Directory.Exists(logFolder) ? Directory.GetFiles(logFolder, "*.log").SelectMany(File.ReadLines).ToList() : [];
        var warnings = new List<string>();
        for (var i = 0; i < all.Count; i++)
        {
            var line = all[i];
            // Expected in a throwaway lab: the data-protection key ring is not encrypted.
            if ((line.Contains("[WRN]", StringComparison.Ordinal) || line.Contains("[ERR]", StringComparison.Ordinal) || line.Contains("[FTL]", StringComparison.Ordinal))
                && !line.Contains("No XML encryptor configured", StringComparison.Ordinal))
            {
                // The exception's first line follows the message (a line that does not start with a timestamp).
                var exception = i + 1 < all.Count && !char.IsDigit(all[i + 1].FirstOrDefault()) ? " | " + all[i + 1].Trim() : "";
                warnings.Add(line + exception);
            }
        }

        Console.WriteLine($"The app logged {warnings.Count} warnings and errors.");
        foreach (var line in warnings.Take(10))
        {
            Console.WriteLine("  " + line[..Math.Min(line.Length, 400)]);
        }
    }

    internal static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.WriteLine($"Could not delete {folder}: {ex.Message}");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private sealed record Sample(string Action, double Milliseconds, bool Ok);

    /// <summary>The workers' open interactive boards: how many opened, which ended before the run did and why.</summary>
    private sealed class LiveBoards
    {
        private readonly ConcurrentQueue<string> _dropped = new();
        private int _opened;
        private long _batches;

        public int Opened => Volatile.Read(ref _opened);

        public long MeterAtEnd { get; set; }

        public long Batches => Interlocked.Read(ref _batches);

        public IEnumerable<string> Dropped => _dropped;

        public void Open() => Interlocked.Increment(ref _opened);

        public void Ended(CircuitClient board)
        {
            Interlocked.Add(ref _batches, board.Batches);
            if (!board.IsAlive)
            {
                _dropped.Enqueue(board.Failure ?? "not connected");
            }
        }
    }

    /// <summary>
    /// Cases whose current stage one click completes (in progress, not quality control), each handed to one worker at a
    /// time so that no two people move the same card at once (that would be a fair conflict, not a load error).
    /// </summary>
    internal sealed class CompletableCases(DbContextOptions<LabDbContext> options)
    {
        private readonly ConcurrentQueue<string> _queue = new();
        private readonly ConcurrentDictionary<string, byte> _taken = new(StringComparer.Ordinal);
        private readonly SemaphoreSlim _refill = new(1, 1);
        private int _exhausted;

        public int Exhausted => Volatile.Read(ref _exhausted);

        public async Task<string?> TakeAsync()
        {
            if (TryTake() is { } next)
            {
                return next;
            }

            await _refill.WaitAsync();
            try
            {
                if (TryTake() is { } refilled)
                {
                    return refilled;
                }

                await using var db = new LabDbContext(options);
                var candidates = await db.Set<WorkflowStage>()
                    .Where(s => s.Status == WorkflowStatus.InProgress && s.Stage != WorkflowStageName.QualityControl
                        && s.Case!.CurrentStage == s.Stage && s.Case.Status != CaseStatus.Cancelled && s.Case.Status != CaseStatus.Delivered)
                    .Select(s => s.Case!.CaseNumber).Distinct().ToListAsync();
                foreach (var number in candidates.Where(n => !_taken.ContainsKey(n)).OrderBy(_ => Guid.NewGuid()))
                {
                    _queue.Enqueue(number);
                }

                if (TryTake() is { } found)
                {
                    return found;
                }

                Interlocked.Increment(ref _exhausted);
                return null;
            }
            finally
            {
                _refill.Release();
            }
        }

        public void Done(string caseNumber) => _taken.TryRemove(caseNumber, out _);

        private string? TryTake()
        {
            while (_queue.TryDequeue(out var number))
            {
                if (_taken.TryAdd(number, 0))
                {
                    return number;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// The app as <c>dotnet run</c> starts it — this program's entry point with its own arguments, on a pool thread of
    /// this process — caught through the host's diagnostic event (as WebApplicationFactory does), so workers can call
    /// its services. Disposing stops it the way SIGTERM does.
    /// </summary>
    internal sealed class ServedApp : IAsyncDisposable
    {
        private readonly IHost _host;
        private readonly Task<int> _run;

        private readonly TextWriter _report;

        private ServedApp(IHost host, Task<int> run, string baseUrl, TextWriter report)
        {
            _host = host;
            _run = run;
            BaseUrl = baseUrl;
            _report = report;
        }

        public string BaseUrl { get; }

        public IServiceProvider Services => _host.Services;

        public string EnvironmentName => _host.Services.GetRequiredService<IHostEnvironment>().EnvironmentName;

        public static async Task<ServedApp> StartAsync(string connectionString, string folder, int cases, TextWriter report)
        {
            string[] args =
            [
                "--environment=Production",
                "--urls=http://127.0.0.1:0",
                "--ConnectionStrings:DentalLab=" + connectionString,
                "--Demo:Enabled=true",
                "--Demo:Cases=" + cases.ToString(CultureInfo.InvariantCulture),
                // Fifty people sign in from one address within a minute: the sign-in limit would refuse them.
                "--RateLimits:Enabled=false",
                "--Notifications:DigestEnabled=false",
                // One line per request would drown the figures.
                "--Serilog:MinimumLevel:Default=Warning",
                "--Logging:Path=" + Path.Combine(folder, "logs"),
                "--Storage:FilesPath=" + Path.Combine(folder, "files"),
                "--Email:OutboxPath=" + Path.Combine(folder, "outbox"),
                "--Email:SmtpHost=",
            ];
            using var catcher = new HostCatcher();
            var entryPoint = typeof(Program).Assembly.EntryPoint ?? throw new InvalidOperationException("The app has no entry point.");
            var run = Task.Factory.StartNew(() => (int)entryPoint.Invoke(null, [args])!, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var built = await Task.WhenAny(catcher.Host, run);
            if (built == run)
            {
                throw new InvalidOperationException($"The app ended before it was built (exit code {await run}).");
            }

            var host = await catcher.Host;
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => started.TrySetResult()))
            {
                if (await Task.WhenAny(started.Task, run) == run)
                {
                    throw new InvalidOperationException($"The app ended before it started (exit code {await run}).");
                }
            }

            var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new ServedApp(host, run, address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal), report);
        }

        public async ValueTask DisposeAsync()
        {
            var clock = Stopwatch.StartNew();
            _host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
            var exitCode = await _run;
            _report.WriteLine($"App stopped in {clock.Elapsed.TotalMilliseconds:N0} ms (exit code {exitCode}).");
        }
    }

    /// <summary>Hears the "HostBuilt" event of Microsoft.Extensions.Hosting's diagnostic listener: the app's host, before it starts.</summary>
    private sealed class HostCatcher : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly TaskCompletionSource<IHost> _host = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<IDisposable> _subscriptions = [];
        private readonly IDisposable _all;

        public HostCatcher() => _all = DiagnosticListener.AllListeners.Subscribe(this);

        public Task<IHost> Host => _host.Task;

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.Extensions.Hosting")
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value is { Key: "HostBuilt", Value: IHost host })
            {
                _host.TrySetResult(host);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
