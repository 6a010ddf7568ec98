using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DentalLab.Data.LocalPostgres;

/// <summary>
/// A private PostgreSQL cluster started from the machine's PostgreSQL binaries (initdb + pg_ctl), for the
/// app's embedded default and for tests. As root, PostgreSQL refuses to run, so the binaries are run as the
/// <c>postgres</c> user through <c>runuser</c>.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private readonly string _binDir;
    private readonly string _dataDir;
    private readonly bool _ownsServer;

    private LocalPostgresCluster(string binDir, string dataDir, int port, bool ownsServer)
    {
        _binDir = binDir;
        _dataDir = dataDir;
        Port = port;
        _ownsServer = ownsServer;
    }

    public int Port { get; }

    public string DataDirectory => _dataDir;

    /// <summary>A connection string to one database of the cluster (trust authentication on 127.0.0.1 only).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Include Error Detail=true";

    /// <summary>
    /// Starts (creating it when missing) a cluster in <paramref name="dataDir"/>. When a server of that folder is
    /// already running, it is reused.
    /// </summary>
    /// <param name="dataDir">The cluster's folder; its parent must exist or be creatable.</param>
    /// <param name="durable">False for throwaway clusters (tests): fsync and synchronous commit off.</param>
    public static async Task<LocalPostgresCluster> StartAsync(string dataDir, bool durable, CancellationToken ct = default)
    {
        dataDir = Path.GetFullPath(dataDir);
        var binDir = FindBinDir();
        Directory.CreateDirectory(dataDir);
        GiveToPostgresUser(dataDir);

        if (!File.Exists(Path.Combine(dataDir, "PG_VERSION")))
        {
            await RunAsync(binDir, "initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-instructions"], ct);
        }

        var running = RunningPort(dataDir);
        if (running is int existing && await RunAsync(binDir, "pg_ctl", ["-D", dataDir, "status"], ct, throwOnError: false) == 0)
        {
            return new LocalPostgresCluster(binDir, dataDir, existing, ownsServer: false);
        }

        var port = FreePort();
        var options = new StringBuilder();
        options.Append(CultureInfo.InvariantCulture, $"-p {port} -k {dataDir} -c listen_addresses=127.0.0.1 -c max_connections={(durable ? 200 : 1000)}");
        if (!durable)
        {
            options.Append(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        }

        var cluster = new LocalPostgresCluster(binDir, dataDir, port, ownsServer: true) { _startOptions = options.ToString() };
        await cluster.StartServerAsync(ct);
        return cluster;
    }

    private string _startOptions = "";

    private Task StartServerAsync(CancellationToken ct) =>
        RunAsync(_binDir, "pg_ctl", ["-D", _dataDir, "-l", Path.Combine(_dataDir, "server.log"), "-o", _startOptions, "-w", "-t", "60", "start"], ct);

    /// <summary>Starts the server again after <see cref="StopAsync"/>, on the same port (tests use it to take the database away for a while).</summary>
    public Task StartAgainAsync(CancellationToken ct = default) =>
        _ownsServer ? StartServerAsync(ct) : throw new InvalidOperationException("This cluster was started by another process.");

    /// <summary>Stops the server (fast shutdown) if this instance started it.</summary>
    public async Task StopAsync()
    {
        if (_ownsServer)
        {
            await RunAsync(_binDir, "pg_ctl", ["-D", _dataDir, "-m", "fast", "-w", "stop"], CancellationToken.None, throwOnError: false);
        }
    }

    /// <summary>Stops and starts the server on the same port (tests use it to prove reconnects).</summary>
    public async Task RestartAsync()
    {
        await RunAsync(_binDir, "pg_ctl", ["-D", _dataDir, "-m", "fast", "-w", "restart"], CancellationToken.None);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static string FindBinDir()
    {
        var fromEnv = Environment.GetEnvironmentVariable("DENTALLAB_PG_BIN");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(Path.Combine(fromEnv, "initdb")))
        {
            return fromEnv;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")))
                .OrderByDescending(d => d.Version)
                .FirstOrDefault();
            if (newest.Dir is not null)
            {
                return newest.Dir;
            }
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them with " +
            "'apt-get install postgresql' or set DENTALLAB_PG_BIN to their folder, or configure " +
            "ConnectionStrings:DentalLab to use an existing server.");
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static void GiveToPostgresUser(string dataDir)
    {
        if (!IsRoot || OperatingSystem.IsWindows())
        {
            return;
        }

        // The cluster folder must belong to postgres and be private to it.
        using var chown = Process.Start(new ProcessStartInfo("chown", ["-R", "postgres:postgres", dataDir]) { WorkingDirectory = "/" });
        chown?.WaitForExit();
        File.SetUnixFileMode(dataDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static int? RunningPort(string dataDir)
    {
        var pidFile = Path.Combine(dataDir, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var lines = File.ReadAllLines(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<int> RunAsync(string binDir, string tool, string[] args, CancellationToken ct, bool throwOnError = true)
    {
        var exe = Path.Combine(binDir, tool);
        var start = IsRoot
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", exe, .. args])
            : new ProcessStartInfo(exe, args);
        start.WorkingDirectory = "/";
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0 && throwOnError)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }

        return process.ExitCode;
    }
}
