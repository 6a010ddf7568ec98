using System.Globalization;
using System.Text.Json;
using DentalLab.Data.Entities;
using DentalLab.Data.Schema;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DentalLab.Data.Seed;

/// <summary>How much demo data to make, and from which random seed (the same seed gives the same lab).</summary>
public sealed class DemoDataOptions
{
    public int Cases { get; init; } = 300;

    public int RandomSeed { get; init; } = 2026;

    /// <summary>How far back the cases go (the demo: six months; a lab's kept history: ten years).</summary>
    public int HistoryDays { get; init; } = 182;

    /// <summary>The share of the cases received in the last twelve days (the board's work in progress).</summary>
    public double RecentShare { get; init; } = 0.3;

    /// <summary>Practices in the network: the catalogue's twelve, and generated ones beyond them.</summary>
    public int Dentists { get; init; }

    /// <summary>Lab staff accounts: the catalogue's ten, and generated technicians beyond them.</summary>
    public int Staff { get; init; }

    /// <summary>Gives every case a few file rows (scans, photos) — rows only, no stored file behind them: benchmarks only.</summary>
    public bool FileRows { get; init; }

    /// <summary>
    /// Where the cases go: null saves them through EF (the demo); a writer gets each batch with every key, foreign
    /// key and time set and writes it itself (the benchmark's binary COPY), then <see cref="IDemoCaseWriter.CompleteAsync"/>
    /// before the rest of the lab is generated.
    /// </summary>
    public IDemoCaseWriter? CaseWriter { get; init; }
}

/// <summary>Takes the demo's cases batch by batch instead of EF (see <see cref="DemoDataOptions.CaseWriter"/>).</summary>
public interface IDemoCaseWriter
{
    /// <summary>A batch: cases with their stages, notes and files; invoices with their items and payments; the audit rows of the cases.</summary>
    Task WriteAsync(DemoCaseBatch batch, CancellationToken ct);

    /// <summary>After the last batch, before inventory, messages and the rest are generated through EF (which query the cases).</summary>
    Task CompleteAsync(CancellationToken ct);
}

/// <summary>One batch of generated rows, keys and created_at/updated_at set.</summary>
public sealed record DemoCaseBatch(IReadOnlyList<Case> Cases, IReadOnlyList<Invoice> Invoices, IReadOnlyList<AuditLogEntry> Audit);

/// <summary>
/// Fills an empty lab with a believable one: demo accounts for every role, dentists, staff, departments and
/// machines, cases spread over every stage with their history, invoices and payments, stock with its ledger,
/// messages, notifications, appointments, shipments and routes.
/// </summary>
/// <remarks>
/// Runs once: if the demo accounts exist it returns without touching anything. Cases are written in batches on
/// fresh contexts, so a million cases (for benchmarks) never sit in memory; everything else is bounded in size.
/// Rows are back-dated after insert (created_at), because the timestamp interceptor stamps "now" on every insert.
/// </remarks>
public static class DemoDataGenerator
{
    public const string DemoPassword = "DemoLab-2026!";

    /// <summary>Created first and only by this generator: its presence means the demo data exists.</summary>
    internal const string MarkerEmail = "dentist@dentallab.test";

    public static async Task SeedAsync(
        IDbContextFactory<LabDbContext> dbFactory, DemoDataOptions options, TimeProvider clock, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dbFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Cases);

        if (await DemoDataExistsAsync(dbFactory, ct))
        {
            return;
        }

        var world = new DemoWorld(options, clock.GetUtcNow());
        await LoadReferenceDataAsync(dbFactory, world, ct);
        world.PasswordHash = HashDemoPassword();

