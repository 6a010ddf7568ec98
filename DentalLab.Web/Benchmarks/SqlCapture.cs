using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace DentalLab.Web.Benchmarks;

/// <summary>
/// Records the SQL that EF sends while <see cref="Capturing"/> (text and a copy of every parameter), so the same
/// statements can be run again through plain Npgsql: the raw-SQL time a service call is compared with.
/// </summary>
internal sealed class SqlCapture : DbCommandInterceptor
{
    private readonly List<NpgsqlCommand> _commands = [];
    private readonly Lock _gate = new();

    public bool Capturing { get; private set; }

    public void Start()
    {
        lock (_gate)
        {
            _commands.Clear();
            Capturing = true;
        }
    }

    /// <summary>The statements captured since <see cref="Start"/> that only read (writes are not run twice).</summary>
    public IReadOnlyList<NpgsqlCommand> Stop()
    {
        lock (_gate)
        {
            Capturing = false;
            return [.. _commands.Where(c => IsRead(c.CommandText))];
        }
    }

    /// <summary>Runs the statements once on one pooled connection, reading every row and its values, and returns the time taken.</summary>
    public static async Task<double> ReplayAsync(NpgsqlDataSource dataSource, IReadOnlyList<NpgsqlCommand> commands)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var captured in commands)
        {
            await using var command = captured.Clone();
            command.Connection = connection;
            await using var reader = await command.ExecuteReaderAsync();
            do
            {
                // Each value read, as code on plain Npgsql would (rows skipped unread were half a baseline).
                var values = new object[reader.FieldCount];
                while (await reader.ReadAsync())
                {
                    reader.GetValues(values);
                }
            }
            while (await reader.NextResultAsync());
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>Each statement with its <c>EXPLAIN (ANALYZE, BUFFERS)</c> plan, as text (<c>benchmark all --explain</c>).</summary>
    /// <remarks>
    /// With <paramref name="withoutIndexes"/> (<c>--without-index a,b</c>) each plan is made in a transaction that drops
    /// those indexes first and is rolled back: the plan the query had before a fix that added them, for its decision record.
    /// </remarks>
    public static async Task<string> ExplainAsync(NpgsqlDataSource dataSource, IReadOnlyList<NpgsqlCommand> commands, IReadOnlyList<string>? withoutIndexes = null)
    {
        var text = new System.Text.StringBuilder();
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var captured in commands)
        {
            await using var tx = await connection.BeginTransactionAsync();
            foreach (var index in withoutIndexes ?? [])
            {
                await using var drop = new NpgsqlCommand("DROP INDEX IF EXISTS " + QuoteIdentifier(index), connection, tx);
                await drop.ExecuteNonQueryAsync();
            }

            await using var command = captured.Clone();
            command.Connection = connection;
            command.Transaction = tx;
            text.AppendLine(captured.CommandText);
            command.CommandText = "EXPLAIN (ANALYZE, BUFFERS) " + captured.CommandText;
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    text.Append("    ").AppendLine(reader.GetString(0));
                }
            }

            await tx.RollbackAsync();
            text.AppendLine();
        }

        return text.ToString();
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private static bool IsRead(string sql)
    {
        var text = sql.TrimStart();
        while (text.StartsWith("--", StringComparison.Ordinal))
        {
            var end = text.IndexOf('\n', StringComparison.Ordinal);
            text = end < 0 ? "" : text[(end + 1)..].TrimStart();
        }

        return text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("WITH", StringComparison.OrdinalIgnoreCase);
    }

    private void Record(DbCommand command)
    {
        if (!Capturing || command is not NpgsqlCommand npgsql)
        {
            return;
        }

        lock (_gate)
        {
            var copy = npgsql.Clone();
            copy.Connection = null;
            _commands.Add(copy);
        }
    }
}
