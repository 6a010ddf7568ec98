using DentalLab.Data;
using DentalLab.Data.LocalPostgres;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace DentalLab.Web.Infrastructure.Database;

/// <summary>
/// Where the database is and how it is prepared: a configured connection string, or else the embedded
/// default — a private PostgreSQL cluster under .local/ that the app starts and stops itself.
/// </summary>
public static class LabDatabaseSetup
{
    /// <summary><c>--demo</c> on the command line turns on demo mode (demo data and demo accounts).</summary>
    public static string[] ApplyCommandLineSwitches(string[] args) =>
        args.Select(a => a == "--demo" ? "--Demo:Enabled=true" : a).ToArray();

    public static async Task AddLabDatabaseAsync(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("DentalLab");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var path = Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["Database:EmbeddedPath"] ?? "../.local/postgres");
            var cluster = await LocalPostgresCluster.StartAsync(path, durable: true);
            var database = builder.Configuration["Database:EmbeddedDatabase"] ?? "dentallab";
            await RecreateIfMigratedBeforeSquashAsync(cluster.ConnectionString("postgres"), cluster.ConnectionString(database), database);
            await CreateDatabaseIfMissingAsync(cluster.ConnectionString("postgres"), database);
            connectionString = cluster.ConnectionString(database);
            builder.Services.AddSingleton(cluster);
            builder.Services.AddHostedService<EmbeddedClusterLifetime>();
            Serilog.Log.Information("Using the embedded PostgreSQL cluster in {Path} on port {Port}", cluster.DataDirectory, cluster.Port);
        }

        // Registered after the embedded cluster's lifetime, so it stops before it: the database outlives the work in flight.
        builder.Services.AddSingleton<DatabaseWorkInFlight>();
        builder.Services.AddHostedService<DatabaseDrain>();

        var dataSource = LabDbContextOptions.BuildDataSource(connectionString);
        builder.Services.AddSingleton(dataSource);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DatabaseStatus>();
        // Scoped factory: each circuit's contexts audit as that circuit's user.
        builder.Services.AddDbContextFactory<LabDbContext>(
            (sp, options) => options.UseLabDatabase(
                sp.GetRequiredService<NpgsqlDataSource>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<CurrentUser>(),
                new ResilienceOptions(sp.GetRequiredService<DatabaseStatus>().ReportFailure))
                .AddInterceptors(sp.GetRequiredService<DatabaseWorkInFlight>()),
            ServiceLifetime.Scoped);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    /// <summary>Applies migrations, creates the first admin from configuration, and in demo mode seeds demo data.</summary>
    public static async Task PrepareLabDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await using (var db = await services.GetRequiredService<IDbContextFactory<LabDbContext>>().CreateDbContextAsync())
        {
            // Create the history table first, so a brand-new database does not log a failed query for it.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync();
            await db.Database.MigrateAsync();
        }

        if (app.Configuration.GetValue<bool>("Demo:Enabled"))
        {
            var options = new DemoDataOptions { Cases = app.Configuration.GetValue("Demo:Cases", 300) };
            await DemoDataGenerator.SeedAsync(
                services.GetRequiredService<IDbContextFactory<LabDbContext>>(), options, services.GetRequiredService<TimeProvider>());
            await Features.Compliance.ComplianceDemo.SeedAsync(services);
            await Features.Inventory.InventoryDemo.SeedAsync(services);
        }

        await services.GetRequiredService<AdminBootstrapper>().EnsureAdminAsync();
    }

    public static void MapLabHealthCheck(this WebApplication app) =>
        app.MapHealthChecks("/health").AllowAnonymous();

    /// <summary>
    /// The embedded (demo, single-machine) database only: when its migration history names a migration this build does
    /// not have — the migrations were squashed into one before release — it cannot be migrated forward, so it is
    /// dropped and built afresh (and filled again in demo mode). An external database is never touched this way.
    /// </summary>
    internal static async Task RecreateIfMigratedBeforeSquashAsync(string adminConnectionString, string databaseConnectionString, string database)
    {
        var known = typeof(LabDbContext).Assembly.GetTypes()
            .Select(t => t.GetCustomAttributes(typeof(MigrationAttribute), inherit: false).OfType<MigrationAttribute>().FirstOrDefault()?.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var applied = new List<string>();
        try
        {
            await using var connection = new NpgsqlConnection(databaseConnectionString + ";Pooling=false");
            await connection.OpenAsync();
            await using var history = new NpgsqlCommand("""SELECT migration_id FROM "__EFMigrationsHistory" """, connection);
            await using var reader = await history.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                applied.Add(reader.GetString(0));
            }
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.UndefinedTable)
        {
            return; // no database yet, or nothing migrated yet
        }

        var unknown = applied.Where(id => !known.Contains(id)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        Serilog.Log.Warning("The embedded database {Database} was migrated by an earlier build ({Migration} is not in this one): it is recreated", database, unknown[0]);
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task CreateDatabaseIfMissingAsync(string adminConnectionString, string database)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(database);
        if (await exists.ExecuteScalarAsync() is null)
        {
            // Identifiers cannot be parameters; the name comes from configuration and is quoted.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// Stops the embedded cluster when the app stops: last of the hosted services (the first registered), after the web
    /// server has drained, the jobs have stopped and <see cref="DatabaseDrain"/> has seen the work in flight finish.
    /// </summary>
    private sealed class EmbeddedClusterLifetime(LocalPostgresCluster cluster) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => cluster.StopAsync();
    }
}
