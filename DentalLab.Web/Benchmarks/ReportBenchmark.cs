using System.Diagnostics;
using DentalLab.Data;
using DentalLab.Web.Features.Reports;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Npgsql;

using static DentalLab.Web.Benchmarks.BenchmarkSupport;

namespace DentalLab.Web.Benchmarks;

/// <summary>
/// <c>benchmark reports [--cases N | --cluster DIR] [--iterations N]</c>: the benchmark lab of <see cref="LabGenerator"/>
/// (N cases over ten years, default 1,000,000; or the one kept in DIR by <c>benchmark seed --keep DIR</c>). Prints how long the refresh job's full run (nightly: history parts too) and its every-15-minutes run take, per view, and each
/// report query's p50/p95 for a month, a quarter and a year. Targets: every report ≤ 50 ms p95, a refresh run ≤ 10 s.
/// </summary>
public static class ReportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var iterations = IntOption(args, "--iterations", 20);
        var total = Stopwatch.StartNew();
        await using var lab = await BenchmarkLab.FromArgumentsAsync(args, 1_000_000);
        await using var root = BenchmarkServices.Build(lab.DataSource);
        Console.WriteLine($"Report benchmark: {iterations} runs per query.");
        var exitCode = await MeasureAsync(root, lab.DataSource, iterations);
        Console.WriteLine($"Total {total.Elapsed.TotalSeconds:N0} s.");
        return exitCode;
    }

    private static async Task<int> MeasureAsync(ServiceProvider root, NpgsqlDataSource dataSource, int iterations)
    {
        // Both runs of the refresh job: the full one (the history parts too, in one transaction: nightly, and when the
        // boundary moves or the zone changes) and the one every reports.refresh_minutes (the views of every run).
        var job = ActivatorUtilities.CreateInstance<RefreshReportViewsJob>(root);
        var runs = new List<(string Run, double Ms)>();
        foreach (var (run, history) in new[] { ("full (nightly)", true), ("every run (15 minutes)", false) })
        {
            Console.WriteLine();
            Console.WriteLine($"{"view (REFRESH ... CONCURRENTLY), " + run,-50} {"ms",10}");
            var clock = Stopwatch.StartNew();
            await job.RefreshAsync(history, (view, elapsed) => Console.WriteLine($"{view,-50} {elapsed.TotalMilliseconds,10:N0}"));
            runs.Add((run, clock.Elapsed.TotalMilliseconds));
            Console.WriteLine($"{"all, " + run,-50} {clock.Elapsed.TotalMilliseconds,10:N0}");
        }

        var refreshMs = runs[^1].Ms;

        await using var scope = root.CreateAsyncScope();
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LabDbContext>>().CreateDbContextAsync())
        {
            var manager = await db.Users.Where(u => u.NormalizedEmail == "MANAGER@DENTALLAB.TEST").Select(u => u.Id).SingleAsync();
            root.GetRequiredService<FixedUser>().SignIn(manager);
        }

        var queries = scope.ServiceProvider.GetRequiredService<ReportQueries>();
        var today = await root.GetRequiredService<LabSettings>().TodayAsync();
        var slow = new List<string>();
        Console.WriteLine();
        Console.WriteLine($"{"report query",-40} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        foreach (var kind in new[] { PeriodKind.Month, PeriodKind.Quarter, PeriodKind.Year })
        {
            var period = ReportPeriod.Of(kind, today);
            var reports = new (string Name, Func<Task> Run)[]
            {
                ("revenue", () => queries.RevenueAsync(period)),
                ("completion", () => queries.CompletionAsync(period)),
                ("departments", () => queries.DepartmentsAsync(period)),
                ("staff", () => queries.StaffAsync(period)),
                ("inventory", () => queries.InventoryAsync(period)),
                ("remakes", () => queries.RemakesAsync(period)),
            };
            foreach (var (name, run) in reports)
            {
                await run();
                var times = new List<double>(iterations);
                for (var i = 0; i < iterations; i++)
                {
                    var clock = Stopwatch.StartNew();
                    await run();
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }

                times.Sort();
                var p95 = Percentile(times, 0.95);
                var label = $"{name} ({kind.ToString().ToLowerInvariant()})";
                Console.WriteLine($"{label,-40} {Percentile(times, 0.5),8:N1} {p95,8:N1} {times[^1],8:N1}");
                if (p95 > 50)
                {
                    slow.Add(label);
                }
            }
        }

        var dashboard = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            await queries.ManagerFiguresAsync();
            dashboard.Add(clock.Elapsed.TotalMilliseconds);
        }

        dashboard.Sort();
        Console.WriteLine($"{"dashboard manager figures",-40} {Percentile(dashboard, 0.5),8:N1} {Percentile(dashboard, 0.95),8:N1} {dashboard[^1],8:N1}");
        Console.WriteLine();
        Console.WriteLine(refreshMs <= 10_000
            ? $"A run of the refresh job took {refreshMs / 1000:N1} s (target 10 s); the nightly full one {runs[0].Ms / 1000:N1} s."
            : $"SLOW: a run of the refresh job took {refreshMs / 1000:N1} s (target 10 s).");
        Console.WriteLine(slow.Count == 0 ? "Every report query's p95 is within 50 ms." : $"SLOW (p95 > 50 ms): {string.Join(", ", slow)}");
        return slow.Count == 0 && refreshMs <= 10_000 ? 0 : 1;
    }
}
