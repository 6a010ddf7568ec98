using DentalLab.Data.Entities;
using DentalLab.Web.Features.Admin.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DentalLab.Web.Tests.Features.Admin;

/// <summary>
/// The audit log is a hash chain kept by the database: every writer (EF, raw SQL, concurrent connections) is chained
/// in one order; UPDATE, DELETE and TRUNCATE are refused; a row changed behind the triggers' back is found by verify.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class AuditChainTests(LabServerFixture server)
{
    [Fact]
    public async Task Eight_concurrent_writers_append_one_unbroken_chain()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var before = await CountAsync(dataSource);

        // Eight writers at once: four through EF (the interceptor's path), four with raw SQL, 25 transactions each, some with several entries.
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                if (w % 2 == 0)
                {
                    await using var db = LabServerFixture.CreateContext(connectionString);
                    db.AuditLog.AddRange(
                        Entry($"writer-{w}", $"{i}-a"),
                        Entry($"writer-{w}", $"{i}-b"));
                    await db.SaveChangesAsync();
                }
                else
                {
                    await InsertRawAsync(dataSource, $"writer-{w}", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        })).ToList();
        await Task.WhenAll(writers);

        Assert.Equal(before + (4 * 25 * 2) + (4 * 25), await CountAsync(dataSource));
        var result = await AuditChainVerifier.VerifyAsync(dataSource);
        Assert.True(result.Intact, result.ToString());

        // One order: the sequence is 1..N without gaps or repeats, and each entry links to the one before.
        await using var db = LabServerFixture.CreateContext(connectionString);
        var chain = await db.AuditLog.AsNoTracking().OrderBy(a => a.Sequence).Select(a => new { a.Sequence, a.PrevHash, a.Hash }).ToListAsync();
        Assert.Equal(Enumerable.Range(1, chain.Count).Select(i => (long)i), chain.Select(c => c.Sequence));
        for (var i = 1; i < chain.Count; i++)
        {
            Assert.Equal(chain[i - 1].Hash, chain[i].PrevHash);
            Assert.Equal(32, chain[i].Hash!.Length);
        }
    }

    [Fact]
    public async Task An_update_made_as_superuser_behind_the_triggers_is_reported_by_verify_with_that_entry()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        for (var i = 0; i < 20; i++)
        {
            await InsertRawAsync(dataSource, "tamper", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.True((await AuditChainVerifier.VerifyAsync(dataSource)).Intact);
        Guid victim;
        await using (var db = LabServerFixture.CreateContext(connectionString))
        {
            victim = await db.AuditLog.Where(a => a.TableName == "tamper" && a.RecordId == "12").Select(a => a.Id).SingleAsync();
        }

        // The test cluster's role is a superuser: replica mode switches the triggers off for this session only.
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
            {
                await replica.ExecuteNonQueryAsync();
            }

            await using var tamper = new NpgsqlCommand("UPDATE audit_log SET new_values = '{\"amount_paid\": 0}' WHERE id = $1", connection);
            tamper.Parameters.AddWithValue(victim);
            await tamper.ExecuteNonQueryAsync();
        }

        var result = await AuditChainVerifier.VerifyAsync(dataSource);
        Assert.False(result.Intact);
        Assert.Equal(victim, result.BrokenId);
        Assert.Contains(victim.ToString(), result.ToString(), StringComparison.Ordinal);
        Assert.Equal("its content does not match its hash", result.Reason);

        // The command line says the same, with exit code 1.
        var console = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        int exitCode;
        try
        {
            exitCode = await AuditVerifyCommand.RunAsync(["audit", "verify", "--ConnectionStrings:DentalLab=" + connectionString]);
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.Equal(1, exitCode);
        Assert.Contains($"The audit chain is broken at entry {victim}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_removed_behind_the_triggers_breaks_the_link_of_the_next_entry()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        for (var i = 0; i < 5; i++)
        {
            await InsertRawAsync(dataSource, "gap", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await using var remove = new NpgsqlCommand("SET session_replication_role = replica; DELETE FROM audit_log WHERE table_name = 'gap' AND record_id = '2';", connection);
            await remove.ExecuteNonQueryAsync();
        }

        await using var db = LabServerFixture.CreateContext(connectionString);
        var next = await db.AuditLog.Where(a => a.TableName == "gap" && a.RecordId == "3").Select(a => a.Id).SingleAsync();
        var result = await AuditChainVerifier.VerifyAsync(dataSource);
        Assert.Equal(next, result.BrokenId);
        Assert.Equal("entries before it are missing", result.Reason);
    }

    [Fact]
    public async Task Update_delete_and_truncate_are_refused_and_retention_removes_only_the_oldest_part_of_the_chain()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using (var db = LabServerFixture.CreateContext(connectionString))
        {
            var old = Entry("retention", "old");
            old.OccurredAt = DateTimeOffset.UtcNow.AddYears(-8);
            db.AuditLog.Add(old);
            await db.SaveChangesAsync();
            db.AuditLog.Add(Entry("retention", "recent"));
            await db.SaveChangesAsync();
        }

        foreach (var sql in new[] { "UPDATE audit_log SET record_id = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(async () =>
            {
                await using var command = dataSource.CreateCommand(sql);
                await command.ExecuteNonQueryAsync();
            });
            Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        }

        var before = await CountAsync(dataSource);
        await using (var retention = dataSource.CreateCommand("SELECT audit_log_apply_retention(now() - interval '6 years')"))
        {
            Assert.True((long)(await retention.ExecuteScalarAsync())! >= 1);
        }

        await using (var db = LabServerFixture.CreateContext(connectionString))
        {
            Assert.False(await db.AuditLog.AnyAsync(a => a.RecordId == "old"));
            Assert.True(await db.AuditLog.AnyAsync(a => a.RecordId == "recent"));
            Assert.True(await db.AuditLog.AnyAsync(a => a.TableName == "audit_log" && a.RecordId == "retention"));
        }

        Assert.True(await CountAsync(dataSource) < before + 1);
        var result = await AuditChainVerifier.VerifyAsync(dataSource);
        Assert.True(result.Intact, result.ToString());
    }

    private static AuditLogEntry Entry(string table, string record) =>
        AuditLogEntry.For(table, record, AuditAction.Update, "{\"amount_paid\": 10.50}", "{\"amount_paid\": 20.00, \"status\": \"paid\"}");

    private static async Task InsertRawAsync(NpgsqlDataSource dataSource, string table, string record)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO audit_log (id, table_name, record_id, action, new_values, occurred_at, created_at, updated_at)
            VALUES (gen_random_uuid(), $1, $2, 'insert', jsonb_build_object('n', $2), now(), now(), now())
            """);
        command.Parameters.AddWithValue(table);
        command.Parameters.AddWithValue(record);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM audit_log");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
