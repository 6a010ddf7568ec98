using System.Diagnostics;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DentalLab.Web.Benchmarks;

/// <summary>
/// A believable ten-year lab for the benchmarks: the demo generator (<see cref="DemoDataGenerator"/>, the one source
/// of what a lab looks like) with ten years of history, 150 practices and 40 staff, its cases, stages, notes, file
/// rows, invoices, items, payments and audit entries written by binary COPY instead of EF. The loaded tables' secondary
/// indexes and foreign keys are dropped first and built again after the load (faster than maintaining them row by
/// row); the schema at the end is checked to be the migrations' one.
/// </summary>
public static class LabGenerator
{
    /// <summary>The tables the case writer loads (their indexes and foreign keys are rebuilt after the load).</summary>
    private static readonly string[] BulkTables = ["cases", "workflow_stages", "case_notes", "case_files", "invoices", "invoice_items", "payments"];

    /// <summary>The options of a lab of <paramref name="cases"/> cases over ten years with about 2,000 of them active.</summary>
    public static DemoDataOptions Options(int cases, IDemoCaseWriter writer) => new()
    {
        Cases = cases,
        HistoryDays = 3650,
        // Ten years at an even rate put ~0.33 % of the cases in the last twelve days (2,000-3,000 active at a million);
        // a small lab gets at most the demo's 30 %, so the board is never empty.
        RecentShare = Math.Max(12.0 / 3650, Math.Min(0.3, 3000.0 / Math.Max(1, cases))),
        Dentists = 150,
        Staff = 40,
        FileRows = true,
        CaseWriter = writer,
    };

    /// <summary>Fills a migrated, empty database and prints the time per table and in total.</summary>
    public static async Task GenerateAsync(IDbContextFactory<LabDbContext> factory, NpgsqlDataSource dataSource, int cases, TextWriter log, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(log);
        var total = Stopwatch.StartNew();
        var before = await SchemaAsync(dataSource, ct);
        await using (var writer = new CopyCaseWriter(factory, dataSource, log))
        {
            await writer.OpenAsync(ct);
            var seeding = Stopwatch.StartNew();
            await DemoDataGenerator.SeedAsync(factory, Options(cases, writer), TimeProvider.System, ct);
            log.WriteLine($"{"rest of the lab (EF: inventory, messages, logistics, views)",-60} {"",12} {(seeding.Elapsed - writer.Elapsed).TotalSeconds,8:N1} s");
        }

        var vacuum = Stopwatch.StartNew();
        await using (var command = dataSource.CreateCommand("VACUUM ANALYZE"))
        {
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(ct);
        }

        log.WriteLine($"{"VACUUM ANALYZE",-60} {"",12} {vacuum.Elapsed.TotalSeconds,8:N1} s");
        var after = await SchemaAsync(dataSource, ct);
        if (!before.SequenceEqual(after))
        {
            throw new InvalidOperationException("The indexes and foreign keys after the load differ from the migrations': "
                + string.Join("; ", before.Except(after).Select(d => "missing " + d).Concat(after.Except(before).Select(d => "extra " + d))));
        }

        log.WriteLine($"Schema checked: {after.Count} indexes and constraints as the migrations define them.");
        log.WriteLine($"{"total",-60} {"",12} {total.Elapsed.TotalSeconds,8:N1} s");
    }

