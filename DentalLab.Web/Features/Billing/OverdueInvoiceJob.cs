using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Notifications;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Jobs;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Billing;

/// <summary>Turns sent invoices past their due date into overdue ones and tells the lab's billing users (invoices.manage).</summary>
public sealed class OverdueInvoices(IDbContextFactory<LabDbContext> dbFactory, NotificationService notifications, LiveEventBus bus, ILogger<OverdueInvoices> logger)
{
    /// <summary>Flags every sent, unpaid invoice due before <paramref name="today"/>; returns their numbers.</summary>
    public async Task<IReadOnlyList<string>> MarkAsync(DateOnly today, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var due = await db.Invoices
            .Where(i => i.Status == InvoiceStatus.Sent && i.DueDate < today && i.Total > i.AmountPaid)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return [];
        }

        foreach (var invoice in due)
        {
            InvoiceRules.Demand(invoice, InvoiceAction.MarkOverdue);
            invoice.Status = InvoiceStatus.Overdue;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A payment landed meanwhile; the next run picks up whatever is still overdue.
            logger.LogInformation("Overdue check met a concurrent change; it will run again");
            return [];
        }

        var numbers = due.Select(i => i.InvoiceNumber).Order(StringComparer.Ordinal).ToList();
        foreach (var number in numbers)
        {
            await bus.PublishAsync(new LiveEvent(LiveEvent.Invoices, LiveKinds.InvoiceOverdue, number), ct);
        }

        var recipients = await db.UserIdsHoldingAsync(PermissionCodes.InvoicesManage, ct);
        var title = numbers.Count == 1 ? $"Invoice {numbers[0]} is overdue" : $"{numbers.Count} invoices are overdue";
        await notifications.NotifyManyAsync(recipients, NotificationType.Invoice, title, string.Join(", ", numbers.Take(20)),
            numbers.Count == 1 ? "/invoices/" + numbers[0] : "/invoices?overdue=true", ct: ct);
        logger.LogInformation("{Count} invoices became overdue", numbers.Count);
        return numbers;
    }
}

/// <summary>
/// The overdue check, at start-up and then daily, through the one scheduler (one instance at a time; marking is
/// idempotent: an invoice already overdue is not picked again, so nobody is told twice).
/// </summary>
public sealed class OverdueInvoiceJob(LabSettings settings, OverdueInvoices overdue) : IRecurringJob
{
    public const string Name = "invoices.overdue";

    public async Task RunAsync(CancellationToken ct) => await overdue.MarkAsync(await settings.TodayAsync(), ct);
}
