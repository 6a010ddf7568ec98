using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Files;
using DentalLab.Web.Infrastructure.Jobs;
using DentalLab.Web.Infrastructure.Settings;
using Npgsql;

namespace DentalLab.Web.Features.Compliance;

/// <summary>
/// Removes delivered cases whose retention period has ended (cases.keep_until before today: 10 years after delivery,
/// 15 for implants), with their statements, QC records, files and stages — only when the setting
/// compliance.purge_enabled is on (off by default). Nothing inside its retention period is touched: the query says so
/// and the database refuses it anyway (ComplianceSql.StatementGuards). Logs each case number it removes (no patient
/// data). Claimed in scheduled_jobs, so one instance runs it at a time.
/// </summary>
public sealed class RetentionPurgeJob(NpgsqlDataSource dataSource, LabSettings settings, FileStore files, TimeProvider clock, ILogger<RetentionPurgeJob> logger)
    : IRecurringJob
{
    public const string Name = "compliance.purge";
    private const int Batch = 200;

    public async Task RunAsync(CancellationToken ct)
    {
        if (!await settings.GetBoolAsync(SettingKeys.PurgeEnabled, false))
        {
            logger.LogInformation("Retention purge is switched off ({Setting})", SettingKeys.PurgeEnabled);
            return;
        }

        await PurgeAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
    }

    /// <summary>Removes the cases kept until before <paramref name="today"/>; returns their case numbers.</summary>
    public async Task<IReadOnlyList<string>> PurgeAsync(DateOnly today, CancellationToken ct = default)
    {
        var removed = new List<string>();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        while (true)
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            var due = new List<(Guid Id, string Number)>();
            await using (var select = new NpgsqlCommand(
                "SELECT id, case_number FROM cases WHERE keep_until IS NOT NULL AND keep_until < $1 ORDER BY keep_until LIMIT $2 FOR UPDATE SKIP LOCKED", connection, tx))
            {
                select.Parameters.AddWithValue(today);
                select.Parameters.AddWithValue(Batch);
                await using var reader = await select.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    due.Add((reader.GetGuid(0), reader.GetString(1)));
                }
            }

            if (due.Count == 0)
            {
                await tx.CommitAsync(ct);
                break;
            }

            var ids = due.Select(d => d.Id).ToArray();
            var stored = new List<string>();
            await using (var names = new NpgsqlCommand(
                "SELECT stored_name FROM case_files WHERE case_id = ANY($1) UNION ALL SELECT stored_name FROM conformity_statements WHERE case_id = ANY($1)", connection, tx))
            {
                names.Parameters.AddWithValue(ids);
                await using var reader = await names.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    stored.Add(reader.GetString(0));
                }
            }

            await using (var delete = new NpgsqlCommand("DELETE FROM cases WHERE id = ANY($1) AND keep_until < $2", connection, tx))
            {
                delete.Parameters.AddWithValue(ids);
                delete.Parameters.AddWithValue(today);
                await delete.ExecuteNonQueryAsync(ct);
            }

            await tx.CommitAsync(ct);
            foreach (var name in stored)
            {
                files.Delete(name);
            }

            foreach (var (_, number) in due)
            {
                logger.LogInformation("Retention purge removed case {CaseNumber} (retention period ended)", number);
            }

            removed.AddRange(due.Select(d => d.Number));
        }

        logger.LogInformation("Retention purge: {Count} cases removed", removed.Count);
        return removed;
    }
}
