using DentalLab.Web.Features.Admin.Audit;
using DentalLab.Web.Infrastructure.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Admin;

/// <summary>A long audit trail is counted to "10,000+" (exact below that), and the table filter still lists every audited table.</summary>
[Collection(LabCollection.Name)]
public sealed class AuditListTests(LabServerFixture server)
{
    [Fact]
    public async Task A_long_audit_trail_counts_to_10000_plus_exactly_below_and_the_table_filter_lists_every_audited_table()
    {
        var app = await server.SharedAppAsync("audit-long-trail");
        await using var db = app.Db();
        // A year of stock counts' edits: more entries than the list counts.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO audit_log (table_name, record_id, action, occurred_at)
            SELECT 'stock_counts', g::text, 'update', now() - g * interval '1 hour' FROM generate_series(1, 10001) g
            """);
        await using var scope = await app.ScopeAsAsync(AdminTestData.Admin);
        var audit = scope.ServiceProvider.GetRequiredService<AuditLogService>();

        var (latest, total) = await audit.ListAsync(new AuditQuery(null, null, null, null, null, 0, AuditQuery.DefaultPageSize));
        Assert.Equal("10,000+ entries", CappedCount.Label(total, "entry", "entries"));
        Assert.Equal(AuditQuery.DefaultPageSize, latest.Count);

        var (_, cases) = await audit.ListAsync(new AuditQuery("cases", null, null, null, null, 0, AuditQuery.DefaultPageSize));
        var expected = await db.AuditLog.CountAsync(a => a.TableName == "cases");
        Assert.InRange(expected, 1, CappedCount.Cap);
        Assert.Equal(expected, cases);

        var tables = await audit.TablesAsync();
        Assert.Equal(await db.AuditLog.Select(a => a.TableName).Distinct().OrderBy(t => t).ToListAsync(), tables);
        Assert.Contains("stock_counts", tables);
    }
}
