using DentalLab.Data;
using DentalLab.Data.LocalPostgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Npgsql;

namespace DentalLab.Web.Tests.Infrastructure;

/// <summary>
/// One private PostgreSQL cluster and (when a test asks) one Chromium per test run. The real migrations are
/// applied once to a template database; each test class gets its own database copied from it.
/// </summary>
public sealed class LabServerFixture : IAsyncLifetime
{
    private const string TemplateDatabase = "dentallab_template";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dentallab-tests-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly SemaphoreSlim _browserGate = new(1, 1);
    private LocalPostgresCluster? _cluster;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly Dictionary<string, Task<LabApp>> _apps = [];
    private int _databases;

    public LocalPostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    /// <summary>A folder for this run's files (outbox, logs, uploads); removed at the end.</summary>
    public string WorkFolder => _root;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _cluster = await LocalPostgresCluster.StartAsync(Path.Combine(_root, "pg"), durable: false);
        await ExecuteAsync(_cluster.ConnectionString("postgres"), $"CREATE DATABASE {TemplateDatabase}");
        // No pooling: a pooled connection left open on the template would block copying it.
        await using var db = CreateContext(_cluster.ConnectionString(TemplateDatabase) + ";Pooling=false");
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            await (await app).DisposeAsync();
        }

        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_cluster is not null)
        {
            await _cluster.StopAsync();
        }

        if (Environment.GetEnvironmentVariable("DENTALLAB_KEEP_TEST_FILES") == "1")
        {
            // For debugging a failed run: the apps' logs, outboxes and uploads stay where they were.
            Console.WriteLine($"Test files kept in {_root}");
            return;
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be held open by a host being torn down; the OS cleans the temp folder.
        }
    }

    /// <summary>Creates a fresh, migrated database for one test class and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..30];
        await ExecuteAsync(Cluster.ConnectionString("postgres"), $"CREATE DATABASE {name} TEMPLATE {TemplateDatabase}");
        return Cluster.ConnectionString(name);
    }

    /// <summary>
    /// One running app (with the demo lab) shared by the test classes that ask for the same key; tests that change
    /// shared state (users, settings) use a key of their own.
    /// </summary>
    public Task<LabApp> SharedAppAsync(string key, bool demo = true, Dictionary<string, string?>? settings = null)
    {
        lock (_apps)
        {
            if (!_apps.TryGetValue(key, out var app))
            {
                app = LabApp.StartAsync(this, demo, settings);
                _apps[key] = app;
            }

            return app;
        }
    }

    /// <summary>A context over a test database, configured as the app configures it (enums, naming, interceptors).</summary>
    public static LabDbContext CreateContext(string connectionString, TimeProvider? clock = null)
    {
        var options = new DbContextOptionsBuilder<LabDbContext>();
        options.UseLabDatabase(DataSources.GetOrAdd(connectionString, LabDbContextOptions.BuildDataSource), clock);
        return new LabDbContext(options.Options);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, NpgsqlDataSource> DataSources = new();

    /// <summary>The run's one Chromium (Debian's package; Playwright never downloads a browser here).</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        await _browserGate.WaitAsync();
        try
        {
            if (_browser is null)
            {
                const string chromium = "/usr/bin/chromium";
                if (!File.Exists(chromium))
                {
                    throw new InvalidOperationException("Browser tests need Debian's Chromium: run 'apt-get install -y chromium' (the .ci/run script does).");
                }

                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = chromium,
                    Headless = true,
                    Args =
                    [
                        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    ],
                });
            }

            return _browser;
        }
        finally
        {
            _browserGate.Release();
        }
    }

    /// <summary>Runs one statement on its own connection (database set-up in tests: CREATE DATABASE, marker rows).</summary>
    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first value of a query ($1, $2 … are <paramref name="args"/>), on its own connection.</summary>
    public static async Task<object?> ScalarAsync(string connectionString, string sql, params object[] args)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var arg in args)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = arg });
        }

        return await command.ExecuteScalarAsync();
    }
}

/// <summary>Every test that touches the database or the browser runs in this collection (one server, one browser).</summary>
[CollectionDefinition(Name)]
public sealed class LabCollection : ICollectionFixture<LabServerFixture>
{
    public const string Name = "lab";
}
