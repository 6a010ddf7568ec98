using DentalLab.Web.Infrastructure.Database;
using DentalLab.Web.Infrastructure.Files;
using DentalLab.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DentalLab.Web.Infrastructure.Backup;

public static class BackupSetup
{
    public const string NightlyJob = "operations.backup";

    /// <summary>
    /// The backup service, and in embedded (single-machine) mode the nightly backup into <c>Backup:Path</c> with its
    /// retention (<c>Backup:KeepDaily</c> 7, <c>Backup:KeepWeekly</c> 4). Off with <c>Backup:Nightly=false</c>; an
    /// external database's backups are its operator's (see README).
    /// </summary>
    public static IServiceCollection AddLabBackups(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<FileStore>();
        services.AddSingleton<BackupService>();
        var embedded = string.IsNullOrWhiteSpace(configuration.GetConnectionString("DentalLab"));
        services.AddRecurringJob<NightlyBackupJob>(NightlyJob,
            _ => new JobSchedule(TimeSpan.FromDays(1), Enabled: embedded && configuration.GetValue("Backup:Nightly", true), RunAtStart: false));
        return services;
    }
}

/// <summary>The nightly backup (one instance at a time through the scheduler; embedded mode has one instance anyway).</summary>
public sealed class NightlyBackupJob(BackupService backups, IConfiguration configuration, IHostEnvironment environment) : IRecurringJob
{
    public async Task RunAsync(CancellationToken ct)
    {
        var folder = BackupService.DefaultFolder(configuration, environment.ContentRootPath);
        await backups.BackupAsync(folder, ct);
        BackupService.ApplyRetention(folder, configuration.GetValue("Backup:KeepDaily", 7), configuration.GetValue("Backup:KeepWeekly", 4));
    }
}

/// <summary>
/// <c>dotnet run --project DentalLab.Web -- backup [--to DIR]</c> and <c>restore ARCHIVE [--force]</c>: against the
/// configured database, or the embedded cluster (started for the command and stopped after).
/// </summary>
public static class BackupCommand
{
    public static bool Matches(string[] args) => args is ["backup", ..] or ["restore", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        var (verb, rest) = (args[0], args[1..]);
        var target = Option(rest, "--to");
        var force = rest.Contains("--force");
        var archive = verb == "restore" ? rest.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && a != target) : null;
        if (verb == "restore" && archive is null)
        {
            Console.Error.WriteLine("usage: restore ARCHIVE [--force]");
            return 2;
        }

        var builder = WebApplication.CreateBuilder(rest.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray());
        await builder.AddLabDatabaseAsync();
        builder.Services.AddLabBackups(builder.Configuration);
        await using var app = builder.Build();
        var backups = app.Services.GetRequiredService<BackupService>();
        try
        {
            if (verb == "backup")
            {
                var (path, manifest) = await backups.BackupAsync(target ?? BackupService.DefaultFolder(app.Configuration, app.Environment.ContentRootPath));
                Console.WriteLine($"Backup written: {path}");
                Console.WriteLine($"  {manifest.RowCounts.Count} tables, {manifest.RowCounts.Values.Sum()} rows, {manifest.Files.Count} files, {new FileInfo(path).Length / 1024.0:0.0} KiB, schema {manifest.SchemaMigration}");
            }
            else
            {
                var manifest = await backups.RestoreAsync(Path.GetFullPath(archive!), force);
                Console.WriteLine($"Restored {archive}: {manifest.RowCounts.Count} tables, {manifest.RowCounts.Values.Sum()} rows, {manifest.Files.Count} files (made {manifest.CreatedAt:u}, schema {manifest.SchemaMigration}).");
            }

            return 0;
        }
        catch (BackupException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
        finally
        {
            if (app.Services.GetService<DentalLab.Data.LocalPostgres.LocalPostgresCluster>() is { } cluster)
            {
                await cluster.StopAsync();
            }
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
