using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Web.Infrastructure.Observability;
using Microsoft.EntityFrameworkCore;

using static DentalLab.Web.Benchmarks.BenchmarkSupport;

namespace DentalLab.Web.Benchmarks;

/// <summary>
/// <c>benchmark live</c>: what a person at an open interactive page gets, on the app served on loopback as
/// <c>benchmark load</c> serves it. Live delay: a manager's board is open (a <see cref="CircuitClient"/>); a technician
/// completes a stage <c>--moves</c> times (default 100), each time on the case the board shows first; the time from the
/// click to the manager's next render batch, and to the batch that shows that case. Memory: <c>--circuits</c> (default
/// 200) idle boards, then as many idle case pages, held open; the managed heap after a full collection and the working
/// set, before and after, per open page; the same for bare hub connections (no circuit), which is what the client and
/// the connection itself cost, since the client runs in this process beside the app.
/// </summary>
public static class LiveBenchmark
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var moves = IntOption(args, "--moves", 100);
        var circuits = IntOption(args, "--circuits", 200);
        var cases = IntOption(args, "--cases", 2000);
        Console.WriteLine($"Live benchmark: {moves} moves watched on an open board, then {circuits} idle boards and {circuits} idle case pages; demo lab of {cases:N0} cases");
        return await LoadBenchmark.WithServedAppAsync("live", cases, (app, connectionString, report) => MeasureAsync(app, connectionString, moves, circuits, report));
    }

    private static async Task<int> MeasureAsync(LoadBenchmark.ServedApp app, string connectionString, int moves, int circuits, TextWriter report)
    {
        var options = new DbContextOptionsBuilder<LabDbContext>();
        await using var dataSource = LabDbContextOptions.BuildDataSource(connectionString);
        options.UseLabDatabase(dataSource);
        Guid technician;
        List<string> casePages;
        await using (var db = new LabDbContext(options.Options))
        {
            technician = await db.Users.Where(u => u.NormalizedEmail == "TECH@DENTALLAB.TEST").Select(u => u.Id).SingleAsync();
            casePages = await db.Cases.Where(c => c.Status != CaseStatus.Cancelled).OrderBy(c => c.CaseNumber).Select(c => c.CaseNumber).Take(circuits).ToListAsync();
        }

        var cookies = new CookieContainer();
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(app.BaseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (await LoadBenchmark.SignInAsync(http, "manager@dentallab.test") is { } refused)
        {
            report.WriteLine("The manager could not sign in: " + refused);
            return 1;
        }

        var errors = await LiveDelayAsync(app, options.Options, http, cookies, technician, moves, report);
        errors += await MemoryAsync(http, cookies, circuits, casePages, report);
        using (var process = Process.GetCurrentProcess())
        {
            process.Refresh();
            report.WriteLine($"Peak working set of the whole run (app and clients, one process; PostgreSQL apart): {Megabytes(process.PeakWorkingSet64):N0} MB. Load average after: {LoadBenchmark.LoadAverage()}.");
        }

        report.WriteLine(errors == 0 ? "No errors." : $"ERRORS: {errors}.");
        return errors == 0 ? 0 : 1;
    }

    private static async Task<int> LiveDelayAsync(LoadBenchmark.ServedApp app, DbContextOptions<LabDbContext> options, HttpClient http, CookieContainer cookies,
        Guid technician, int moves, TextWriter report)
    {
        var mover = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, technician.ToString())], "benchmark"));
        await using var board = await CircuitClient.OpenAsync(http, cookies, "/board");
        var saves = new List<double>();
        var firstBatch = new List<double>();
        var showing = new List<double>();
        var errors = 0;
        for (var i = 0; i < moves; i++)
        {
            await using var db = new LabDbContext(options);
            var caseNumber = await FirstCompletableAsync(db);
            if (caseNumber is null)
            {
                report.WriteLine($"No case left to complete after {i} moves.");
                break;
            }

            var anyBatch = board.NextBatchAsync(_ => true, Patience);
            var shown = board.NextBatchAsync(CircuitClient.Containing(caseNumber), Patience);
            var clicked = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            if (await LoadBenchmark.CompleteAsUserAsync(app, mover, caseNumber) is { } refusal)
            {
                report.WriteLine("  move refused: " + refusal);
                errors++;
                continue;
            }

            saves.Add(clock.Elapsed.TotalMilliseconds);
            if (await anyBatch is { } first)
            {
                firstBatch.Add((first - clicked).TotalMilliseconds);
            }
            else
            {
                errors++;
                report.WriteLine($"  {caseNumber}: the open board got no render batch within {Patience.TotalSeconds:N0} s" + (board.Failure is null ? "" : $" ({board.Failure})"));
            }

            if (await shown is { } seen)
            {
                showing.Add((seen - clicked).TotalMilliseconds);
            }

            // A person does not click again within the same instant; and the next move's timing starts from a quiet board.
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        report.WriteLine();
        report.WriteLine($"Live delay over {saves.Count} moves (a technician completes a stage; a manager's board is open):");
        report.WriteLine($"{"measure",-44} {"count",6} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        Row(report, "the move saved (the mover's own wait)", saves);
        Row(report, "click to the open board's next render", firstBatch);
        Row(report, "click to the render that shows the case", showing);
        report.WriteLine($"Target: p95 ≤ 300 ms from the click to the change on the open board. The open board stayed {(board.IsAlive ? "alive" : "dead: " + board.Failure)}.");
        return errors + (board.IsAlive ? 0 : 1);
    }

    /// <summary>The completable case the board shows first (its order: due date, urgency, case number), so the move is in view.</summary>
    private static Task<string?> FirstCompletableAsync(LabDbContext db) =>
        db.Set<WorkflowStage>()
            .Where(s => s.Status == WorkflowStatus.InProgress && s.Stage != WorkflowStageName.QualityControl
                && s.Case!.CurrentStage == s.Stage && s.Case.Status != CaseStatus.Cancelled && s.Case.Status != CaseStatus.Delivered)
            .OrderBy(s => s.Case!.DueDate).ThenByDescending(s => s.Case!.Urgency).ThenBy(s => s.Case!.CaseNumber)
            .Select(s => s.Case!.CaseNumber)
            .FirstOrDefaultAsync();

    private static async Task<int> MemoryAsync(HttpClient http, CookieContainer cookies, int circuits, List<string> casePages, TextWriter report)
    {
        report.WriteLine();
        report.WriteLine($"Memory per open page ({circuits} held open at once; managed heap after a full collection, and working set, of this one process):");
        report.WriteLine($"{"held open",-36} {"open",5} {"meter",6} {"heap MB",8} {"KB each",8} {"WS MB",7} {"KB each",8}");
        var baseline = await SettledAsync(0);
        Print(report, "nothing (baseline)", 0, baseline, baseline);
        var errors = 0;

        var bare = new List<IAsyncDisposable>();
        for (var i = 0; i < circuits; i++)
        {
            bare.Add(await CircuitClient.ConnectAsync(http, cookies));
        }

        Print(report, "bare hub connections (no circuit)", circuits, baseline, await SettledAsync(0));
        foreach (var connection in bare)
        {
            await connection.DisposeAsync();
        }

        var pages = new (string Name, Func<int, string> Path)[]
        {
            ("idle boards (/board)", _ => "/board"),
            ("idle case pages (/cases/{number})", i => "/cases/" + casePages[i % casePages.Count]),
        };
        foreach (var (name, path) in pages)
        {
            var before = await SettledAsync(0);
            var open = new List<CircuitClient>();
            try
            {
                // Four at a time: people open pages, they do not all press Enter in the same millisecond.
                for (var i = 0; i < circuits; i += 4)
                {
                    open.AddRange(await Task.WhenAll(Enumerable.Range(i, Math.Min(4, circuits - i)).Select(n => CircuitClient.OpenAsync(http, cookies, path(n)))));
                }

                var held = await SettledAsync(circuits, open);
                Print(report, name, open.Count(c => c.IsAlive), before, held);
                var dead = open.Where(c => !c.IsAlive).ToList();
                errors += dead.Count;
                foreach (var page in dead.Take(3))
                {
                    report.WriteLine("  dropped: " + page.Failure);
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException)
            {
                errors++;
                report.WriteLine($"  {name}: {ex.Message} (after {open.Count} opened)");
            }
            finally
            {
                foreach (var page in open)
                {
                    await page.DisposeAsync();
                }
            }
        }

        return errors;
    }

    /// <summary>
    /// The process's managed heap after a full, compacting collection, and its working set, once the app's open-circuit
    /// meter shows <paramref name="expectedCircuits"/>: a closed page's circuit is disposed a moment later (on a loaded
    /// machine, many seconds for 200 boards), and one whose goodbye was lost only after the retention period (3 min).
    /// </summary>
    /// <param name="pages">Open pages: weighed only once none has received a render batch for half a second.</param>
    private static async Task<Snapshot> SettledAsync(int expectedCircuits, IReadOnlyCollection<CircuitClient>? pages = null)
    {
        var clock = Stopwatch.StartNew();
        while (LabMetrics.OpenCircuits != expectedCircuits && clock.Elapsed < TimeSpan.FromMinutes(3.5))
        {
            await Task.Delay(250);
        }

        // The last renders and acknowledgements have finished when the batch count stops moving.
        var batches = -1;
        var quiet = 0;
        while (pages is not null && quiet < 2 && clock.Elapsed < TimeSpan.FromMinutes(4))
        {
            var now = pages.Sum(p => p.Batches);
            quiet = now == batches ? quiet + 1 : 0;
            batches = now;
            await Task.Delay(250);
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new Snapshot(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64, LabMetrics.OpenCircuits);
    }

    private static void Print(TextWriter report, string name, int open, Snapshot before, Snapshot after)
    {
        string Each(long bytes) => open == 0 ? "" : (bytes / (double)open / 1024).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        report.WriteLine($"{name,-36} {open,5} {after.Circuits,6} {Megabytes(after.Heap),8:N1} {Each(after.Heap - before.Heap),8} " +
            $"{Megabytes(after.WorkingSet),7:N0} {Each(after.WorkingSet - before.WorkingSet),8}");
    }

    private static void Row(TextWriter report, string name, List<double> values)
    {
        if (values.Count == 0)
        {
            report.WriteLine($"{name,-44} {0,6}");
            return;
        }

        var sorted = values.Order().ToList();
        report.WriteLine($"{name,-44} {sorted.Count,6} {Percentile(sorted, 0.5),8:N1} {Percentile(sorted, 0.95),8:N1} {sorted[^1],8:N1}");
    }

    private static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);

    private sealed record Snapshot(long Heap, long WorkingSet, long Circuits);
}
