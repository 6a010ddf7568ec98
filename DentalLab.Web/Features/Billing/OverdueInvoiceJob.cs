using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Notifications;
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
            await bus.PublishAsync(new LiveEvent(InvoiceService.Topic, "invoice.overdue", number), ct);
        }

        var recipients = await (
                from user in db.Users
                where user.IsActive
                from link in user.RoleLinks
                from grant in db.RolePermissions
                where grant.RoleId == link.RoleId && grant.Permission!.Code == PermissionCodes.InvoicesManage
                select user.Id)
            .Distinct().ToListAsync(ct);
        var title = numbers.Count == 1 ? $"Invoice {numbers[0]} is overdue" : $"{numbers.Count} invoices are overdue";
        await notifications.NotifyManyAsync(recipients, NotificationType.Invoice, title, string.Join(", ", numbers.Take(20)),
            numbers.Count == 1 ? "/invoices/" + numbers[0] : "/invoices?overdue=true", ct: ct);
        logger.LogInformation("{Count} invoices became overdue", numbers.Count);
        return numbers;
    }
}

/// <summary>Runs the overdue check at start-up and then daily.</summary>
public sealed class OverdueInvoiceJob(IServiceScopeFactory scopes, ILogger<OverdueInvoiceJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var today = await scope.ServiceProvider.GetRequiredService<LabSettings>().TodayAsync();
                await scope.ServiceProvider.GetRequiredService<OverdueInvoices>().MarkAsync(today, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The overdue invoice check failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
