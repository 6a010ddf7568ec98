using System.Net;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Billing;

/// <summary>"To invoice": every delivered, not-invoiced case across dentists, and one draft per dentist from one click, never twice.</summary>
[Collection(LabCollection.Name)]
public sealed class ToInvoiceTests(LabServerFixture server)
{
    [Fact]
    public async Task The_screen_lists_waiting_cases_with_their_age_and_two_clicks_at_once_make_one_draft_per_dentist()
    {
        var app = await server.SharedAppAsync("billing-to-invoice");
        var first = await BillingTestData.DentistAsync(app, "Uśmiech");
        var second = await BillingTestData.DentistAsync(app, "Ødegaard");
        var a1 = await BillingTestData.DeliveredCaseAsync(app, first.Id);
        var a2 = await BillingTestData.DeliveredCaseAsync(app, first.Id, ProcedureType.Bridge, units: 3, teeth: [24, 25, 26]);
        var b1 = await BillingTestData.DeliveredCaseAsync(app, second.Id);
        await using (var db = app.Db())
        {
            await db.Cases.Where(c => c.Id == a1.Id).ExecuteUpdateAsync(u => u
                .SetProperty(c => c.ShippedAt, DateTimeOffset.UtcNow.AddDays(-13)).SetProperty(c => c.DeliveredAt, DateTimeOffset.UtcNow.AddDays(-12)));
        }

        IReadOnlyList<UninvoicedCase> waiting;
        await using (var scope = await app.ScopeAsAsync(BillingTestData.Staff))
        {
            waiting = await scope.ServiceProvider.GetRequiredService<InvoiceService>().UninvoicedAsync();
        }

        Assert.Contains(waiting, c => c.Id == a1.Id && c.AgeDays == 12 && c.PracticeName == first.PracticeName);
        Assert.Contains(waiting, c => c.Id == a2.Id && c.AgeDays == 1);
        Assert.Contains(waiting, c => c.Id == b1.Id && c.DentistId == second.Id);
        var dentists = waiting.Select(c => c.DentistId).Distinct().Count();

        using (var http = new LabHttp(app))
        {
            await http.SignInAsync(BillingTestData.Staff, DemoDataGenerator.DemoPassword);
            var page = WebUtility.HtmlDecode(await (await http.GetAsync("/billing/to-invoice")).Content.ReadAsStringAsync());
            Assert.Contains("Invoice all for this month", page, StringComparison.Ordinal);
            Assert.Contains(a1.CaseNumber, page, StringComparison.Ordinal);
            Assert.Contains("12 days", page, StringComparison.Ordinal);
            Assert.Contains(b1.CaseNumber, page, StringComparison.Ordinal);
        }

        using (var technician = new LabHttp(app))
        {
            await technician.SignInAsync("tech@dentallab.test", DemoDataGenerator.DemoPassword);
            var refused = await (await technician.GetAsync("/billing/to-invoice")).Content.ReadAsStringAsync();
            Assert.DoesNotContain(a1.CaseNumber, refused, StringComparison.Ordinal);
        }

        // Two people click at the same moment: each dentist gets exactly one draft, and every case is on one invoice.
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var scope = await app.ScopeAsAsync(BillingTestData.Staff);
            return await scope.ServiceProvider.GetRequiredService<InvoiceService>().InvoiceAllAsync();
        }));
        var made = runs.SelectMany(r => r.Created).ToList();
        Assert.Equal(dentists, made.Count);
        await using (var db = app.Db())
        {
            var drafts = await db.Invoices.AsNoTracking().Where(i => made.Contains(i.InvoiceNumber)).ToListAsync();
            Assert.All(drafts, d => Assert.Equal(InvoiceStatus.Draft, d.Status));
            Assert.Equal(dentists, drafts.Select(d => d.DentistId).Distinct().Count());
            var ids = waiting.Select(c => (Guid?)c.Id).ToList();
            var lines = await db.InvoiceItems.AsNoTracking().Where(i => ids.Contains(i.CaseId) && !i.IsVoided).ToListAsync();
            Assert.Equal(waiting.Count, lines.Count);
            Assert.Equal(waiting.Count, lines.Select(l => l.CaseId).Distinct().Count());
            var firstDraft = Assert.Single(drafts, d => d.DentistId == first.Id);
            Assert.Equal(2, lines.Count(l => l.InvoiceId == firstDraft.Id));
        }

        // A second click later makes nothing new.
        await using (var scope = await app.ScopeAsAsync(BillingTestData.Staff))
        {
            var invoices = scope.ServiceProvider.GetRequiredService<InvoiceService>();
            Assert.Empty((await invoices.InvoiceAllAsync()).Created);
            Assert.Empty(await invoices.UninvoicedAsync());
        }
    }
}