        await DemoPeople.SeedAsync(dbFactory, world, ct);
        await DemoCases.SeedAsync(dbFactory, world, ct);
        await DemoInventory.SeedAsync(dbFactory, world, ct);
        await DemoOperations.SeedAsync(dbFactory, world, ct);
        await DemoFloor.SeedAsync(dbFactory, world, ct);
        await DemoLabDetails.SeedAsync(dbFactory, ct);
        await RefreshViewsAsync(dbFactory, ct);
    }

    private static async Task<bool> DemoDataExistsAsync(IDbContextFactory<LabDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var marker = MarkerEmail.ToUpperInvariant();
        return await db.Users.IgnoreQueryFilters().AnyAsync(u => u.NormalizedEmail == marker, ct);
    }

    /// <summary>Hashed once (210,000 PBKDF2 iterations is slow on purpose) and shared by every demo account.</summary>
    private static string HashDemoPassword()
    {
        var hasher = new PasswordHasher<User>(Options.Create(new PasswordHasherOptions { IterationCount = 210_000 }));
        return hasher.HashPassword(new User(), DemoPassword);
    }

    /// <summary>Templates, prices and the settings the generators follow (all seeded by migration, all small).</summary>
    private static async Task LoadReferenceDataAsync(IDbContextFactory<LabDbContext> dbFactory, DemoWorld world, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var templates = await db.Set<WorkflowTemplate>().AsNoTracking().Include(t => t.Stages).ToListAsync(ct);
        foreach (var template in templates)
        {
            var stages = template.Stages
                .OrderBy(s => s.Position)
                .Select(s => new DemoTemplateStage(s.Stage, s.Position, s.ExpectedHours))
                .ToList();
            world.Templates[template.ProcedureType] = new DemoTemplate(template, stages);
        }

        var prices = await db.Set<ProcedurePrice>().AsNoTracking().OrderBy(p => p.ValidFrom).ToListAsync(ct);
        foreach (var group in prices.GroupBy(p => p.ProcedureType))
        {
            world.Prices[group.Key] = [.. group];
        }

        var missing = Enum.GetValues<ProcedureType>().Where(t => !world.Templates.ContainsKey(t) || !world.Prices.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("Demo data needs a workflow template and a price for every procedure type; missing: "
                + string.Join(", ", missing));
        }

        var settings = await db.Set<Setting>().AsNoTracking()
            .Where(s => s.Key == "billing.tax_rate" || s.Key == "billing.payment_terms_days" || s.Key == "cases.holidays")
            .ToDictionaryAsync(s => s.Key, s => s.Value, ct);
        ApplySettings(world, settings);
    }

    private static void ApplySettings(DemoWorld world, Dictionary<string, string> settings)
    {
        if (settings.TryGetValue("billing.tax_rate", out var tax)
            && decimal.TryParse(tax, NumberStyles.Number, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and < 1)
        {
            world.TaxRate = rate;
        }

        if (settings.TryGetValue("billing.payment_terms_days", out var terms)
            && int.TryParse(terms, NumberStyles.Integer, CultureInfo.InvariantCulture, out var days) && days > 0)
        {
            world.PaymentTermsDays = days;
        }

        if (settings.TryGetValue("cases.holidays", out var holidays))
        {
            foreach (var day in JsonSerializer.Deserialize<string[]>(holidays) ?? [])
            {
                if (DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    world.Holidays.Add(date);
                }
            }
        }
    }

    private static async Task RefreshViewsAsync(IDbContextFactory<LabDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        foreach (var name in MigrationSql.ViewNames)
        {
#pragma warning disable EF1003 // The view names are constants from the migrations, not input.
            await db.Database.ExecuteSqlRawAsync("REFRESH MATERIALIZED VIEW " + name, ct);
#pragma warning restore EF1003
        }
    }

    /// <summary>
    /// Sets created_at/updated_at of rows just inserted to when they "happened" (one UPDATE per table): the
    /// timestamp interceptor stamps every insert with the clock's now.
    /// </summary>
    internal static async Task BackdateAsync(LabDbContext db, IReadOnlyCollection<(Entity Row, DateTimeOffset At)> rows, CancellationToken ct)
    {
        foreach (var group in rows.GroupBy(r => r.Row.GetType()))
        {
            var table = db.Model.FindEntityType(group.Key)?.GetTableName()
                ?? throw new InvalidOperationException("Not an entity: " + group.Key.Name);
            await BackdateAsync(db, table, [.. group.Select(r => r.Row.Id)], [.. group.Select(r => r.At)], ct);
        }
    }

    internal static async Task BackdateAsync(LabDbContext db, string table, Guid[] ids, DateTimeOffset[] times, CancellationToken ct)
    {
        var utc = times.Select(t => t.ToUniversalTime()).ToArray();
#pragma warning disable EF1003 // The table name comes from the EF model or a constant, not input; the values are parameters.
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE " + table + " AS t SET created_at = v.at, updated_at = v.at FROM unnest(@ids, @times) AS v(id, at) WHERE t.id = v.id",
            [new NpgsqlParameter("ids", ids), new NpgsqlParameter("times", utc)],
            ct);
#pragma warning restore EF1003
    }
}
