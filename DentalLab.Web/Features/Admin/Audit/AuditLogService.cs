using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Audit;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Csv;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

using DentalLab.Web.Infrastructure.Text;
using DentalLab.Web.Infrastructure.Paging;

namespace DentalLab.Web.Features.Admin.Audit;

public sealed record AuditRow(
    Guid Id,
    DateTimeOffset OccurredAt,
    string TableName,
    string RecordId,
    AuditAction Action,
    string? UserName,
    string? IpAddress,
    string? OldValues,
    string? NewValues,
    long Sequence = 0);

/// <summary>The audit list's filters; the page keeps them in the query string (<see cref="Parse"/>, <see cref="ToQuery"/>).</summary>
public sealed record AuditQuery(string? Table, AuditAction? Action, string? RecordId, DateOnly? From, DateOnly? To, int Page, int PageSize, string? User = null, string? Ip = null)
{
    public const int DefaultPageSize = 50;

    public static AuditQuery Parse(Func<string, string?> get) => new(
        Clean(get("table")),
        Enum.TryParse<AuditAction>(get("action"), true, out var action) ? action : null,
        Clean(get("record")),
        ParseDate(get("from")),
        ParseDate(get("to")),
        int.TryParse(get("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page - 1 : 0,
        DefaultPageSize,
        Clean(get("user")),
        Clean(get("ip")));

    /// <summary>The non-default parameters (null removes one), for NavigationManager.GetUriWithQueryParameters.</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["table"] = Table,
        ["action"] = Action?.ToString().ToLowerInvariant(),
        ["record"] = RecordId,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["user"] = User,
        ["ip"] = Ip,
        ["page"] = Page > 0 ? (Page + 1).ToString(CultureInfo.InvariantCulture) : null,
    };

    public string ToQueryString()
    {
        var parts = ToQuery().Where(p => p.Value is not null && p.Key != "page")
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString((string)p.Value!)).ToList();
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

/// <summary>One changed field of an entry, before and after.</summary>
public sealed record AuditField(string Field, string? Before, string? After);

/// <summary>One read of a case: who, what, when, from where.</summary>
public sealed record CaseViewer(DateTimeOffset At, string? User, AuditAction Action, string What, string? IpAddress);

/// <summary>Reads the audit log (audit.view): newest first, filtered on the server; the CSV export; who viewed a case.</summary>
public sealed class AuditLogService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, LabSettings settings)
{
    public async Task<(IReadOnlyList<AuditRow> Rows, int Total)> ListAsync(AuditQuery query, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.AuditView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = Filter(db, query);
        var total = await CappedCount.CountAsync(entries, ct);
        var rows = await Project(entries.OrderByDescending(a => a.Sequence).Skip(query.Page * query.PageSize).Take(query.PageSize)).ToListAsync(ct);
        return (rows, total);
    }

