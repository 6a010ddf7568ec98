using DentalLab.Data.Schema;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Database;
using Npgsql;

namespace DentalLab.Web.Features.Admin.Audit;

/// <summary>The outcome of checking the whole audit chain: how many entries, and the first broken one if any.</summary>
public sealed record ChainVerification(long Entries, Guid? BrokenId, long? BrokenSequence, string? Reason)
{
    public bool Intact => BrokenId is null;

    public override string ToString() => Intact
        ? $"The audit chain is intact: {Entries:N0} entries checked."
        : $"The audit chain is broken at entry {BrokenId} (#{BrokenSequence}): {Reason}. {Entries:N0} entries checked.";
}

/// <summary>
/// Checks the audit chain in the database (every hash recomputed from the entry's content and the previous hash,
/// every link and every sequence number): the "Verify" button (audit.view) and <c>audit verify</c>.
/// </summary>
public sealed class AuditChainVerifier(NpgsqlDataSource dataSource, CurrentUser currentUser)
{
    public async Task<ChainVerification> VerifyAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.AuditView, ct);
        return await VerifyAsync(dataSource, ct);
    }

    /// <summary>Without a user: for the command line.</summary>
    public static async Task<ChainVerification> VerifyAsync(NpgsqlDataSource dataSource, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // One snapshot for the count and the check, while writers go on appending.
        await using var tx = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM audit_log", connection, tx);
        var entries = (long)(await count.ExecuteScalarAsync(ct))!;
        await using var check = new NpgsqlCommand(AuditChainSql.FirstBrokenEntry, connection, tx) { CommandTimeout = 0 };
        await using var reader = await check.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new ChainVerification(entries, reader.GetGuid(0), reader.GetInt64(1), reader.GetString(2))
            : new ChainVerification(entries, null, null, null);
    }
}

/// <summary><c>dotnet run --project DentalLab.Web -- audit verify</c>: checks the configured (or embedded) database's audit chain; exit code 0 when intact, 1 when broken.</summary>
public static class AuditVerifyCommand
{
    public static bool Matches(string[] args) => args is ["audit", "verify", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args.Skip(2).ToArray());
        builder.Logging.ClearProviders();
        await builder.AddLabDatabaseAsync();
        await using var app = builder.Build();
        try
        {
            var result = await AuditChainVerifier.VerifyAsync(app.Services.GetRequiredService<NpgsqlDataSource>());
            Console.WriteLine(result.ToString());
            return result.Intact ? 0 : 1;
        }
        finally
        {
            if (app.Services.GetService<Data.LocalPostgres.LocalPostgresCluster>() is { } cluster)
            {
                await cluster.StopAsync();
            }
        }
    }
}
