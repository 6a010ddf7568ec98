using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

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
    string? NewValues);

public sealed record AuditQuery(string? Table, AuditAction? Action, string? RecordId, DateOnly? From, DateOnly? To, int Page, int PageSize);

/// <summary>Reads the audit log (audit.view): newest first, filtered on the server.</summary>
public sealed class AuditLogService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser)
{
    public async Task<(IReadOnlyList<AuditRow> Rows, int Total)> ListAsync(AuditQuery query, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.AuditView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Table))
        {
            entries = entries.Where(a => a.TableName == query.Table);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(a => a.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(query.RecordId))
        {
            entries = entries.Where(a => a.RecordId == query.RecordId.Trim());
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

        var total = await entries.CountAsync(ct);
        var rows = await entries
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Skip(query.Page * query.PageSize).Take(query.PageSize)
            .Select(a => new AuditRow(a.Id, a.OccurredAt, a.TableName, a.RecordId, a.Action,
                a.User != null ? a.User.FullName : null, a.IpAddress, a.OldValues, a.NewValues))
            .ToListAsync(ct);
        return (rows, total);
    }

    public async Task<IReadOnlyList<string>> TablesAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.AuditView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AuditLog.Select(a => a.TableName).Distinct().OrderBy(t => t).ToListAsync(ct);
    }
}