    /// <summary>Every index and constraint definition of the database's tables, sorted (to compare before and after).</summary>
    private static async Task<List<string>> SchemaAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        const string sql = """
            SELECT c.relname || ': ' || pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'
            UNION ALL
            SELECT k.conrelid::regclass::text || ': ' || k.conname || ' ' || pg_get_constraintdef(k.oid) FROM pg_constraint k
            JOIN pg_namespace n ON n.oid = k.connamespace WHERE n.nspname = 'public' AND k.contype IN ('f', 'p', 'u', 'c')
            """;
        var result = new List<string>();
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(reader.GetString(0));
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }

    /// <summary>The demo's case writer: one COPY per table held open over every batch, indexes rebuilt at the end.</summary>
    private sealed class CopyCaseWriter(IDbContextFactory<LabDbContext> factory, NpgsqlDataSource dataSource, TextWriter log) : IDemoCaseWriter, IAsyncDisposable
    {
        private readonly List<(string Table, string Name, string Create)> _indexes = [];
        private readonly List<(string Table, string Name, string Add)> _foreignKeys = [];
        private readonly Stopwatch _clock = new();
        private EntityCopy<Case>? _cases;
        private EntityCopy<WorkflowStage>? _stages;
        private EntityCopy<CaseNote>? _notes;
        private EntityCopy<CaseFile>? _files;
        private EntityCopy<Invoice>? _invoices;
        private EntityCopy<InvoiceItem>? _items;
        private EntityCopy<Payment>? _payments;
        private EntityCopy<AuditLogEntry>? _audit;
        private long _batches;

        /// <summary>Time from the first batch to the rebuilt indexes.</summary>
        public TimeSpan Elapsed => _clock.Elapsed;

        public async Task OpenAsync(CancellationToken ct)
        {
            await using (var command = dataSource.CreateCommand("""
                SELECT c.relname, i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x
                JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
                WHERE c.relname = ANY(@tables) AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
                ORDER BY 1, 2
                """))
            {
                command.Parameters.AddWithValue("tables", BulkTables);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    _indexes.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
                }
            }

            await using (var command = dataSource.CreateCommand("""
                SELECT k.conrelid::regclass::text, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k
                WHERE k.contype = 'f' AND k.conrelid::regclass::text = ANY(@tables) ORDER BY 1, 2
                """))
            {
                command.Parameters.AddWithValue("tables", BulkTables);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    _foreignKeys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
                }
            }

            await using (var connection = await dataSource.OpenConnectionAsync(ct))
            {
                foreach (var (table, name, _) in _foreignKeys)
                {
                    await ExecuteAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT {name}", ct);
                }

                foreach (var (_, name, _) in _indexes)
                {
                    await ExecuteAsync(connection, $"DROP INDEX {name}", ct);
                }
            }

            await using var db = await factory.CreateDbContextAsync(ct);
            var model = db.Model;
            _cases = await EntityCopy<Case>.OpenAsync(dataSource, model);
            _stages = await EntityCopy<WorkflowStage>.OpenAsync(dataSource, model);
            _notes = await EntityCopy<CaseNote>.OpenAsync(dataSource, model);
            _files = await EntityCopy<CaseFile>.OpenAsync(dataSource, model);
            _invoices = await EntityCopy<Invoice>.OpenAsync(dataSource, model);
            _items = await EntityCopy<InvoiceItem>.OpenAsync(dataSource, model);
            _payments = await EntityCopy<Payment>.OpenAsync(dataSource, model);
            _audit = await EntityCopy<AuditLogEntry>.OpenAsync(dataSource, model);
        }

        public Task WriteAsync(DemoCaseBatch batch, CancellationToken ct)
        {
            _clock.Start();
            _cases!.Write(batch.Cases);
            _stages!.Write(batch.Cases.SelectMany(c => c.Stages));
            _notes!.Write(batch.Cases.SelectMany(c => c.Notes));
            _files!.Write(batch.Cases.SelectMany(c => c.Files));
            _invoices!.Write(batch.Invoices);
            _items!.Write(batch.Invoices.SelectMany(i => i.Items));
            _payments!.Write(batch.Invoices.SelectMany(i => i.Payments));
            _audit!.Write(batch.Audit);
            if (++_batches % 100 == 0)
            {
                log.WriteLine($"  {_cases.Rows:N0} cases written ({_clock.Elapsed.TotalSeconds:N0} s)");
            }

            return Task.CompletedTask;
        }

        public async Task CompleteAsync(CancellationToken ct)
        {
            var copies = new IEntityCopy[] { _cases!, _stages!, _notes!, _files!, _invoices!, _items!, _payments!, _audit! };
            log.WriteLine($"{"table",-60} {"rows",12} {"time",8}");
            foreach (var copy in copies)
            {
                var commit = Stopwatch.StartNew();
                await copy.CompleteAsync();
                log.WriteLine($"{"COPY " + copy.Table,-60} {copy.Rows,12:N0} {(copy.Busy + commit.Elapsed).TotalSeconds,8:N1} s");
            }

            await using var connection = await dataSource.OpenConnectionAsync(ct);
            await ExecuteAsync(connection, "SET maintenance_work_mem = '1GB'", ct);
            foreach (var table in BulkTables)
            {
                var clock = Stopwatch.StartNew();
                var indexes = _indexes.Where(i => i.Table == table).ToList();
                foreach (var (_, _, create) in indexes)
                {
                    await ExecuteAsync(connection, create, ct);
                }

                var keys = _foreignKeys.Where(k => k.Table == table).ToList();
                foreach (var (_, name, add) in keys)
                {
                    await ExecuteAsync(connection, $"ALTER TABLE {table} ADD CONSTRAINT {name} {add}", ct);
                }

                log.WriteLine($"{$"indexes and foreign keys of {table} ({indexes.Count} + {keys.Count})",-60} {"",12} {clock.Elapsed.TotalSeconds,8:N1} s");
            }

            var analyze = Stopwatch.StartNew();
            await ExecuteAsync(connection, "ANALYZE", ct);
            log.WriteLine($"{"ANALYZE (the rest of the generator queries the cases)",-60} {"",12} {analyze.Elapsed.TotalSeconds,8:N1} s");
            _clock.Stop();
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var copy in new IEntityCopy?[] { _cases, _stages, _notes, _files, _invoices, _items, _payments, _audit })
            {
                if (copy is not null)
                {
                    await copy.DisposeAsync();
                }
            }
        }

        private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
        {
            // The statements are the database's own definitions (pg_get_indexdef, pg_get_constraintdef) of its tables.
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
