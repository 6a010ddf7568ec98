using DentalLab.Data.Entities;
using DentalLab.Web.Features.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Billing;

/// <summary>
/// The lab-wide invoice list reads whole months from invoice_month_totals, which a trigger keeps: after payments,
/// cancellations, refunds, a re-dated and a deleted invoice, its count and totals still equal the invoices' own.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class InvoiceMonthTotalsTests(LabServerFixture server)
{
    [Fact]
    public async Task Lab_wide_totals_equal_the_invoices_after_every_kind_of_change()
    {
        var app = await server.SharedAppAsync("invoice-month-totals");
        var dentist = await BillingTestData.DentistAsync(app, "Zahnarztpraxis Müller");
        await using var scope = await app.ScopeAsAsync(BillingTestData.Staff);
        var queries = scope.ServiceProvider.GetRequiredService<InvoiceQueries>();
        var service = scope.ServiceProvider.GetRequiredService<InvoiceService>();
        var today = await scope.ServiceProvider.GetRequiredService<BillingDocuments>().TodayAsync();
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        // Whole months, part months at both ends, open-ended, a single day, and a status.
        InvoiceQuery[] views =
        [
            new(), new(Status: InvoiceStatus.Paid), new(Status: InvoiceStatus.Cancelled),
            new(From: monthStart.AddMonths(-3), To: monthStart.AddDays(-1)),
            new(From: monthStart.AddMonths(-3).AddDays(9), To: today.AddDays(-3)),
            new(From: monthStart.AddMonths(-2).AddDays(4)), new(To: monthStart.AddMonths(-1).AddDays(10)),
            new(From: today, To: today), new(Status: InvoiceStatus.Overdue, From: monthStart.AddMonths(-4)),
        ];

        async Task AllViewsAgreeAsync(string after)
        {
            await using var db = app.Db();
            var invoices = await db.Invoices.AsNoTracking().ToListAsync();
            foreach (var view in views)
            {
                var matching = invoices.Where(i => (view.Status is null || i.Status == view.Status)
                    && (view.From is null || i.IssueDate >= view.From) && (view.To is null || i.IssueDate <= view.To)).ToList();
                var billed = matching.Where(i => i.Status is not (InvoiceStatus.Draft or InvoiceStatus.Cancelled)).ToList();
                var page = await queries.ListAsync(view with { PageSize = 1 });
                var what = $"{view} after {after}";
                Assert.True(matching.Count == page.Count, $"count of {what}: {page.Count}, expected {matching.Count}");
                Assert.True(new InvoiceTotals(
                    billed.Sum(i => i.Total), billed.Sum(i => i.AmountPaid),
                    billed.Where(i => i.Status != InvoiceStatus.Refunded).Sum(i => i.Total - i.AmountPaid),
                    billed.Where(i => i.Status == InvoiceStatus.Refunded).Sum(i => i.Total - i.AmountPaid),
                    matching.Where(i => i.Status == InvoiceStatus.Cancelled).Sum(i => i.Total),
                    matching.Count(i => i.Status == InvoiceStatus.Cancelled)) == page.Totals, $"totals of {what}: {page.Totals}");
            }
        }

        await AllViewsAgreeAsync("the demo was generated");

        var partly = await BillingTestData.SentInvoiceAsync(app, dentist.Id, (await BillingTestData.DeliveredCaseAsync(app, dentist.Id)).Id);
        Assert.True((await service.RecordPaymentAsync(partly, new PaymentInput { Amount = 10m, PaidOn = today, Reference = "part" })).Succeeded);
        var cancelled = await BillingTestData.SentInvoiceAsync(app, dentist.Id, (await BillingTestData.DeliveredCaseAsync(app, dentist.Id)).Id);
        Assert.True((await service.CancelAsync(cancelled, "Billed to the wrong practice.")).Succeeded);
        var refunded = await BillingTestData.SentInvoiceAsync(app, dentist.Id, (await BillingTestData.DeliveredCaseAsync(app, dentist.Id)).Id);
        var invoice = await BillingTestData.InvoiceAsync(app, refunded);
        Assert.True((await service.RecordPaymentAsync(refunded, new PaymentInput { Amount = invoice.Total, PaidOn = today, Reference = "full" })).Succeeded);
        Assert.True((await service.RefundAsync(refunded, "Crown remade at no charge.")).Succeeded);
        await AllViewsAgreeAsync("a payment, a cancellation and a refund");

        await using (var db = app.Db())
        {
            // Re-dated into an earlier month (as a correction would), and one soft-deleted.
            await db.Invoices.Where(i => i.InvoiceNumber == partly)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.IssueDate, monthStart.AddMonths(-2).AddDays(2)).SetProperty(i => i.DueDate, monthStart.AddMonths(-1)));
            await db.Invoices.IgnoreQueryFilters().Where(i => i.InvoiceNumber == cancelled)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.DeletedAt, DateTimeOffset.UtcNow));
        }

        await AllViewsAgreeAsync("a re-dated and a deleted invoice");
    }
}
