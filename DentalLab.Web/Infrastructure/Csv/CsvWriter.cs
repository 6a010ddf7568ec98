using System.Globalization;
using System.Text;

namespace DentalLab.Web.Infrastructure.Csv;

/// <summary>One column of an export: a readable header and how a row fills its cell.</summary>
public sealed record CsvColumn<T>(string Header, Func<T, string?> Value);

/// <summary>
/// The one CSV writer every export uses: streamed row by row (a large export never sits in memory), UTF-8 with a
/// byte order mark (so Excel reads Łódź as written), RFC 4180 quoting, readable headers, and cells that a spreadsheet
/// would run as a formula (=, +, -, @, tab, CR) defused with a leading apostrophe.
/// </summary>
public static class CsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static async Task WriteAsync<T>(Stream output, IReadOnlyList<CsvColumn<T>> columns, IAsyncEnumerable<T> rows, CancellationToken ct = default)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65536, leaveOpen: true);
        await writer.WriteAsync(Line(columns.Select(c => c.Header)));
        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.WriteAsync(Line(columns.Select(c => c.Value(row) ?? "")));
        }
    }

    public static Task WriteAsync<T>(Stream output, IReadOnlyList<CsvColumn<T>> columns, IEnumerable<T> rows, CancellationToken ct = default) =>
        WriteAsync(output, columns, ToAsync(rows), ct);

    /// <summary>The whole file as bytes (BOM included), for small exports built in memory and for tests.</summary>
    public static async Task<byte[]> ToBytesAsync<T>(IReadOnlyList<CsvColumn<T>> columns, IEnumerable<T> rows, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        await WriteAsync(buffer, columns, rows, ct);
        return buffer.ToArray();
    }

    /// <summary>
    /// Streams an export as a download: sets the content type and a file name (with the current UTC time when
    /// <paramref name="stampName"/>), then writes the rows straight to the response.
    /// </summary>
    public static async Task StreamAsync<T>(HttpContext http, string fileBaseName, IReadOnlyList<CsvColumn<T>> columns, IAsyncEnumerable<T> rows, bool stampName = true)
    {
        var name = stampName ? $"{fileBaseName}-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv" : fileBaseName + ".csv";
        http.Response.ContentType = ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        await http.RequestServices.GetRequiredService<Audit.IAuditReads>().ExportedAsync(fileBaseName, http.Request.QueryString.Value, http.RequestAborted);
        await WriteAsync(http.Response.Body, columns, rows, http.RequestAborted);
    }

    /// <summary>Invariant formats for the cells that are not text.</summary>
    public static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? value) => value is { } v ? Date(v) : "";

    public static string Time(DateTimeOffset value, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? value, TimeZoneInfo zone) => value is { } v ? Time(v, zone) : "";

    public static string YesNo(bool value) => value ? "yes" : "no";

    internal static string Line(IEnumerable<string> cells) => string.Join(",", cells.Select(Cell)) + "\r\n";

    internal static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

#pragma warning disable CS1998 // an iterator over an in-memory list has nothing to await
    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> rows)
#pragma warning restore CS1998
    {
        foreach (var row in rows)
        {
            yield return row;
        }
    }
}
