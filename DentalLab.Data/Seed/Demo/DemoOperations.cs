using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data.Seed;

/// <summary>A case as the day-to-day generators see it (messages, calendar, logistics).</summary>
internal sealed record DemoCaseRef(
    Guid Id, string CaseNumber, Guid DentistId, CaseStatus Status, WorkflowStageName? Stage, DateTimeOffset ReceivedAt,
    DateTimeOffset? ShippedAt, DateTimeOffset? DeliveredAt);

/// <summary>
/// What happens around the cases in the last weeks and the next ones: conversations, notifications, appointments,
/// shipments, van routes and today's (finished) sign-ins. All bounded: they use at most a few hundred recent cases.
/// </summary>
internal static class DemoOperations
{
    private const int RecentCases = 150;

    public static async Task SeedAsync(IDbContextFactory<LabDbContext> dbFactory, DemoWorld world, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var recent = await RecentCasesAsync(db, world, ct);
        var invoices = await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.Status == InvoiceStatus.Sent || i.Status == InvoiceStatus.Overdue)
            .OrderByDescending(i => i.IssueDate).ThenBy(i => i.InvoiceNumber)
            .Take(20)
            .Select(i => new { i.InvoiceNumber, i.DentistId })
            .ToListAsync(ct);
        var backdated = new List<(Entity Row, DateTimeOffset At)>();

        DemoMessaging.AddConversations(db, world, recent, backdated);
        DemoMessaging.AddNotifications(db, world, recent, [.. invoices.Select(i => (i.InvoiceNumber, i.DentistId))], backdated);
        DemoCalendar.AddAppointments(db, world, recent, backdated);
        DemoLogistics.AddShipmentsAndRoutes(db, world, recent, backdated);
        DemoAccess.AddSessionsAndResets(db, world, backdated);

        await db.SaveChangesAsync(ct);
        await DemoDataGenerator.BackdateAsync(db, backdated, ct);
    }

    /// <summary>Recent and open cases, plus the latest ones of each portal dentist (so the portal has chats).</summary>
    private static async Task<List<DemoCaseRef>> RecentCasesAsync(LabDbContext db, DemoWorld world, CancellationToken ct)
    {
        var since = world.Now.AddDays(-14);
        var recent = await db.Set<Case>().AsNoTracking()
            .Where(c => c.ReceivedAt >= since || c.DeliveredAt >= since || c.Status == CaseStatus.Ready)
            .OrderByDescending(c => c.ReceivedAt).ThenBy(c => c.CaseNumber)
            .Take(RecentCases)
            .Select(c => new DemoCaseRef(c.Id, c.CaseNumber, c.DentistId, c.Status, c.CurrentStage, c.ReceivedAt, c.ShippedAt, c.DeliveredAt))
            .ToListAsync(ct);
        var portalDentists = world.Dentists.Where(d => d.UserId is not null).Select(d => d.Id).ToList();
        var portal = await db.Set<Case>().AsNoTracking()
            .Where(c => portalDentists.Contains(c.DentistId))
            .OrderByDescending(c => c.ReceivedAt).ThenBy(c => c.CaseNumber)
            .Take(12)
            .Select(c => new DemoCaseRef(c.Id, c.CaseNumber, c.DentistId, c.Status, c.CurrentStage, c.ReceivedAt, c.ShippedAt, c.DeliveredAt))
            .ToListAsync(ct);
        return [.. recent.Concat(portal).DistinctBy(c => c.Id).OrderBy(c => c.ReceivedAt).ThenBy(c => c.CaseNumber)];
    }
}
