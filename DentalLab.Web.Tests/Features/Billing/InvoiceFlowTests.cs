using DentalLab.Data.Entities;
using DentalLab.Web.Features.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Billing;

/// <summary>Invoices against the real database: drafts priced from the list, the status flow, frozen lines, cancel, refund, overdue.</summary>
[Collection(LabCollection.Name)]
public sealed class InvoiceFlowTests(LabServerFixture server)
{
    private const string AppKey = "billing-flow";

    [Fact]
    public async Task A_draft_prices_each_case_from_the_list_at_its_received_date_with_urgency_discount_and_tax()
    {
        var app = await server.SharedAppAsync(AppKey);
        await BillingTestData.SetSettingAsync(app, "billing.tax_rate", "0.2");
        var dentist = await BillingTestData.DentistAsync(app, "Uśmiech"); // 5% discount
        var crown = await BillingTestData.DeliveredCaseAsync(app, dentist.Id, ProcedureType.Crown);
        var bridge = await BillingTestData.DeliveredCaseAsync(app, dentist.Id, ProcedureType.Bridge, UrgencyLevel.Rush, units: 3, teeth: [14, 15, 16]);

        var number = await BillingTestData.DraftAsync(app, dentist.Id, crown.Id, bridge.Id);

        Assert.Matches($"^INV-{DateTime.UtcNow.Year}-\\d{{5}}$", number);
        var invoice = await BillingTestData.InvoiceAsync(app, number);
        await using var db = app.Db();
        var prices = await db.ProcedurePrices.AsNoTracking().ToListAsync();
        decimal PriceOf(Case c) => prices.Where(p => p.ProcedureType == c.ProcedureType && p.ValidFrom <= DateOnly.FromDateTime(c.ReceivedAt.UtcDateTime))
            .MaxBy(p => p.ValidFrom)!.UnitPriceFor(c.Urgency);

        Assert.Equal(InvoiceStatus.Draft, invoice.Status);
        Assert.Equal([crown.CaseNumber, bridge.CaseNumber], invoice.Items.Select(i => i.Case!.CaseNumber));
        var crownLine = invoice.Items.First();
        var bridgeLine = invoice.Items.ElementAt(1);
        Assert.Equal(PriceOf(crown), crownLine.UnitPrice);
        Assert.Equal(PriceOf(bridge), bridgeLine.UnitPrice);
        Assert.Equal(3m, bridgeLine.Quantity);
        Assert.Equal(Math.Round(3 * bridgeLine.UnitPrice, 2, MidpointRounding.AwayFromZero), bridgeLine.Amount);
        Assert.Equal(new short[] { 14, 15, 16 }, bridgeLine.Teeth);

        var subtotal = crownLine.Amount + bridgeLine.Amount;
        var discount = Math.Round(subtotal * 0.05m, 2, MidpointRounding.AwayFromZero);
        var tax = Math.Round((subtotal - discount) * 0.2m, 2, MidpointRounding.AwayFromZero);
        Assert.Equal((subtotal, discount, 0.2m, tax, subtotal - discount + tax, 0m),
            (invoice.Subtotal, invoice.DiscountAmount, invoice.TaxRate, invoice.TaxAmount, invoice.Total, invoice.AmountPaid));

        // The cases are no longer offered for a new invoice.
        await using var scope = await app.ScopeAsAsync(BillingTestData.Staff);
        var billable = await scope.ServiceProvider.GetRequiredService<InvoiceService>().BillableCasesAsync(dentist.Id);
        Assert.DoesNotContain(billable, c => c.Id == crown.Id || c.Id == bridge.Id);
        var again = await scope.ServiceProvider.GetRequiredService<InvoiceService>().CreateDraftAsync(dentist.Id, [crown.Id]);
        Assert.False(again.Result.Succeeded);
    }

