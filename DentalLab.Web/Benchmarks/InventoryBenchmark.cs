using System.Diagnostics;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.LocalPostgres;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Inventory;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

using static DentalLab.Web.Benchmarks.BenchmarkSupport;

namespace DentalLab.Web.Benchmarks;

/// <summary>
/// <c>benchmark inventory</c>: the item list and the recall query at stock-room scale. Starts a throwaway PostgreSQL
/// cluster, migrates, seeds a small demo lab (accounts, dentists, suppliers), then loads with Npgsql binary COPY
/// 2,000 items, their lots and 1,000,000 ledger rows, and one lot used in 10,000 cases; times
/// <see cref="InventoryQueries"/> exactly as the pages call it and prints p50/p95/max. Every p95 must be ≤ 50 ms.
/// </summary>
/// <remarks>Options: <c>--items N</c> (default 2000), <c>--ledger N</c> (default 1000000), <c>--recall-cases N</c> (default 10000), <c>--iterations N</c> (default 40).</remarks>
public static class InventoryBenchmark
{
    private const double LimitMs = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var items = IntOption(args, "--items", 2_000);
        var ledger = IntOption(args, "--ledger", 1_000_000);
        var recallCases = IntOption(args, "--recall-cases", 10_000);
        var iterations = IntOption(args, "--iterations", 40);
        var folder = Path.Combine(Path.GetTempPath(), "dentallab-inventory-benchmark-" + Guid.NewGuid().ToString("N")[..8]);
        Console.WriteLine($"Inventory benchmark: {items:N0} items, {ledger:N0} ledger rows, a lot used in {recallCases:N0} cases; {iterations} runs per query; cluster in {folder}");
        var total = Stopwatch.StartNew();
        var cluster = await LocalPostgresCluster.StartAsync(Path.Combine(folder, "pg"), durable: false);
        try
        {
            await using (var admin = new NpgsqlConnection(cluster.ConnectionString("postgres")))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand("CREATE DATABASE inventory_benchmark", admin);
                await create.ExecuteNonQueryAsync();
            }

            await using var dataSource = LabDbContextOptions.BuildDataSource(cluster.ConnectionString("inventory_benchmark"));
            await using var root = BuildServices(dataSource);
            await using var scope = root.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var dbFactory = services.GetRequiredService<IDbContextFactory<LabDbContext>>();
            await using (var db = await dbFactory.CreateDbContextAsync())
            {
                await db.Database.MigrateAsync();
            }

            var load = Stopwatch.StartNew();
            await DemoDataGenerator.SeedAsync(dbFactory, new DemoDataOptions { Cases = 60 }, TimeProvider.System);
            var lotId = await LoadAsync(dataSource, items, ledger, recallCases);
            await using (var db = await dbFactory.CreateDbContextAsync())
            {
                await db.Database.ExecuteSqlAsync($"VACUUM ANALYZE");
            }

