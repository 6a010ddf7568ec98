using DentalLab.Data.Entities;
using DentalLab.Web.Features.Billing;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Billing;

/// <summary>Price list and discounts: audited, effective from today, and never changing an invoice already made.</summary>
[Collection(LabCollection.Name)]
public sealed class PriceListTests(LabServerFixture server)
{
    private const string Manager = "manager@dentallab.test";

    [Fact]
    public async Task A_new_price_applies_from_today_is_audited_and_leaves_sent_invoices_and_older_cases_alone()
    {
        var app = await server.SharedAppAsync("billing-prices");
        var dentist = await BillingTestData.DentistAsync(app, "Zahnarztpraxis Müller");
        var olderCase = await BillingTestData.DeliveredCaseAsync(app, dentist.Id, ProcedureType.Crown, daysAgo: 10);
        var sent = await BillingTestData.SentInvoiceAsync(app, dentist.Id, (await BillingTestData.DeliveredCaseAsync(app, dentist.Id, ProcedureType.Crown, daysAgo: 0)).Id);
        var before = await BillingTestData.InvoiceAsync(app, sent);
        await using var scope = await app.ScopeAsAsync(Manager);
        var prices = scope.ServiceProvider.GetRequiredService<PriceListService>();
        var oldCrown = (await prices.CurrentAsync()).Single(p => p.Procedure == ProcedureType.Crown);

        var invalid = await prices.SetPriceAsync(ProcedureType.Crown, new PriceInput { UnitPrice = -1, RushSurchargePercent = 25, EmergencySurchargePercent = 1000 });
        Assert.NotNull(invalid.For(nameof(PriceInput.UnitPrice)));
        Assert.NotNull(invalid.For(nameof(PriceInput.EmergencySurchargePercent)));
        Assert.True((await prices.SetPriceAsync(ProcedureType.Crown, new PriceInput { UnitPrice = 998.00m, RushSurchargePercent = 30, EmergencySurchargePercent = 60 })).Succeeded);
        Assert.True((await prices.SetPriceAsync(ProcedureType.Crown, new PriceInput { UnitPrice = 999.99m, RushSurchargePercent = 30, EmergencySurchargePercent = 60 })).Succeeded);

        var today = await scope.ServiceProvider.GetRequiredService<BillingDocuments>().TodayAsync();
        var crown = (await prices.CurrentAsync()).Single(p => p.Procedure == ProcedureType.Crown);
        Assert.Equal((999.99m, today), (crown.UnitPrice, crown.ValidFrom));
        await using var db = app.Db();
        Assert.Equal(1, await db.ProcedurePrices.CountAsync(p => p.ProcedureType == ProcedureType.Crown && p.ValidFrom == today)); // the same day's row is edited
        Assert.True(await db.ProcedurePrices.AnyAsync(p => p.ProcedureType == ProcedureType.Crown && p.ValidFrom == oldCrown.ValidFrom && p.UnitPrice == oldCrown.UnitPrice)); // history kept
        var manager = await db.Users.SingleAsync(u => u.Email == Manager);
        var audit = await db.AuditLog.AsNoTracking().Where(a => a.TableName == "procedure_prices").ToListAsync();
        Assert.Contains(audit, a => a.UserId == manager.Id && a.NewValues is { } v && v.Contains("999.99", StringComparison.Ordinal));

        // The sent invoice is untouched; a new draft prices today's case at the new price and the older case at the old one.
        var after = await BillingTestData.InvoiceAsync(app, sent);
        Assert.Equal(before.Items.Select(i => (i.UnitPrice, i.Amount)), after.Items.Select(i => (i.UnitPrice, i.Amount)));
        Assert.Equal(before.Total, after.Total);
        var newCase = await BillingTestData.DeliveredCaseAsync(app, dentist.Id, ProcedureType.Crown, UrgencyLevel.Rush, daysAgo: 0);
        var draft = await BillingTestData.InvoiceAsync(app, await BillingTestData.DraftAsync(app, dentist.Id, olderCase.Id, newCase.Id));
        Assert.Equal(oldCrown.UnitPrice, draft.Items.Single(i => i.CaseId == olderCase.Id).UnitPrice);
        Assert.Equal(1299.99m, draft.Items.Single(i => i.CaseId == newCase.Id).UnitPrice); // 999.99 + 30% = 1299.987 → 1299.99
    }

    [Fact]
    public async Task A_dentist_discount_is_validated_audited_and_applies_to_new_drafts_only_by_those_with_the_permission()
    {
        var app = await server.SharedAppAsync("billing-prices");
        var dentist = await BillingTestData.DentistAsync(app, "Ødegaard");
        var sent = await BillingTestData.SentInvoiceAsync(app, dentist.Id, (await BillingTestData.DeliveredCaseAsync(app, dentist.Id, ProcedureType.Veneer)).Id);
        var before = await BillingTestData.InvoiceAsync(app, sent);
        await using var scope = await app.ScopeAsAsync(Manager);
        var prices = scope.ServiceProvider.GetRequiredService<PriceListService>();

        Assert.NotNull((await prices.SetDiscountAsync(dentist.Id, 100.5m)).For("DiscountPercent"));
        Assert.True((await prices.SetDiscountAsync(dentist.Id, 10m)).Succeeded);
        Assert.Equal(10m, (await prices.DiscountsAsync()).Single(d => d.Id == dentist.Id).DiscountPercent);

        Assert.Equal(before.DiscountAmount, (await BillingTestData.InvoiceAsync(app, sent)).DiscountAmount);
        var draft = await BillingTestData.InvoiceAsync(app, await BillingTestData.DraftAsync(app, dentist.Id, (await BillingTestData.DeliveredCaseAsync(app, dentist.Id, ProcedureType.Veneer)).Id));
        Assert.Equal(Math.Round(draft.Subtotal * 0.10m, 2, MidpointRounding.AwayFromZero), draft.DiscountAmount);
        await using var db = app.Db();
        var audit = await db.AuditLog.AsNoTracking().Where(a => a.TableName == "dentist_profiles").ToListAsync();
        Assert.Contains(audit, a => a.RecordId == dentist.Id.ToString() && a.NewValues is { } v && v.Contains("discount_percent", StringComparison.Ordinal));

        await using var staff = await app.ScopeAsAsync(BillingTestData.Staff);
        await Assert.ThrowsAsync<ForbiddenException>(() => staff.ServiceProvider.GetRequiredService<PriceListService>().SetDiscountAsync(dentist.Id, 50m));
        await Assert.ThrowsAsync<ForbiddenException>(() => staff.ServiceProvider.GetRequiredService<PriceListService>().SetPriceAsync(ProcedureType.Crown, new PriceInput { UnitPrice = 1 }));
    }
}