    [Fact]
    public async Task Draft_send_partial_payment_final_payment_refund_and_every_illegal_step_refused()
    {
        var app = await server.SharedAppAsync(AppKey);
        var dentist = await BillingTestData.DentistAsync(app, "Zahnarztpraxis Müller");
        var @case = await BillingTestData.DeliveredCaseAsync(app, dentist.Id, ProcedureType.Veneer);
        var number = await BillingTestData.DraftAsync(app, dentist.Id, @case.Id);
        await using var scope = await app.ScopeAsAsync(BillingTestData.Staff);
        var invoices = scope.ServiceProvider.GetRequiredService<InvoiceService>();
        var today = await scope.ServiceProvider.GetRequiredService<BillingDocuments>().TodayAsync();

        // Draft: a payment is refused; lines can be edited and a free shipping line added.
        Assert.Contains("Send the invoice", (await invoices.RecordPaymentAsync(number, new PaymentInput { Amount = 1, PaidOn = today })).For(""), StringComparison.Ordinal);
        var draft = await BillingTestData.InvoiceAsync(app, number);
        Assert.True((await invoices.UpdateLineAsync(number, draft.Items.First().Id, new LineInput { Description = "Veneer, e.max", Quantity = 2, UnitPrice = 150.25m }, draft.Version)).Succeeded);
        draft = await BillingTestData.InvoiceAsync(app, number);
        Assert.True((await invoices.AddLineAsync(number, new LineInput { Description = "Shipping", Quantity = 1, UnitPrice = 12.50m }, draft.Version)).Succeeded);
        var stale = await invoices.AddLineAsync(number, new LineInput { Description = "Twice", Quantity = 1, UnitPrice = 1 }, draft.Version);
        Assert.Contains("Someone else changed", stale.For(""), StringComparison.Ordinal);
        var invalid = await invoices.AddLineAsync(number, new LineInput { Description = " ", Quantity = 0, UnitPrice = -1 }, (await BillingTestData.InvoiceAsync(app, number)).Version);
        Assert.NotNull(invalid.For(nameof(LineInput.Description)));
        Assert.NotNull(invalid.For(nameof(LineInput.Quantity)));
        Assert.NotNull(invalid.For(nameof(LineInput.UnitPrice)));
        draft = await BillingTestData.InvoiceAsync(app, number);
        Assert.Equal(313.00m, draft.Subtotal); // 2 × 150.25 + 12.50, no discount for Müller
        Assert.Equal(draft.Subtotal - draft.DiscountAmount + draft.TaxAmount, draft.Total);

        // Send: sent, PDF hash stored, emailed with the PDF attached.
        Assert.True((await invoices.SendAsync(number)).Succeeded);
        var sent = await BillingTestData.InvoiceAsync(app, number);
        Assert.Equal(InvoiceStatus.Sent, sent.Status);
        Assert.Matches("^[0-9a-f]{64}$", sent.PdfSha256!);
        Assert.Equal(today, sent.IssueDate);
        Assert.True(sent.DueDate > sent.IssueDate);
        var mail = await app.WaitForEmailAsync(number);
        Assert.Contains(dentist.InvoiceEmail, mail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"{number}.pdf", mail, StringComparison.Ordinal);
        Assert.Contains("application/pdf", mail, StringComparison.Ordinal);

        // Sent: lines frozen (and stay as they were), second send refused, refund refused.
        var frozen = await invoices.UpdateLineAsync(number, sent.Items.First().Id, new LineInput { Description = "Cheaper", Quantity = 1, UnitPrice = 1 }, sent.Version);
        Assert.Contains("frozen", frozen.For(""), StringComparison.Ordinal);
        Assert.False((await invoices.AddLineAsync(number, new LineInput { Description = "More", Quantity = 1, UnitPrice = 1 }, sent.Version)).Succeeded);
        Assert.False((await invoices.RemoveLineAsync(number, sent.Items.First().Id, sent.Version)).Succeeded);
        Assert.False((await invoices.SendAsync(number)).Succeeded);
        Assert.Contains("Only a paid invoice", (await invoices.RefundAsync(number, "Why not")).For(""), StringComparison.Ordinal);
        var afterRefusals = await BillingTestData.InvoiceAsync(app, number);
        Assert.Equal(sent.Items.Select(i => (i.Description, i.Quantity, i.UnitPrice, i.Amount)), afterRefusals.Items.Select(i => (i.Description, i.Quantity, i.UnitPrice, i.Amount)));
        Assert.Equal(sent.Total, afterRefusals.Total);

        // Payments: over the balance refused; a partial one keeps it sent; the final one makes it paid.
        var over = await invoices.RecordPaymentAsync(number, new PaymentInput { Amount = sent.Total + 0.01m, PaidOn = today });
        Assert.Contains("cannot be more", over.For(nameof(PaymentInput.Amount)), StringComparison.Ordinal);
        Assert.NotNull((await invoices.RecordPaymentAsync(number, new PaymentInput { Amount = 1, PaidOn = today.AddDays(1) })).For(nameof(PaymentInput.PaidOn)));
        Assert.True((await invoices.RecordPaymentAsync(number, new PaymentInput { Amount = 100m, PaidOn = today, Reference = "TRF-1" })).Succeeded);
        var partly = await BillingTestData.InvoiceAsync(app, number);
        Assert.Equal((InvoiceStatus.Sent, 100m, sent.Total - 100m), (partly.Status, partly.AmountPaid, partly.Balance));
        Assert.Contains("cannot be cancelled", (await invoices.CancelAsync(number, "Changed our mind")).For(""), StringComparison.Ordinal);
        Assert.True((await invoices.RecordPaymentAsync(number, new PaymentInput { Amount = partly.Balance, PaidOn = today, Method = PaymentMethod.Check })).Succeeded);
        var paid = await BillingTestData.InvoiceAsync(app, number);
        Assert.Equal((InvoiceStatus.Paid, paid.Total, 0m), (paid.Status, paid.AmountPaid, paid.Balance));
        Assert.NotNull(paid.PaidAt);
        Assert.Contains("Only a draft or sent", (await invoices.CancelAsync(number, "Too late")).For(""), StringComparison.Ordinal);
        Assert.False((await invoices.RecordPaymentAsync(number, new PaymentInput { Amount = 1, PaidOn = today })).Succeeded);

        // Refund: needs a reason; records a refund payment and ends refunded; a second refund is refused.
        Assert.NotNull((await invoices.RefundAsync(number, "  ")).For("Reason"));
        Assert.True((await invoices.RefundAsync(number, "Crown did not fit; remade free of charge")).Succeeded);
        var refunded = await BillingTestData.InvoiceAsync(app, number);
        Assert.Equal((InvoiceStatus.Refunded, 0m), (refunded.Status, refunded.AmountPaid));
        Assert.Equal("Crown did not fit; remade free of charge", refunded.RefundReason);
        var refund = Assert.Single(refunded.Payments, p => p.Kind == Payment.KindRefund);
        Assert.Equal(paid.Total, refund.Amount);
        Assert.False((await invoices.RefundAsync(number, "Again")).Succeeded);
        Assert.False((await invoices.SendAsync(number)).Succeeded);
    }