    /// <summary>Every entry the filters match, oldest first, for the CSV export (audit.view; the export itself is audited by the CSV writer).</summary>
    public async IAsyncEnumerable<AuditRow> ExportAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.AuditView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Project(Filter(db, query).OrderBy(a => a.Sequence)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    public static IReadOnlyList<CsvColumn<AuditRow>> CsvColumns(TimeZoneInfo zone) =>
    [
        new("Sequence", r => CsvWriter.Number((decimal)r.Sequence)),
        new("When", r => CsvWriter.Time(r.OccurredAt, zone)),
        new("When (UTC)", r => r.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
        new("Who", r => r.UserName ?? "system"),
        new("Action", r => Labels.Label(r.Action)),
        new("Table", r => r.TableName),
        new("Record", r => r.RecordId),
        new("Before", r => r.OldValues ?? ""),
        new("After", r => r.NewValues ?? ""),
        new("Address", r => r.IpAddress ?? ""),
    ];

    /// <summary>One entry with its fields side by side (null when there is no such entry).</summary>
    public async Task<(AuditRow Row, IReadOnlyList<AuditField> Fields)?> EntryAsync(Guid id, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.AuditView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await Project(db.AuditLog.AsNoTracking().Where(a => a.Id == id)).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var before = Flatten(row.OldValues);
        var after = Flatten(row.NewValues);
        var fields = before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(k => new AuditField(k, before.GetValueOrDefault(k), after.GetValueOrDefault(k))).ToList();
        return (row, fields);
    }

    /// <summary>Who opened the case, downloaded its files, ticket or PDFs (audit.view), newest first.</summary>
    public async Task<IReadOnlyList<CaseViewer>> CaseViewersAsync(string caseNumber, int take = 50, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.AuditView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var marker = JsonSerializer.Serialize(new Dictionary<string, string> { [AuditReads.CaseKey] = caseNumber });
        var rows = await db.AuditLog.AsNoTracking()
            .Where(a => (a.Action == AuditAction.View || a.Action == AuditAction.Download) && EF.Functions.JsonContains(a.NewValues!, marker))
            .OrderByDescending(a => a.Sequence).Take(take)
            .Select(a => new { a.OccurredAt, User = a.User != null ? a.User.FullName : null, a.Action, a.NewValues, a.IpAddress })
            .ToListAsync(ct);
        return rows.Select(r => new CaseViewer(r.OccurredAt, r.User, r.Action, Flatten(r.NewValues).GetValueOrDefault("what") ?? "", r.IpAddress)).ToList();
    }

    public async Task<IReadOnlyList<string>> TablesAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.AuditView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // The few distinct names among a million rows, one index probe each (a loose index scan) instead of reading them all.
        return await db.Database.SqlQuery<string>($"""
            WITH RECURSIVE t AS (
                SELECT min(table_name) AS n FROM audit_log
                UNION ALL
                SELECT (SELECT min(table_name) FROM audit_log WHERE table_name > t.n) FROM t WHERE t.n IS NOT NULL)
            SELECT n AS "Value" FROM t WHERE n IS NOT NULL
            """).ToListAsync(ct);
    }

    public Task<TimeZoneInfo> TimeZoneAsync() => settings.TimeZoneAsync();

    private static IQueryable<AuditLogEntry> Filter(LabDbContext db, AuditQuery query)
    {
        var entries = db.AuditLog.AsNoTracking();
        if (query.Table is { Length: > 0 } table)
        {
            entries = entries.Where(a => a.TableName == table);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(a => a.Action == action);
        }

        if (query.RecordId is { Length: > 0 } record)
        {
            var id = record.Trim();
            entries = entries.Where(a => a.RecordId == id);
        }

        if (query.User is { Length: > 0 } user)
        {
            var pattern = "%" + user.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            entries = entries.Where(a => a.User != null && (EF.Functions.ILike(a.User.FullName, pattern) || EF.Functions.ILike(a.User.Email!, pattern)));
        }

        if (query.Ip is { Length: > 0 } ip)
        {
            var prefix = ip.Trim();
            entries = entries.Where(a => a.IpAddress != null && a.IpAddress.StartsWith(prefix));
        }

        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.OccurredAt >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.OccurredAt < end);
        }

        return entries;
    }

    private static IQueryable<AuditRow> Project(IQueryable<AuditLogEntry> entries) =>
        entries.Select(a => new AuditRow(a.Id, a.OccurredAt, a.TableName, a.RecordId, a.Action,
            a.User != null ? a.User.FullName : null, a.IpAddress, a.OldValues, a.NewValues, a.Sequence));

    /// <summary>A JSON object's top-level values as text (nested values as their JSON).</summary>
    private static Dictionary<string, string?> Flatten(string? json)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return result;
        }

        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            return result;
        }

        foreach (var p in doc.RootElement.EnumerateObject())
        {
            result[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Null => null,
                _ => p.Value.GetRawText(),
            };
        }

        return result;
    }
}

/// <summary>Display labels of the audit module's enum (one place; the lead may move it into Infrastructure/Text).</summary>
public static class AuditLogSetup
{
    public static void MapAuditEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/admin/audit/export.csv", async (HttpContext http, AuditLogService audit) =>
        {
            var query = AuditQuery.Parse(name => http.Request.Query[name].FirstOrDefault());
            var zone = await audit.TimeZoneAsync();
            await CsvWriter.StreamAsync(http, "audit-log", AuditLogService.CsvColumns(zone), audit.ExportAsync(query, http.RequestAborted));
        }).RequireAuthorization(PermissionCodes.AuditView);
}
