using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace DentalLab.Web.Benchmarks;

/// <summary>
/// One table's binary COPY, its columns read from the EF model (column names, value converters, jsonb), so the rows
/// written are the ones EF would insert: a new column in the model is written without touching this code. Shadow
/// properties and the xmin row version are left to the column defaults. Open for the whole load on its own connection.
/// </summary>
internal interface IEntityCopy : IAsyncDisposable
{
    string Table { get; }

    long Rows { get; }

    TimeSpan Busy { get; }

    Task CompleteAsync();
}

internal sealed class EntityCopy<T> : IEntityCopy
    where T : class
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlBinaryImporter _importer;
    private readonly CopyColumn[] _columns;
    private readonly Stopwatch _busy = new();

    private EntityCopy(NpgsqlConnection connection, NpgsqlBinaryImporter importer, CopyColumn[] columns, string table)
    {
        _connection = connection;
        _importer = importer;
        _columns = columns;
        Table = table;
    }

    public string Table { get; }

    public long Rows { get; private set; }

    /// <summary>Time spent in this table's writes (including waiting for the server to take the rows).</summary>
    public TimeSpan Busy => _busy.Elapsed;

    public static async Task<EntityCopy<T>> OpenAsync(NpgsqlDataSource dataSource, IModel model)
    {
        var entityType = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException("Not an entity: " + typeof(T).Name);
        var table = entityType.GetTableName() ?? throw new InvalidOperationException("No table: " + typeof(T).Name);
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => !p.IsShadowProperty() && p.GetColumnName(store) is { } name && name != "xmin")
            .Select(CopyColumn.For)
            .ToArray();
        var connection = await dataSource.OpenConnectionAsync();
        var sql = $"COPY {table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
        var importer = await connection.BeginBinaryImportAsync(sql);
        importer.Timeout = TimeSpan.FromHours(1);
        return new EntityCopy<T>(connection, importer, columns, table);
    }

    public void Write(IEnumerable<T> rows)
    {
        _busy.Start();
        foreach (var row in rows)
        {
            _importer.StartRow();
            foreach (var column in _columns)
            {
                column.Write(_importer, row);
            }

            Rows++;
        }

        _busy.Stop();
    }

    /// <summary>Commits the rows (the COPY is one statement).</summary>
    public async Task CompleteAsync()
    {
        _busy.Start();
        await _importer.CompleteAsync();
        _busy.Stop();
    }

    public async ValueTask DisposeAsync()
    {
        await _importer.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

/// <summary>A column of a binary COPY: how to read it from an entity and write it.</summary>
internal abstract class CopyColumn(string name)
{
    public string Name { get; } = name;

    public abstract void Write(NpgsqlBinaryImporter importer, object entity);

    public static CopyColumn For(IProperty property)
    {
        var mapping = property.GetRelationalTypeMapping();
        var converter = mapping.Converter;
        var providerType = Nullable.GetUnderlyingType(converter?.ProviderClrType ?? property.ClrType) ?? converter?.ProviderClrType ?? property.ClrType;
        var storeType = mapping.StoreType;
        NpgsqlDbType? dbType = storeType switch
        {
            "jsonb" => NpgsqlDbType.Jsonb,
            "json" => NpgsqlDbType.Json,
            _ => null,
        };
        var type = typeof(CopyColumn<>).MakeGenericType(providerType);
        return (CopyColumn)Activator.CreateInstance(type, property.GetColumnName(), property.GetGetter(), converter, dbType)!;
    }
}

internal sealed class CopyColumn<TValue>(string name, IClrPropertyGetter getter, ValueConverter? converter, NpgsqlDbType? dbType)
    : CopyColumn(name)
{
    public override void Write(NpgsqlBinaryImporter importer, object entity)
    {
        var value = getter.GetClrValueUsingContainingEntity(entity);
        if (converter is not null && value is not null)
        {
            value = converter.ConvertToProvider(value);
        }

        if (value is null)
        {
            importer.WriteNull();
        }
        else if (dbType is { } t)
        {
            importer.Write((TValue)value, t);
        }
        else
        {
            importer.Write((TValue)value);
        }
    }
}
