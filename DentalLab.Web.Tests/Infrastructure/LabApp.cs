using System.Security.Claims;
using DentalLab.Data;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real socket (Kestrel on a free port, so interactive circuits work), over one test
/// database. Demo mode fills it with a small demo lab when asked.
/// </summary>
public sealed class LabApp : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly bool _demo;
    private readonly string _folder;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    private LabApp(string connectionString, bool demo, string folder, Dictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        _connectionString = connectionString;
        _demo = demo;
        _folder = folder;
        _settings = settings;
        _services = services;
    }

    public string OutboxFolder => Path.Combine(_folder, "outbox");

    /// <summary>Where the app writes its log files (Serilog, one file a day).</summary>
    public string LogFolder => Path.Combine(_folder, "logs");

    /// <summary>Waits (up to 5 s) until a line of the app's log contains every one of <paramref name="needles"/>, and returns it (null if none did).</summary>
    public async Task<string?> WaitForLogAsync(params string[] needles)
    {
        var until = DateTime.UtcNow.AddSeconds(5);
        do
        {
            foreach (var path in Directory.Exists(LogFolder) ? Directory.GetFiles(LogFolder, "*.log") : [])
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                while (await reader.ReadLineAsync() is { } line)
                {
                    if (needles.All(n => line.Contains(n, StringComparison.Ordinal)))
                    {
                        return line;
                    }
                }
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < until);
        return null;
    }

    /// <summary>http://127.0.0.1:port</summary>
    public string BaseUrl { get; private set; } = "";

    public string ConnectionString => _connectionString;

    /// <summary>Starts the app over a fresh database of the fixture's server.</summary>
    public static async Task<LabApp> StartAsync(LabServerFixture server, bool demo = true, Dictionary<string, string?>? settings = null) =>
        StartOn(await server.CreateDatabaseAsync(), server.WorkFolder, demo, settings);

    /// <summary>
    /// Starts another app instance over an existing database (several instances on one database; a database of
    /// another cluster). The app migrates it; <paramref name="demo"/> seeds demo data only into an empty database.
    /// </summary>
    /// <param name="services">Replaces app services (fault injection, e.g. a clock that fails inside one method); null for none.</param>
    public static LabApp StartOn(string connectionString, string workFolder, bool demo = false, Dictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var folder = Path.Combine(workFolder, "app-" + Guid.NewGuid().ToString("N")[..8]);
        var app = new LabApp(connectionString, demo, folder, settings ?? [], services);
        app.UseKestrel(0);
        app.StartServer();
        app.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Packages' files (MudBlazor's) from the build output in every environment, as a published app has them beside it.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:DentalLab", _connectionString);
        builder.UseSetting("Demo:Enabled", _demo ? "true" : "false");
        builder.UseSetting("Demo:Cases", "40");
        builder.UseSetting("Email:OutboxPath", OutboxFolder);
        builder.UseSetting("Email:SmtpHost", "");
        builder.UseSetting("Logging:Path", Path.Combine(_folder, "logs"));
        builder.UseSetting("Storage:FilesPath", Path.Combine(_folder, "files"));
        builder.UseSetting("urls", "http://127.0.0.1:0");
        // The missed-notifications digest would mail demo users in the background; its own tests turn it on.
        builder.UseSetting("Notifications:DigestEnabled", "false");
        // Every test signs in from 127.0.0.1, many times a minute; the rate-limit tests turn the limits on.
        builder.UseSetting("RateLimits:Enabled", "false");
        // appsettings.json requires two-step sign-in for admins and managers outside demo mode; the tests of it turn it on.
        builder.UseSetting("Auth:RequireTwoFactorForRoles", "");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            // After the app's own registrations, so a replacement wins.
            builder.ConfigureTestServices(_services);
        }
    }

    /// <summary>A context over the app's database, for arranging and checking data directly.</summary>
    public LabDbContext Db() => LabServerFixture.CreateContext(_connectionString);

    /// <summary>A DI scope acting as the given user, for calling services as a page would.</summary>
    public async Task<AsyncServiceScope> ScopeAsAsync(string email)
    {
        await using var db = Db();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == email.ToUpperInvariant());
        return ScopeAs(user.Id);
    }

    public AsyncServiceScope ScopeAs(Guid userId)
    {
        var scope = Services.CreateAsyncScope();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString())], "test");
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity))));
        return scope;
    }

    /// <summary>The newest .eml in the outbox whose text contains <paramref name="needle"/>, waiting up to 10 s for it.</summary>
    public async Task<string> WaitForEmailAsync(string needle)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (Directory.Exists(OutboxFolder))
            {
                foreach (var file in Directory.GetFiles(OutboxFolder, "*.eml").OrderByDescending(File.GetLastWriteTimeUtc))
                {
                    var text = await File.ReadAllTextAsync(file);
                    // Headers as written, the body decoded (quoted-printable lines break a phrase anywhere).
                    if (text.Contains(needle, StringComparison.OrdinalIgnoreCase) || Eml.Body(text).Contains(needle, StringComparison.OrdinalIgnoreCase))
                    {
                        return text;
                    }
                }
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"No email containing '{needle}' reached {OutboxFolder}.");
            }

            await Task.Delay(100);
        }
    }

    public static CurrentUser CurrentUserOf(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<CurrentUser>();
}
