using DentalLab.Data.Entities;
using DentalLab.Web.Features.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Billing;

/// <summary>The invoice list filters on the server and totals exactly the filtered set.</summary>
[Collection(LabCollection.Name)]
public sealed class InvoiceListTests(LabServerFixture server)
{
    [Fact]
    public async Task Filters_by_status_dentist_period_and_overdue_with_totals_of_the_filtered_set()
    {
        var app = await server.SharedAppAsync("billing-flow");
        var dentist = await BillingTestData.DentistAsync(app, "Zahnarztpraxis Müller");
        await using var scope = await app.ScopeAsAsync(BillingTestData.Staff);
        var queries = scope.ServiceProvider.GetRequiredService<InvoiceQueries>();
        var today = await scope.ServiceProvider.GetRequiredService<BillingDocuments>().TodayAsync();
        await using var db = app.Db();
        var all = await db.Invoices.AsNoTracking().Where(i => i.DentistId == dentist.Id).ToListAsync();
        Assert.NotEmpty(all);

        var mine = await queries.ListAsync(new InvoiceQuery(DentistId: dentist.Id, PageSize: 500));
        Assert.Equal(all.Count, mine.Count);
        var owing = all.Where(i => i.Status is not (InvoiceStatus.Draft or InvoiceStatus.Cancelled)).ToList();
        Assert.Equal(owing.Sum(i => i.Total), mine.Totals.Invoiced);
        Assert.Equal(owing.Sum(i => i.AmountPaid), mine.Totals.Paid);
        Assert.Equal(owing.Where(i => i.Status != InvoiceStatus.Refunded).Sum(i => i.Total - i.AmountPaid), mine.Totals.Outstanding);
        // The totals add up: what refunded invoices no longer ask for is named, cancelled ones are reported apart.
        Assert.Equal(owing.Where(i => i.Status == InvoiceStatus.Refunded).Sum(i => i.Total - i.AmountPaid), mine.Totals.Refunded);
        Assert.Equal(mine.Totals.Invoiced - mine.Totals.Paid - mine.Totals.Refunded, mine.Totals.Outstanding);
        Assert.Equal(all.Where(i => i.Status == InvoiceStatus.Cancelled).Sum(i => i.Total), mine.Totals.Cancelled);
        Assert.Equal(all.Count(i => i.Status == InvoiceStatus.Cancelled), mine.Totals.CancelledCount);

        var paid = await queries.ListAsync(new InvoiceQuery(Status: InvoiceStatus.Paid, PageSize: 500));
        Assert.NotEmpty(paid.Rows); // the demo lab has paid invoices
        Assert.All(paid.Rows, r => Assert.Equal(InvoiceStatus.Paid, r.Status));
        Assert.Equal(await db.Invoices.CountAsync(i => i.Status == InvoiceStatus.Paid), paid.Count);
        Assert.Equal(0m, paid.Totals.Outstanding);

        var from = today.AddDays(-60);
        var period = await queries.ListAsync(new InvoiceQuery(DentistId: dentist.Id, From: from, To: today, PageSize: 500));
        Assert.Equal(all.Count(i => i.IssueDate >= from && i.IssueDate <= today), period.Count);

        // Past due counts as overdue even before the nightly job has flagged it.
        var late = await BillingTestData.SentInvoiceAsync(app, dentist.Id, (await BillingTestData.DeliveredCaseAsync(app, dentist.Id)).Id);
        await db.Invoices.Where(i => i.InvoiceNumber == late).ExecuteUpdateAsync(u => u.SetProperty(i => i.IssueDate, today.AddDays(-40)).SetProperty(i => i.DueDate, today.AddDays(-10)));
        var overdue = await queries.ListAsync(new InvoiceQuery(OverdueOnly: true, PageSize: 500));
        Assert.Contains(overdue.Rows, r => r.InvoiceNumber == late);
        Assert.All(overdue.Rows, r => Assert.True(r.DueDate < today && r.Balance > 0 && r.Status is InvoiceStatus.Sent or InvoiceStatus.Overdue));

        var firstPage = await queries.ListAsync(new InvoiceQuery(PageSize: 5));
        var secondPage = await queries.ListAsync(new InvoiceQuery(Page: 1, PageSize: 5));
        Assert.Equal(5, firstPage.Rows.Count);
        Assert.Empty(firstPage.Rows.Select(r => r.Id).Intersect(secondPage.Rows.Select(r => r.Id)));
        Assert.Equal(firstPage.Totals, secondPage.Totals); // totals are of the whole filtered set, not the page
    }
}
