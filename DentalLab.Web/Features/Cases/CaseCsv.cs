using System.Globalization;
using System.Text;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Cases;

/// <summary>
/// The case list as CSV: UTF-8 with a byte order mark (so Excel reads Łódź as written), RFC 4180 quoting, and cells
/// that a spreadsheet would run as a formula (=, +, -, @) defused with a leading apostrophe.
/// </summary>
public static class CaseCsv
{
    private static readonly string[] Header =
    [
        "Case number", "Received", "Due date", "Late", "Status", "Stage", "Urgency", "Priority", "Dentist", "Practice",
        "Patient name", "Patient code", "Procedure", "Teeth", "Shade", "Units", "Remake",
    ];

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<CaseListRow> rows, TimeZoneInfo zone, CancellationToken ct = default)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65536, leaveOpen: true);
        await writer.WriteAsync(Line(Header));
        await foreach (var r in rows.WithCancellation(ct))
        {
            await writer.WriteAsync(Line(
            [
                r.CaseNumber,
                TimeZoneInfo.ConvertTime(r.ReceivedAt, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                r.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.IsLate ? "yes" : "no",
                Labels.Label(r.Status),
                r.Stage is { } stage ? Labels.Label(stage) : "",
                Labels.Label(r.Urgency),
                Labels.Label(r.Priority),
                r.Dentist,
                r.Practice,
                r.PatientName ?? "",
                r.PatientCode ?? "",
                Labels.Label(r.Procedure),
                Dentition.Describe(r.Teeth, r.BridgeSpans),
                r.Shade ?? "",
                r.Units.ToString(CultureInfo.InvariantCulture),
                r.IsRemake ? "yes" : "no",
            ]));
        }
    }

    private static string Line(IEnumerable<string> cells) => string.Join(",", cells.Select(Cell)) + "\r\n";

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
