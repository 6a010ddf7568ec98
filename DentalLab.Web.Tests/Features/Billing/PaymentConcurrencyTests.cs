using DentalLab.Data.Entities;
using DentalLab.Web.Features.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DentalLab.Web.Infrastructure.Validation;

namespace DentalLab.Web.Tests.Features.Billing;

/// <summary>Two payments at the same moment can never together exceed the balance: the database decides, not the form.</summary>
[Collection(LabCollection.Name)]
public sealed class PaymentConcurrencyTests(LabServerFixture server)
{
    private const string AppKey = "billing-flow";

    [Fact]
    public async Task Two_simultaneous_payments_that_together_exceed_the_balance_exactly_one_succeeds()
    {
        var app = await server.SharedAppAsync(AppKey);
        var dentist = await BillingTestData.DentistAsync(app, "Zahnarztpraxis Müller");
        for (var round = 0; round < 5; round++)
        {
            var number = await BillingTestData.SentInvoiceAsync(app, dentist.Id, (await BillingTestData.DeliveredCaseAsync(app, dentist.Id)).Id);
            var invoice = await BillingTestData.InvoiceAsync(app, number);
            var part = Math.Round(invoice.Total * 0.6m, 2, MidpointRounding.AwayFromZero);

            // Two users, two scopes, two DbContexts, started together.
            await using var first = await app.ScopeAsAsync(BillingTestData.Staff);
            await using var second = await app.ScopeAsAsync("manager@dentallab.test");
            using var start = new ManualResetEventSlim();
            Task<ChangeResult> Pay(AsyncServiceScope scope) => Task.Run(async () =>
            {
                start.Wait();
                return await scope.ServiceProvider.GetRequiredService<InvoiceService>()
                    .RecordPaymentAsync(number, new PaymentInput { Amount = part, PaidOn = invoice.IssueDate, Reference = "race" });
            });
            var racing = new[] { Pay(first), Pay(second) };
            start.Set();
            var results = await Task.WhenAll(racing);

            Assert.Single(results, r => r.Succeeded);
            var loser = Assert.Single(results, r => !r.Succeeded);
            Assert.Contains("cannot be more", loser.For(nameof(PaymentInput.Amount)), StringComparison.Ordinal);
            var after = await BillingTestData.InvoiceAsync(app, number);
            Assert.Equal(part, after.AmountPaid);
            Assert.Equal(part, Assert.Single(after.Payments).Amount);
            Assert.Equal(InvoiceStatus.Sent, after.Status);
        }
    }

    [Fact]
    public async Task The_guard_holds_in_the_database_even_when_both_payments_passed_the_balance_check()
    {
        var app = await server.SharedAppAsync(AppKey);
        var dentist = await BillingTestData.DentistAsync(app, "Zahnarztpraxis Müller");
        var number = await BillingTestData.SentInvoiceAsync(app, dentist.Id, (await BillingTestData.DeliveredCaseAsync(app, dentist.Id)).Id);
        var invoice = await BillingTestData.InvoiceAsync(app, number);
        var part = Math.Round(invoice.Total * 0.6m, 2, MidpointRounding.AwayFromZero);

        // Transaction A applies its payment and holds the row; B (which also saw the full balance) blocks on it.
        await using var a = app.Db();
        await using var b = app.Db();
        await using var txA = await a.Database.BeginTransactionAsync();
        Assert.True(await InvoiceService.ApplyPaymentAsync(a, invoice.Id, part, DateTimeOffset.UtcNow));
        // With its payment row, as RecordPaymentAsync writes them together (the practice's statements read both).
        a.Payments.Add(new Payment { InvoiceId = invoice.Id, Kind = Payment.KindPayment, Amount = part, Method = PaymentMethod.BankTransfer, PaidOn = invoice.IssueDate, Reference = "guard" });
        await a.SaveChangesAsync();
        var bTask = Task.Run(async () =>
        {
            await using var txB = await b.Database.BeginTransactionAsync();
            var applied = await InvoiceService.ApplyPaymentAsync(b, invoice.Id, part, DateTimeOffset.UtcNow);
            await txB.CommitAsync();
            return applied;
        });
        // Wait until B is really blocked on A's row lock (PostgreSQL says so), then let A commit.
        await using (var watcher = app.Db())
        {
            var until = DateTime.UtcNow.AddSeconds(10);
            while (await watcher.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'").SingleAsync() == 0)
            {
                Assert.True(DateTime.UtcNow < until, "The second payment never waited for the first one's row lock.");
                Assert.False(bTask.IsCompleted, "The second payment finished while the first one still held the row.");
                await Task.Delay(20);
            }
        }

        await txA.CommitAsync();

        Assert.False(await bTask);
        Assert.Equal(part, (await BillingTestData.InvoiceAsync(app, number)).AmountPaid);

        // And the CHECK refuses any write that would push amount_paid over the total.
        await using var c = app.Db();
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            c.Database.ExecuteSqlAsync($"UPDATE invoices SET amount_paid = total + 0.01 WHERE id = {invoice.Id}"));
    }
}
