using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Jobs;
using DentalLab.Web.Infrastructure.Settings;
using Npgsql;

namespace DentalLab.Web.Features.Admin.Audit;

/// <summary>
/// Retention by configuration, never by hand: once a day removes audit entries older than
/// <c>compliance.audit_retention_years</c> through <c>audit_log_apply_retention</c>, the only delete the database
/// allows (it records the cut in the chain first). Claimed in scheduled_jobs, so one instance runs it at a time.
/// </summary>
public sealed class AuditRetentionJob(NpgsqlDataSource dataSource, LabSettings settings, TimeProvider clock, ILogger<AuditRetentionJob> logger) : IRecurringJob
{
    public const string Name = "admin.audit-retention";

    public async Task RunAsync(CancellationToken ct)
    {
        var years = Math.Clamp(await settings.GetIntAsync(SettingKeys.AuditRetentionYears, 6), 1, 50);
        var cutoff = clock.GetUtcNow().AddYears(-years);
        await using var command = dataSource.CreateCommand("SELECT audit_log_apply_retention($1)");
        command.Parameters.AddWithValue(cutoff);
        var removed = (long)(await command.ExecuteScalarAsync(ct))!;
        logger.LogInformation("Audit retention ({Years} years): removed {Removed} entries older than {Cutoff}", years, removed, cutoff);
    }
}
