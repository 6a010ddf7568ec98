using System.Diagnostics;
using DentalLab.Data;
using DentalLab.Data.LocalPostgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DentalLab.Web.Benchmarks;

/// <summary>
/// A benchmark's PostgreSQL cluster with the generated lab in database <c>lab</c>: throwaway (temp folder, deleted on
/// dispose) or kept in a folder (<c>benchmark seed --keep DIR</c>) that later commands reuse (<c>--cluster DIR</c>).
/// </summary>
internal sealed class BenchmarkLab : IAsyncDisposable
{
    private const string Database = "lab";

    private readonly LocalPostgresCluster _cluster;
    private readonly bool _keep;

    private BenchmarkLab(string folder, LocalPostgresCluster cluster, NpgsqlDataSource dataSource, bool keep)
    {
        Folder = folder;
        _cluster = cluster;
        DataSource = dataSource;
        _keep = keep;
    }

    public string Folder { get; }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>A new lab of <paramref name="cases"/> cases, in <paramref name="keepIn"/> (must not hold one yet) or a temp folder.</summary>
    public static async Task<BenchmarkLab> GenerateAsync(int cases, string? keepIn)
    {
        var folder = keepIn is null
            ? Path.Combine(Path.GetTempPath(), "dentallab-benchmark-" + Guid.NewGuid().ToString("N")[..8])
            : Path.GetFullPath(keepIn);
        if (File.Exists(Path.Combine(folder, "pg", "PG_VERSION")))
        {
            throw new InvalidOperationException($"{folder} already holds a cluster: reuse it with --cluster {folder}, or choose another folder.");
        }

        Directory.CreateDirectory(folder);
        Console.WriteLine($"Generating {cases:N0} cases into {(keepIn is null ? "a throwaway cluster in " : "")}{folder}");
        var cluster = await LocalPostgresCluster.StartAsync(Path.Combine(folder, "pg"), durable: false);
        await using (var admin = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE " + Database, admin);
            await create.ExecuteNonQueryAsync();
        }

        var lab = new BenchmarkLab(folder, cluster, LabDbContextOptions.BuildDataSource(cluster.ConnectionString(Database)), keepIn is not null);
        try
        {
            var migrate = Stopwatch.StartNew();
            var options = new DbContextOptionsBuilder<LabDbContext>();
            options.UseLabDatabase(lab.DataSource);
            await using (var db = new LabDbContext(options.Options))
            {
                await db.Database.MigrateAsync();
            }

            Console.WriteLine($"{"migrations",-60} {"",12} {migrate.Elapsed.TotalSeconds,8:N1} s");
            await using var services = BenchmarkServices.Build(lab.DataSource);
            await using var scope = services.CreateAsyncScope();
            await LabGenerator.GenerateAsync(scope.ServiceProvider.GetRequiredService<IDbContextFactory<LabDbContext>>(), lab.DataSource, cases, Console.Out);
        }
        catch
        {
            await lab.DisposeAsync();
            throw;
        }

        return lab;
    }

    /// <summary>The lab kept in <paramref name="folder"/> by <c>benchmark seed --keep</c>.</summary>
    public static async Task<BenchmarkLab> OpenAsync(string folder)
    {
        folder = Path.GetFullPath(folder);
        if (!File.Exists(Path.Combine(folder, "pg", "PG_VERSION")))
        {
            throw new InvalidOperationException($"{folder} holds no cluster: make one with benchmark seed --cases N --keep {folder}.");
        }

        var cluster = await LocalPostgresCluster.StartAsync(Path.Combine(folder, "pg"), durable: false);
        var lab = new BenchmarkLab(folder, cluster, LabDbContextOptions.BuildDataSource(cluster.ConnectionString(Database)), keep: true);
        // A lab kept by an earlier build gets the migrations added since (an index fix is measured on the same data).
        var options = new DbContextOptionsBuilder<LabDbContext>();
        options.UseLabDatabase(lab.DataSource);
        await using (var db = new LabDbContext(options.Options))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            if (pending.Count > 0)
            {
                var clock = Stopwatch.StartNew();
                await db.Database.MigrateAsync();
                Console.WriteLine($"Applied {string.Join(", ", pending)} to the kept lab in {clock.Elapsed.TotalSeconds:N1} s.");
            }
        }

        return lab;
    }

    /// <summary>The cluster given by <c>--cluster DIR</c>, or a new throwaway lab of <c>--cases N</c> (default <paramref name="defaultCases"/>).</summary>
    public static Task<BenchmarkLab> FromArgumentsAsync(string[] args, int defaultCases)
    {
        var at = Array.IndexOf(args, "--cluster");
        return at >= 0 && at + 1 < args.Length
            ? OpenAsync(args[at + 1])
            : GenerateAsync(BenchmarkSupport.IntOption(args, "--cases", defaultCases), StringOption(args, "--keep"));
    }

    public static string? StringOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await _cluster.StopAsync();
        if (_keep)
        {
            Console.WriteLine($"Cluster stopped; the lab stays in {Folder} (benchmark all --cluster {Folder}).");
            return;
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not delete {Folder}: {ex.Message}");
        }
    }
}

/// <summary><c>benchmark seed --cases N [--keep DIR]</c>: generates the lab (and keeps it when asked).</summary>
internal static class SeedBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var total = Stopwatch.StartNew();
        await using (await BenchmarkLab.GenerateAsync(BenchmarkSupport.IntOption(args, "--cases", 1_000_000), BenchmarkLab.StringOption(args, "--keep")))
        {
        }

        Console.WriteLine($"Done in {total.Elapsed.TotalSeconds:N0} s.");
        return 0;
    }
}
