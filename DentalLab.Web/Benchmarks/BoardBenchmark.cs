using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.LocalPostgres;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Workflow;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

using static DentalLab.Web.Benchmarks.BenchmarkSupport;

namespace DentalLab.Web.Benchmarks;

/// <summary>
/// <c>benchmark board</c>: proves the board stays usable with 2,000+ active cases. Starts a throwaway PostgreSQL
/// cluster, migrates, seeds a large demo lab, then times <see cref="BoardService"/> exactly as the board page calls
/// it (options lists, then the board) for every filter combination, and prints p50/p95/max per query, the whole
/// board load, the slowest SQL statements and the process's peak working set.
/// </summary>
/// <remarks>Options: <c>--explain</c> (print the plans of the slowest statements), <c>--cases N</c> (demo cases to generate, default 14000: about 2,200 of them active), <c>--iterations N</c> (per query, default 30).</remarks>
public static class BoardBenchmark
{
    private const int MinimumActiveCases = 2000;
    private const double SlowMs = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var cases = IntOption(args, "--cases", 14_000);
        var iterations = IntOption(args, "--iterations", 30);
        var explain = args.Contains("--explain");
        var folder = Path.Combine(Path.GetTempPath(), "dentallab-board-benchmark-" + Guid.NewGuid().ToString("N")[..8]);
        Console.WriteLine($"Board benchmark: {cases:N0} demo cases, {iterations} runs per query, throwaway cluster in {folder}");
        var total = Stopwatch.StartNew();
        var cluster = await LocalPostgresCluster.StartAsync(Path.Combine(folder, "pg"), durable: false);
        try
        {
            await CreateDatabaseAsync(cluster.ConnectionString("postgres"), "board_benchmark");
            await using var dataSource = LabDbContextOptions.BuildDataSource(cluster.ConnectionString("board_benchmark"));
            var migrateOptions = new DbContextOptionsBuilder<LabDbContext>();
            migrateOptions.UseLabDatabase(dataSource);
            await using (var db = new LabDbContext(migrateOptions.Options))
            {
                await db.Database.MigrateAsync();
            }

            var timer = new SqlTimer();
            await using var root = BuildServices(dataSource, timer);
            await using var scope = root.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var seeding = Stopwatch.StartNew();
            await DemoDataGenerator.SeedAsync(services.GetRequiredService<IDbContextFactory<LabDbContext>>(),
                new DemoDataOptions { Cases = cases }, TimeProvider.System);
            await using (var db = await services.GetRequiredService<IDbContextFactory<LabDbContext>>().CreateDbContextAsync())
            {
                await db.Database.ExecuteSqlAsync($"VACUUM ANALYZE"); // as autovacuum would have: statistics and the visibility map
            }

            Console.WriteLine($"Migrated and seeded in {seeding.Elapsed.TotalSeconds:N0} s.");
            var exitCode = await MeasureAsync(services, timer, iterations);
            if (explain)
            {
                await ExplainAsync(dataSource, timer);
            }

            return exitCode;
        }
        finally
        {
            await cluster.StopAsync();
            TryDelete(folder);
            Console.WriteLine($"Cluster stopped; total {total.Elapsed.TotalSeconds:N0} s.");
        }
    }

    private static async Task<int> MeasureAsync(IServiceProvider services, SqlTimer timer, int iterations)
    {
        Guid technicianId;
        int active;
        int activeOfTechnician;
        await using (var db = await services.GetRequiredService<IDbContextFactory<LabDbContext>>().CreateDbContextAsync())
        {
            technicianId = await db.Users.Where(u => u.NormalizedEmail == "TECH@DENTALLAB.TEST").Select(u => u.Id).SingleAsync();
            active = await db.Cases.CountAsync(c => c.CurrentStage != null && c.Status != CaseStatus.Delivered && c.Status != CaseStatus.Cancelled);
            activeOfTechnician = await db.Cases.CountAsync(c => c.CurrentStage != null && c.Status != CaseStatus.Delivered && c.Status != CaseStatus.Cancelled
                && c.Stages.Any(s => s.AssignedToId == technicianId
                    && (s.Status == WorkflowStatus.InProgress || s.Status == WorkflowStatus.Blocked || s.Status == WorkflowStatus.OnHold)));
        }

        Console.WriteLine($"Active cases on the board: {active:N0} (assigned to tech@: {activeOfTechnician:N0}); signed in as tech@dentallab.test.");
        if (active < MinimumActiveCases)
        {
            Console.Error.WriteLine($"Only {active:N0} active cases: run with a larger --cases.");
            return 2;
        }

        services.GetRequiredService<FixedUser>().SignIn(technicianId);
        var board = services.GetRequiredService<BoardService>();
        var departments = await board.DepartmentsAsync();
        var dentists = await board.DentistsAsync();
        var topDentist = await BusiestDentistAsync(services);

        var queries = new List<(string Name, Func<Task> Run)>
        {
            ("options: departments", () => board.DepartmentsAsync()),
            ("options: dentists", () => board.DentistsAsync()),
            ("board: no filter", () => board.LoadAsync(new BoardFilter())),
            ("board: only mine", () => board.LoadAsync(new BoardFilter(Mine: true))),
            ("board: mine + late", () => board.LoadAsync(new BoardFilter(Mine: true, Due: DueWindow.Overdue))),
            ("board: busiest dentist", () => board.LoadAsync(new BoardFilter(DentistId: topDentist))),
            ("board: rush + within 3 days", () => board.LoadAsync(new BoardFilter(Urgency: UrgencyLevel.Rush, Due: DueWindow.NextThreeDays))),
            ("board: show more x4 (250/column)", () => board.LoadAsync(new BoardFilter(), Enum.GetValues<WorkflowStageName>().ToDictionary(s => s, _ => 250))),
        };
        foreach (var urgency in Enum.GetValues<UrgencyLevel>())
        {
            queries.Add(($"board: urgency {urgency}", () => board.LoadAsync(new BoardFilter(Urgency: urgency))));
        }

        foreach (var due in Enum.GetValues<DueWindow>().Where(d => d != DueWindow.Any))
        {
            queries.Add(($"board: due {due}", () => board.LoadAsync(new BoardFilter(Due: due))));
        }

        foreach (var department in departments)
        {
            queries.Add(($"board: department {department.Name}", () => board.LoadAsync(new BoardFilter(DepartmentId: department.Id))));
        }

        // The page's first render: both option lists, then the board.
        queries.Add(("whole board load (page open)", async () =>
        {
            await board.DepartmentsAsync();
            await board.DentistsAsync();
            await board.LoadAsync(new BoardFilter());
        }));

        var first = await board.LoadAsync(new BoardFilter());
        timer.Recording = true;
        Console.WriteLine($"Board: {string.Join(", ", first.Columns.Select(c => $"{c.Stage} {c.Total}"))}; {dentists.Count} dentists in the filter.");
        Console.WriteLine();
        Console.WriteLine($"{"query",-40} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        var slow = new List<string>();
        foreach (var (name, run) in queries)
        {
            await run(); // warm-up: EF compiles the query, PostgreSQL caches the plan
            var times = new List<double>(iterations);
            for (var i = 0; i < iterations; i++)
            {
                var clock = Stopwatch.StartNew();
                await run();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var p95 = Percentile(times, 0.95);
            Console.WriteLine($"{name,-40} {Percentile(times, 0.5),8:N1} {p95,8:N1} {times[^1],8:N1}");
            if (p95 > SlowMs)
            {
                slow.Add(name);
            }
        }

        Console.WriteLine();
        Console.WriteLine("Slowest SQL statements (p95 over all their runs):");
        foreach (var (sql, times) in timer.Statements().OrderByDescending(s => Percentile(s.Times, 0.95)).Take(5))
        {
            var shape = sql.ReplaceLineEndings(" ");
            Console.WriteLine($"  p95 {Percentile(times, 0.95),7:N1} ms  max {times[^1],7:N1} ms  x{times.Count,-5} {shape[..Math.Min(150, shape.Length)]}");
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine();
        Console.WriteLine($"Peak working set: {process.PeakWorkingSet64 / (1024.0 * 1024.0):N0} MB; managed heap now {GC.GetTotalMemory(false) / (1024.0 * 1024.0):N0} MB.");
        Console.WriteLine(slow.Count == 0
            ? $"Every query's p95 is under {SlowMs} ms."
            : $"SLOW (p95 > {SlowMs} ms): {string.Join(", ", slow)}");
        return slow.Count == 0 ? 0 : 1;
    }

    /// <summary><c>--explain</c>: the plans of the three slowest statements, run again with their first parameters.</summary>
    private static async Task ExplainAsync(NpgsqlDataSource dataSource, SqlTimer timer)
    {
        foreach (var (sql, _) in timer.Statements().OrderByDescending(s => Percentile(s.Times, 0.95)).Take(3))
        {
            Console.WriteLine();
            Console.WriteLine(sql);
            await using var command = dataSource.CreateCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql);
            command.Parameters.AddRange(timer.Sample(sql));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine(reader.GetString(0));
            }
        }
    }

    private static ServiceProvider BuildServices(NpgsqlDataSource dataSource, SqlTimer timer)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHttpContextAccessor();
        services.AddSingleton(dataSource);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<FixedUser>();
        services.AddSingleton<AuthenticationStateProvider>(sp => sp.GetRequiredService<FixedUser>());
        services.AddSingleton<PermissionRegistry>();
        services.AddSingleton<LabSettings>();
        services.AddScoped<CurrentUser>();
        services.AddDbContextFactory<LabDbContext>(
            (sp, options) => options
                .UseLabDatabase(dataSource, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<CurrentUser>())
                .AddInterceptors(timer),
            ServiceLifetime.Scoped);
        services.AddWorkflowFeatures();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task<Guid> BusiestDentistAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<LabDbContext>>().CreateDbContextAsync();
        return await db.Cases.Where(c => c.Status != CaseStatus.Delivered && c.Status != CaseStatus.Cancelled)
            .GroupBy(c => c.DentistId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
    }

    private static async Task CreateDatabaseAsync(string adminConnectionString, string database)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        // Identifiers cannot be parameters; the name is a constant.
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not delete {folder}: {ex.Message}");
        }
    }

    /// <summary>Times every SQL statement the board sends, by its text.</summary>
    private sealed class SqlTimer : DbCommandInterceptor
    {
        private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _times = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, NpgsqlParameter[]> _samples = new(StringComparer.Ordinal);

        public bool Recording { get; set; }

        /// <summary>The parameters of the statement's first run, to explain it with.</summary>
        public NpgsqlParameter[] Sample(string sql) => [.. _samples[sql].Select(p => p.Clone())];

        public IEnumerable<(string Sql, List<double> Times)> Statements() =>
            _times.Select(t => (t.Key, t.Value.Order().ToList()));

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (Recording && command.CommandText.Contains("SELECT", StringComparison.Ordinal))
            {
                _times.GetOrAdd(command.CommandText, _ => []).Add(eventData.Duration.TotalMilliseconds);
                _samples.TryAdd(command.CommandText, [.. command.Parameters.OfType<NpgsqlParameter>().Select(p => p.Clone())]);
            }

            return ValueTask.FromResult(result);
        }
    }
}