    [Fact]
    public async Task Cancelling_a_draft_or_a_sent_invoice_needs_a_reason_voids_its_lines_and_frees_the_cases()
    {
        var app = await server.SharedAppAsync(AppKey);
        var dentist = await BillingTestData.DentistAsync(app, "Ødegaard");
        var first = await BillingTestData.DeliveredCaseAsync(app, dentist.Id, ProcedureType.Inlay);
        var second = await BillingTestData.DeliveredCaseAsync(app, dentist.Id, ProcedureType.Onlay);
        var draft = await BillingTestData.DraftAsync(app, dentist.Id, first.Id);
        var sent = await BillingTestData.SentInvoiceAsync(app, dentist.Id, second.Id);
        await using var scope = await app.ScopeAsAsync(BillingTestData.Staff);
        var invoices = scope.ServiceProvider.GetRequiredService<InvoiceService>();

        Assert.NotNull((await invoices.CancelAsync(draft, "")).For("Reason"));
        Assert.True((await invoices.CancelAsync(draft, "Wrong practice")).Succeeded);
        Assert.True((await invoices.CancelAsync(sent, "Billed twice")).Succeeded);

        foreach (var number in new[] { draft, sent })
        {
            var cancelled = await BillingTestData.InvoiceAsync(app, number);
            Assert.Equal(InvoiceStatus.Cancelled, cancelled.Status);
            Assert.NotNull(cancelled.CancelledAt);
            Assert.All(cancelled.Items, i => Assert.True(i.IsVoided));
            Assert.False((await invoices.CancelAsync(number, "Again")).Succeeded);
            Assert.False((await invoices.RecordPaymentAsync(number, new PaymentInput { Amount = 1, PaidOn = cancelled.IssueDate })).Succeeded);
        }

        var billable = await invoices.BillableCasesAsync(dentist.Id);
        Assert.Contains(billable, c => c.Id == first.Id);
        Assert.Contains(billable, c => c.Id == second.Id);
        var rebilled = await BillingTestData.DraftAsync(app, dentist.Id, first.Id, second.Id);
        Assert.Equal(2, (await BillingTestData.InvoiceAsync(app, rebilled)).Items.Count);
    }

