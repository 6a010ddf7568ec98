using System.Diagnostics;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.LocalPostgres;
using DentalLab.Data.Schema;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Reports;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

using static DentalLab.Web.Benchmarks.BenchmarkSupport;

namespace DentalLab.Web.Benchmarks;

/// <summary>
/// <c>benchmark reports [--cases N] [--iterations N]</c>: a throwaway cluster, a small demo lab, then N cases (default
/// 1,000,000) with three stages each, an invoice for every fourth case and inventory use, bulk-loaded with binary COPY
/// over three years. Prints how long REFRESH MATERIALIZED VIEW CONCURRENTLY takes for each of the five views, and each
/// report query's p50/p95 for a month, a quarter and a year. Targets: every report ≤ 50 ms p95, all views ≤ 10 s.
/// </summary>
public static class ReportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cases = IntOption(args, "--cases", 1_000_000);
        var iterations = IntOption(args, "--iterations", 20);
        var folder = Path.Combine(Path.GetTempPath(), "dentallab-report-benchmark-" + Guid.NewGuid().ToString("N")[..8]);
        Console.WriteLine($"Report benchmark: {cases:N0} cases, {iterations} runs per query, throwaway cluster in {folder}");
        var total = Stopwatch.StartNew();
        var cluster = await LocalPostgresCluster.StartAsync(Path.Combine(folder, "pg"), durable: false);
        try
        {
            await using (var admin = new NpgsqlConnection(cluster.ConnectionString("postgres")))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand("CREATE DATABASE report_benchmark", admin);
                await create.ExecuteNonQueryAsync();
            }

            await using var dataSource = LabDbContextOptions.BuildDataSource(cluster.ConnectionString("report_benchmark"));
            var options = new DbContextOptionsBuilder<LabDbContext>();
            options.UseLabDatabase(dataSource);
            await using (var db = new LabDbContext(options.Options))
            {
                await db.Database.MigrateAsync();
            }

            await using var root = BuildServices(dataSource);
            var factory = root.GetRequiredService<IDbContextFactory<LabDbContext>>();
            await DemoDataGenerator.SeedAsync(factory, new DemoDataOptions { Cases = 60 }, TimeProvider.System);
            var load = Stopwatch.StartNew();
            await LoadAsync(dataSource, factory, cases);
            await using (var vacuum = dataSource.CreateCommand("VACUUM ANALYZE"))
            {
                vacuum.CommandTimeout = 0;
                await vacuum.ExecuteNonQueryAsync();
            }

            Console.WriteLine($"Loaded {cases:N0} cases in {load.Elapsed.TotalSeconds:N0} s.");
            return await MeasureAsync(root, dataSource, iterations);
        }
        finally
        {
            await cluster.StopAsync();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"Could not delete {folder}: {ex.Message}");
            }

            Console.WriteLine($"Cluster stopped; total {total.Elapsed.TotalSeconds:N0} s.");
        }
    }

    private static async Task<int> MeasureAsync(ServiceProvider root, NpgsqlDataSource dataSource, int iterations)
    {
        Console.WriteLine();
        Console.WriteLine($"{"view (REFRESH ... CONCURRENTLY)",-40} {"ms",10}");
        var all = Stopwatch.StartNew();
        foreach (var view in MigrationSql.ViewNames)
        {
            var clock = Stopwatch.StartNew();
            await using var refresh = dataSource.CreateCommand("REFRESH MATERIALIZED VIEW CONCURRENTLY " + view);
            refresh.CommandTimeout = 0;
            await refresh.ExecuteNonQueryAsync();
            Console.WriteLine($"{view,-40} {clock.Elapsed.TotalMilliseconds,10:N0}");
        }

        var refreshMs = all.Elapsed.TotalMilliseconds;
        Console.WriteLine($"{"all five",-40} {refreshMs,10:N0}");

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
        Console.WriteLine(refreshMs <= 10_000 ? "All views refreshed within 10 s." : $"SLOW: the views took {refreshMs / 1000:N1} s (target 10 s).");
        Console.WriteLine(slow.Count == 0 ? "Every report query's p95 is within 50 ms." : $"SLOW (p95 > 50 ms): {string.Join(", ", slow)}");
        return slow.Count == 0 && refreshMs <= 10_000 ? 0 : 1;
    }

    /// <summary>Cases over three years (85% delivered, 3% remakes), three stages each, an invoice for every fourth case, inventory use.</summary>
    private static async Task LoadAsync(NpgsqlDataSource dataSource, IDbContextFactory<LabDbContext> factory, int count)
    {
        Guid[] dentists;
        Guid[] technicians;
        Guid[] items;
        await using (var db = await factory.CreateDbContextAsync())
        {
            dentists = await db.Set<DentistProfile>().Select(d => d.Id).ToArrayAsync();
            technicians = await db.Set<StaffProfile>().Select(s => s.UserId).ToArrayAsync();
            items = await db.Set<InventoryItem>().Select(i => i.Id).ToArrayAsync();
        }

        var random = new Random(13);
        var now = DateTimeOffset.UtcNow;
        var procedures = Enum.GetValues<ProcedureType>();
        var materials = new[] { "Zirconia", "E.max", "PMMA", "Titanium", "Gold alloy" };
        var reasons = new[] { "Shade mismatch", "Open margin", "High occlusion", "Fracture", "Poor fit" };
        var payers = Enum.GetValues<RemakePayer>();
        var caseIds = new Guid[count];
        var rows = new (DateTimeOffset Received, DateTimeOffset? Delivered, Guid Dentist)[count];
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY cases (id, case_number, dentist_id, patient_code, procedure_type, teeth, material, units, urgency, priority, status, current_stage, received_at, due_date, parent_case_id, remake_reason, remake_payer, shipped_at, delivered_at) FROM STDIN (FORMAT BINARY)"))
        {
            writer.Timeout = TimeSpan.FromMinutes(30);
            for (var i = 0; i < count; i++)
            {
                var id = Guid.CreateVersion7();
                caseIds[i] = id;
                // Spread over three years, newest last; the most recent 15% are still in production.
                var received = now.AddMinutes(-(long)((count - i) * (3 * 365 * 1440.0 / count)));
                var delivered = i < count * 0.85 ? received.AddHours(random.Next(72, 260)) : (DateTimeOffset?)null;
                var dentist = dentists[random.Next(dentists.Length)];
                rows[i] = (received, delivered, dentist);
                var remake = i > 100 && random.NextDouble() < 0.03;
                await writer.StartRowAsync();
                await writer.WriteAsync(id, NpgsqlDbType.Uuid);
                await writer.WriteAsync($"DL-B-{i:000000000}", NpgsqlDbType.Varchar);
                await writer.WriteAsync(dentist, NpgsqlDbType.Uuid);
                await writer.WriteAsync($"PT-{i:0000000}", NpgsqlDbType.Varchar);
                await writer.WriteAsync(procedures[random.Next(procedures.Length)]);
                await writer.WriteAsync(new short[] { 14 }, NpgsqlDbType.Array | NpgsqlDbType.Smallint);
                await writer.WriteAsync(materials[random.Next(materials.Length)], NpgsqlDbType.Varchar);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync(UrgencyLevel.Standard);
                await writer.WriteAsync(PriorityLevel.Medium);
                await writer.WriteAsync(delivered is null ? CaseStatus.Designing : CaseStatus.Delivered);
                if (delivered is null) { await writer.WriteAsync(WorkflowStageName.Design); } else { await writer.WriteNullAsync(); }
                await writer.WriteAsync(received, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(DateOnly.FromDateTime(received.UtcDateTime).AddDays(7), NpgsqlDbType.Date);
                if (remake)
                {
                    await writer.WriteAsync(caseIds[random.Next(i - 100, i)], NpgsqlDbType.Uuid);
                    await writer.WriteAsync(reasons[random.Next(reasons.Length)], NpgsqlDbType.Varchar);
                    await writer.WriteAsync(payers[random.Next(payers.Length)]);
                }
                else
                {
                    await writer.WriteNullAsync();
                    await writer.WriteNullAsync();
                    await writer.WriteNullAsync();
                }

                if (delivered is { } d) { await writer.WriteAsync(d, NpgsqlDbType.TimestampTz); await writer.WriteAsync(d, NpgsqlDbType.TimestampTz); }
                else { await writer.WriteNullAsync(); await writer.WriteNullAsync(); }
            }

            await writer.CompleteAsync();
        }

        var stages = new[] { (WorkflowStageName.Design, 3, 2m), (WorkflowStageName.Milling, 4, 1.5m), (WorkflowStageName.QualityControl, 6, 0.5m) };
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY workflow_stages (id, case_id, stage, position, attempt, status, assigned_to_id, started_at, completed_at, completed_by_id, expected_hours) FROM STDIN (FORMAT BINARY)"))
        {
            writer.Timeout = TimeSpan.FromMinutes(30);
            for (var i = 0; i < count; i++)
            {
                var (received, delivered, _) = rows[i];
                foreach (var (stage, position, expected) in stages)
                {
                    var open = delivered is null;
                    if (open && stage != WorkflowStageName.Design)
                    {
                        continue;
                    }

                    var technician = technicians[random.Next(technicians.Length)];
                    var started = received.AddHours(position * 6);
                    await writer.StartRowAsync();
                    await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await writer.WriteAsync(caseIds[i], NpgsqlDbType.Uuid);
                    await writer.WriteAsync(stage);
                    await writer.WriteAsync(position, NpgsqlDbType.Integer);
                    await writer.WriteAsync(1, NpgsqlDbType.Integer);
                    await writer.WriteAsync(open ? WorkflowStatus.InProgress : WorkflowStatus.Completed);
                    await writer.WriteAsync(technician, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(started, NpgsqlDbType.TimestampTz);
                    if (open) { await writer.WriteNullAsync(); await writer.WriteNullAsync(); }
                    else
                    {
                        await writer.WriteAsync(started.AddMinutes(random.Next(10, 240)), NpgsqlDbType.TimestampTz);
                        await writer.WriteAsync(technician, NpgsqlDbType.Uuid);
                    }

                    await writer.WriteAsync(expected, NpgsqlDbType.Numeric);
                }
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY invoices (id, invoice_number, dentist_id, status, issue_date, due_date, subtotal, discount_amount, tax_rate, tax_amount, total, amount_paid, sent_at, paid_at) FROM STDIN (FORMAT BINARY)"))
        {
            writer.Timeout = TimeSpan.FromMinutes(30);
            for (var i = 0; i < count; i += 4)
            {
                if (rows[i].Delivered is not { } delivered)
                {
                    continue;
                }

                var issued = DateOnly.FromDateTime(delivered.UtcDateTime);
                var total = (decimal)random.Next(80, 1200);
                var paid = delivered < now.AddDays(-45) || random.NextDouble() < 0.4;
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await writer.WriteAsync($"INV-B-{i:000000000}", NpgsqlDbType.Varchar);
                await writer.WriteAsync(rows[i].Dentist, NpgsqlDbType.Uuid);
                await writer.WriteAsync(paid ? InvoiceStatus.Paid : InvoiceStatus.Sent);
                await writer.WriteAsync(issued, NpgsqlDbType.Date);
                await writer.WriteAsync(issued.AddDays(30), NpgsqlDbType.Date);
                await writer.WriteAsync(total, NpgsqlDbType.Numeric);
                await writer.WriteAsync(0m, NpgsqlDbType.Numeric);
                await writer.WriteAsync(0m, NpgsqlDbType.Numeric);
                await writer.WriteAsync(0m, NpgsqlDbType.Numeric);
                await writer.WriteAsync(total, NpgsqlDbType.Numeric);
                await writer.WriteAsync(paid ? total : 0m, NpgsqlDbType.Numeric);
                await writer.WriteAsync(delivered, NpgsqlDbType.TimestampTz);
                if (paid) { await writer.WriteAsync(delivered.AddDays(random.Next(3, 40)), NpgsqlDbType.TimestampTz); } else { await writer.WriteNullAsync(); }
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY inventory_transactions (id, item_id, type, quantity, quantity_after, occurred_at) FROM STDIN (FORMAT BINARY)"))
        {
            writer.Timeout = TimeSpan.FromMinutes(30);
            for (var i = 0; i < count; i += 2)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await writer.WriteAsync(items[random.Next(items.Length)], NpgsqlDbType.Uuid);
                await writer.WriteAsync(InventoryTransactionType.Out);
                await writer.WriteAsync(-(decimal)random.Next(1, 4), NpgsqlDbType.Numeric);
                await writer.WriteAsync(100m, NpgsqlDbType.Numeric);
                await writer.WriteAsync(rows[i].Received.AddHours(8), NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }
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
        services.AddScoped<ReportQueries>();
        return services.BuildServiceProvider();
    }
}
