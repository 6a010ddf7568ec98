using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using DentalLab.Web.Infrastructure.Validation;

namespace DentalLab.Web.Features.Billing;

/// <summary>
/// The price list (billing.prices). A change is a new procedure_prices row valid from today (or an edit of today's
/// row when there is one), so the price history stays: cases received earlier are still priced as they were, and no
/// invoice changes — invoice lines carry their own unit price and amount. Every row change is audited (IAudited).
/// </summary>
public sealed class PriceListService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, LabSettings settings)
{
    /// <summary>The price in force today for every procedure that has one.</summary>
    public async Task<IReadOnlyList<PriceRow>> CurrentAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.BillingPrices, ct);
        var today = await settings.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.ProcedurePrices.AsNoTracking().Where(p => p.ValidFrom <= today)
            .Select(p => new PriceRow(p.Id, p.ProcedureType, p.UnitPrice, p.RushSurchargePercent, p.EmergencySurchargePercent, p.ValidFrom))
            .ToListAsync(ct);
        return rows.GroupBy(r => r.Procedure).Select(g => g.MaxBy(r => r.ValidFrom)!).OrderBy(r => r.Procedure).ToList();
    }

    public async Task<ChangeResult> SetPriceAsync(ProcedureType procedure, PriceInput input, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.BillingPrices, ct);
        var result = new ChangeResult();
        if (input.UnitPrice < 0 || input.UnitPrice > 1_000_000 || decimal.Round(input.UnitPrice, 2) != input.UnitPrice)
        {
            result.Errors[nameof(input.UnitPrice)] = "Enter a price of zero or more, in cents at most.";
        }

        if (input.RushSurchargePercent is < 0 or > 500 || decimal.Round(input.RushSurchargePercent, 2) != input.RushSurchargePercent)
        {
            result.Errors[nameof(input.RushSurchargePercent)] = "Enter a percentage between 0 and 500.";
        }

        if (input.EmergencySurchargePercent is < 0 or > 500 || decimal.Round(input.EmergencySurchargePercent, 2) != input.EmergencySurchargePercent)
        {
            result.Errors[nameof(input.EmergencySurchargePercent)] = "Enter a percentage between 0 and 500.";
        }

        if (!result.Succeeded)
        {
            return result;
        }

        var today = await settings.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.ProcedurePrices.SingleOrDefaultAsync(p => p.ProcedureType == procedure && p.ValidFrom == today, ct);
        if (row is null)
        {
            row = new ProcedurePrice { ProcedureType = procedure, ValidFrom = today };
            db.Add(row);
        }

        row.UnitPrice = input.UnitPrice;
        row.RushSurchargePercent = input.RushSurchargePercent;
        row.EmergencySurchargePercent = input.EmergencySurchargePercent;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return ChangeResult.Fail("", "Someone else changed this price at the same moment. Reload and try again.");
        }

        return ChangeResult.Ok();
    }

    public async Task<IReadOnlyList<DentistDiscountRow>> DiscountsAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.BillingPrices, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<DentistProfile>().AsNoTracking().OrderBy(d => d.PracticeName)
            .Select(d => new DentistDiscountRow(d.Id, d.PracticeName, d.DentistName, d.DiscountPercent)).ToListAsync(ct);
    }

    /// <summary>Sets a dentist's standing discount; it applies to invoices drafted from now on.</summary>
    public async Task<ChangeResult> SetDiscountAsync(Guid dentistId, decimal percent, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.BillingPrices, ct);
        if (percent is < 0 or > 100 || decimal.Round(percent, 2) != percent)
        {
            return ChangeResult.Fail("DiscountPercent", "Enter a discount between 0 and 100%.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dentist = await db.Set<DentistProfile>().SingleOrDefaultAsync(d => d.Id == dentistId, ct);
        if (dentist is null)
        {
            return ChangeResult.Fail("", "Dentist not found.");
        }

        dentist.DiscountPercent = percent;
        await db.SaveChangesAsync(ct);
        return ChangeResult.Ok();
    }
}