    [Fact]
    public async Task The_overdue_check_flags_sent_invoices_past_due_and_notifies_billing_users()
    {
        var app = await server.SharedAppAsync(AppKey);
        var dentist = await BillingTestData.DentistAsync(app, "Zahnarztpraxis Müller");
        var late = await BillingTestData.SentInvoiceAsync(app, dentist.Id, (await BillingTestData.DeliveredCaseAsync(app, dentist.Id)).Id);
        var onTime = await BillingTestData.SentInvoiceAsync(app, dentist.Id, (await BillingTestData.DeliveredCaseAsync(app, dentist.Id)).Id);
        await using (var db = app.Db())
        {
            await db.Invoices.Where(i => i.InvoiceNumber == late).ExecuteUpdateAsync(u => u.SetProperty(i => i.DueDate, i => i.IssueDate));
        }

        await using var scope = app.Services.CreateAsyncScope();
        var today = (await BillingTestData.InvoiceAsync(app, late)).IssueDate.AddDays(1);
        var flagged = await scope.ServiceProvider.GetRequiredService<OverdueInvoices>().MarkAsync(today);

        Assert.Contains(late, flagged);
        Assert.DoesNotContain(onTime, flagged);
        Assert.Equal(InvoiceStatus.Overdue, (await BillingTestData.InvoiceAsync(app, late)).Status);
        Assert.Equal(InvoiceStatus.Sent, (await BillingTestData.InvoiceAsync(app, onTime)).Status);
        await using var check = app.Db();
        var manager = await check.Users.SingleAsync(u => u.Email == "manager@dentallab.test");
        var technician = await check.Users.SingleAsync(u => u.Email == "tech@dentallab.test");
        Assert.True(await check.Set<Notification>().AnyAsync(n => n.UserId == manager.Id && n.Type == NotificationType.Invoice && n.Body!.Contains(late)));
        Assert.False(await check.Set<Notification>().AnyAsync(n => n.UserId == technician.Id && n.Type == NotificationType.Invoice && n.Body!.Contains(late)));

        // An overdue invoice still takes payments and becomes paid.
        await using var staff = await app.ScopeAsAsync(BillingTestData.Staff);
        var total = (await BillingTestData.InvoiceAsync(app, late)).Total;
        Assert.True((await staff.ServiceProvider.GetRequiredService<InvoiceService>().RecordPaymentAsync(late, new PaymentInput { Amount = total, PaidOn = today.AddDays(-1) })).Succeeded);
        Assert.Equal(InvoiceStatus.Paid, (await BillingTestData.InvoiceAsync(app, late)).Status);
    }
}