            Console.WriteLine($"Seeded and loaded in {load.Elapsed.TotalSeconds:N0} s.");
            return await MeasureAsync(services, lotId, iterations);
        }
        finally
        {
            await cluster.StopAsync();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"Could not delete {folder}: {ex.Message}");
            }

            Console.WriteLine($"Cluster stopped; total {total.Elapsed.TotalSeconds:N0} s.");
        }
    }

    private static async Task<int> MeasureAsync(IServiceProvider services, Guid lotId, int iterations)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<LabDbContext>>();
        Guid managerId;
        string busySku;
        string lotNumber;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            managerId = await db.Users.Where(u => u.NormalizedEmail == "MANAGER@DENTALLAB.TEST").Select(u => u.Id).SingleAsync();
            busySku = await db.InventoryItems.Where(i => i.Sku.StartsWith("BENCH-")).OrderBy(i => i.Sku).Select(i => i.Sku).FirstAsync();
            lotNumber = await db.MaterialLots.Where(l => l.Id == lotId).Select(l => l.LotNumber).SingleAsync();
            Console.WriteLine($"Items {await db.InventoryItems.CountAsync():N0}, lots {await db.MaterialLots.CountAsync():N0}, ledger rows {await db.InventoryTransactions.CountAsync():N0}, case materials {await db.CaseMaterials.CountAsync():N0}; signed in as manager@dentallab.test.");
        }

        services.GetRequiredService<FixedUser>().SignIn(managerId);
        var queries = services.GetRequiredService<InventoryQueries>();
        var busy = (await queries.ItemAsync(busySku))!;
        var queriesToTime = new List<(string Name, Func<Task> Run)>
        {
            ("list: first page", () => queries.ListAsync(new InventoryListQuery())),
            ("list: page 40", () => queries.ListAsync(new InventoryListQuery { Page = 40 })),
            ("list: search SKU 'BENCH-01'", () => queries.ListAsync(new InventoryListQuery { Search = "BENCH-01" })),
            ("list: search name 'zirconia'", () => queries.ListAsync(new InventoryListQuery { Search = "zirconia" })),
            ("list: search lot number", () => queries.ListAsync(new InventoryListQuery { Search = lotNumber })),
            ("list: category materials", () => queries.ListAsync(new InventoryListQuery { Category = InventoryCategory.Materials })),
            ("list: low stock", () => queries.ListAsync(new InventoryListQuery { LowStockOnly = true })),
            ("list: lot-tracked, expiring 30 d", () => queries.ListAsync(new InventoryListQuery { LotTrackedOnly = true, ExpiringWithinDays = 30 })),
            ("list: by value desc", () => queries.ListAsync(new InventoryListQuery { Sort = "value", Descending = true })),
            ("list: by supplier, location filter", () => queries.ListAsync(new InventoryListQuery { Sort = "supplier", Location = "Bench store 3" })),
            ("item page: item + lots + 12 months", () => queries.ItemAsync(busySku)),
            ("item page: ledger page 1", () => queries.LedgerAsync(busy.Id, 1, 20)),
            ("item page: ledger page 20", () => queries.LedgerAsync(busy.Id, 20, 20)),
            ("recall: lot used in many cases", () => queries.LotAsync(lotId)),
        };

        var recall = await queries.LotAsync(lotId);
        Console.WriteLine($"Recall lot {lotNumber}: {recall!.CaseCount:N0} cases of {recall.DentistCount} dentists (the screen shows the first {recall.Cases.Count}).");
        Console.WriteLine();
        Console.WriteLine($"{"query",-40} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        var slow = new List<string>();
        foreach (var (name, run) in queriesToTime)
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
            Console.WriteLine($"{name,-40} {Percentile(times, 0.5),8:N1} {p95,8:N1} {times[^1],8:N1}");
            if (p95 > LimitMs)
            {
                slow.Add(name);
            }
        }

        Console.WriteLine();
        Console.WriteLine(slow.Count == 0 ? $"Every p95 is within {LimitMs} ms." : $"SLOW (p95 > {LimitMs} ms): {string.Join(", ", slow)}");
        return slow.Count == 0 ? 0 : 1;
    }

    /// <summary>Bulk-loads the items, lots and ledger with binary COPY, and the recall lot's cases with one INSERT ... SELECT.</summary>
    private static async Task<Guid> LoadAsync(NpgsqlDataSource dataSource, int itemCount, int ledgerRows, int recallCases)
    {
        var random = new Random(2026);
        await using var connection = await dataSource.OpenConnectionAsync();
        var suppliers = new List<Guid>();
        await using (var cmd = new NpgsqlCommand("SELECT id FROM suppliers ORDER BY name", connection))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                suppliers.Add(reader.GetGuid(0));
            }
        }

        var users = new List<Guid>();
        await using (var cmd = new NpgsqlCommand("SELECT id FROM users", connection))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                users.Add(reader.GetGuid(0));
            }
        }

        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var names = new[] { "Zirconia disc", "Lithium disilicate block", "PMMA disc", "Milling bur", "Glaze paste", "Gloves", "Model resin", "Die stone", "Titanium blank", "Shipping box" };
        var categories = Enum.GetValues<InventoryCategory>();
        var items = new List<(Guid Id, bool Lots)>(itemCount);
        var lots = new List<(Guid Id, Guid Item)>();
        var perItem = Math.Max(1, ledgerRows / itemCount);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY inventory_items (id, sku, name, category, unit, quantity_on_hand, reorder_level, reorder_quantity, unit_cost, supplier_id, location, is_lot_tracked) FROM STDIN (FORMAT BINARY)"))
        {
            writer.Timeout = TimeSpan.FromMinutes(15); // the server checks constraints and builds indexes while it completes
            for (var i = 0; i < itemCount; i++)
            {
                var id = Guid.CreateVersion7();
                var tracked = i % 2 == 0;
                var onHand = (decimal)random.Next(0, 400);
                items.Add((id, tracked));
                await writer.StartRowAsync();
                await writer.WriteAsync(id, NpgsqlDbType.Uuid);
                await writer.WriteAsync($"BENCH-{i:00000}", NpgsqlDbType.Varchar);
                await writer.WriteAsync($"{names[i % names.Length]} {i}", NpgsqlDbType.Varchar);
                await writer.WriteAsync(categories[i % categories.Length]);
                await writer.WriteAsync("pcs", NpgsqlDbType.Varchar);
                await writer.WriteAsync(onHand, NpgsqlDbType.Numeric);
                await writer.WriteAsync((decimal)random.Next(0, 120), NpgsqlDbType.Numeric);
                await writer.WriteAsync(50m, NpgsqlDbType.Numeric);
                await writer.WriteAsync(Math.Round((decimal)(random.NextDouble() * 200), 2), NpgsqlDbType.Numeric);
                await writer.WriteAsync(suppliers[i % suppliers.Count], NpgsqlDbType.Uuid);
                await writer.WriteAsync($"Bench store {i % 40}", NpgsqlDbType.Varchar);
                await writer.WriteAsync(tracked, NpgsqlDbType.Boolean);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY material_lots (id, item_id, supplier_id, lot_number, received_on, expires_on, quantity_received, quantity_remaining) FROM STDIN (FORMAT BINARY)"))
        {
            writer.Timeout = TimeSpan.FromMinutes(15); // the server checks constraints and builds indexes while it completes
            foreach (var (item, n) in items.Where(i => i.Lots).Select((i, n) => (i.Id, n)))
            {
                for (var k = 0; k < 3; k++)
                {
                    var id = Guid.CreateVersion7();
                    lots.Add((id, item));
                    var received = today.AddDays(-random.Next(30, 700));
                    await writer.StartRowAsync();
                    await writer.WriteAsync(id, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(item, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(suppliers[n % suppliers.Count], NpgsqlDbType.Uuid);
                    await writer.WriteAsync($"L{n:00000}-{k}", NpgsqlDbType.Varchar);
                    await writer.WriteAsync(received, NpgsqlDbType.Date);
                    await writer.WriteAsync(received.AddDays(random.Next(200, 1100)), NpgsqlDbType.Date);
                    await writer.WriteAsync(20_000m, NpgsqlDbType.Numeric);
                    await writer.WriteAsync((decimal)random.Next(0, 200), NpgsqlDbType.Numeric);
                }
            }

            await writer.CompleteAsync();
        }

        var lotsByItem = lots.GroupBy(l => l.Item).ToDictionary(g => g.Key, g => g.Select(l => l.Id).ToArray());
        var types = new[] { InventoryTransactionType.Out, InventoryTransactionType.Out, InventoryTransactionType.Out, InventoryTransactionType.In, InventoryTransactionType.Adjustment, InventoryTransactionType.Damage };
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY inventory_transactions (id, item_id, type, quantity, quantity_after, unit_cost, lot_id, supplier_id, reference, reason, performed_by_id, occurred_at) FROM STDIN (FORMAT BINARY)"))
        {
            writer.Timeout = TimeSpan.FromMinutes(15); // the server checks constraints and builds indexes while it completes
            var written = 0;
            foreach (var (item, tracked) in items)
            {
                var rows = Math.Min(perItem, ledgerRows - written);
                var balance = 1000m;
                for (var k = 0; k < rows; k++)
                {
                    var type = types[random.Next(types.Length)];
                    var quantity = type == InventoryTransactionType.In ? random.Next(20, 60) : -random.Next(1, 5);
                    balance = Math.Max(0, balance + quantity);
                    await writer.StartRowAsync();
                    await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await writer.WriteAsync(item, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(type);
                    await writer.WriteAsync((decimal)quantity, NpgsqlDbType.Numeric);
                    await writer.WriteAsync(balance, NpgsqlDbType.Numeric);
                    if (type == InventoryTransactionType.In)
                    {
                        await writer.WriteAsync(12.5m, NpgsqlDbType.Numeric);
                    }
                    else
                    {
                        await writer.WriteNullAsync();
                    }

                    if (tracked)
                    {
                        await writer.WriteAsync(lotsByItem[item][k % 3], NpgsqlDbType.Uuid);
                    }
                    else
                    {
                        await writer.WriteNullAsync();
                    }

                    if (type == InventoryTransactionType.In)
                    {
                        await writer.WriteAsync(suppliers[k % suppliers.Count], NpgsqlDbType.Uuid);
                        await writer.WriteAsync($"PO-{k}", NpgsqlDbType.Varchar);
                    }
                    else
                    {
                        await writer.WriteNullAsync();
                        await writer.WriteNullAsync();
                    }

                    await writer.WriteAsync(type == InventoryTransactionType.Out ? "Used in production" : "Benchmark", NpgsqlDbType.Varchar);
                    await writer.WriteAsync(users[k % users.Count], NpgsqlDbType.Uuid);
                    await writer.WriteAsync(now.AddMinutes(-(rows - k) * 37.0), NpgsqlDbType.TimestampTz);
                }

                written += rows;
            }

            await writer.CompleteAsync();
        }

        // The recall lot: the first lot-tracked item's first lot, used in recallCases new delivered cases of the demo dentists.
        var recallLot = lots[0].Id;
        var recallItem = lots[0].Item;
        await using (var cmd = new NpgsqlCommand("""
            WITH d AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM dentist_profiles),
                 c AS (
                    INSERT INTO cases (dentist_id, patient_code, procedure_type, teeth, units, urgency, priority, status, received_at, due_date, shipped_at, delivered_at)
                    SELECT d.id, 'PT-' || g, 'crown', ARRAY[14]::smallint[], 1, 'standard', 'medium', 'delivered',
                           now() - interval '30 days', current_date - 20, now() - interval '22 days', now() - interval '21 days'
                      FROM generate_series(1, @cases) g JOIN d ON d.n = g % d.total
                    RETURNING id)
            INSERT INTO case_materials (case_id, item_id, lot_id, quantity)
            SELECT c.id, @item, @lot, 0.12 FROM c
            """, connection))
        {
            cmd.Parameters.AddWithValue("cases", recallCases);
            cmd.Parameters.AddWithValue("item", recallItem);
            cmd.Parameters.AddWithValue("lot", recallLot);
            cmd.CommandTimeout = 600;
            await cmd.ExecuteNonQueryAsync();
        }

        return recallLot;
    }

    private static ServiceProvider BuildServices(NpgsqlDataSource dataSource)
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
            (sp, options) => options.UseLabDatabase(dataSource, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<CurrentUser>()),
            ServiceLifetime.Scoped);
        services.AddScoped<InventoryQueries>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
