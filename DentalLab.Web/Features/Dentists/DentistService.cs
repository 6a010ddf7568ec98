using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using DentalLab.Web.Infrastructure.Validation;

namespace DentalLab.Web.Features.Dentists;

/// <summary>The dentist network: the list, a dentist's profile with live metrics, edits, and deactivation.</summary>
public sealed class DentistService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    LabSettings settings,
    SessionService sessions,
    PermissionRegistry permissions,
    TimeProvider clock)
{
    private static readonly InvoiceStatus[] Billed = [InvoiceStatus.Sent, InvoiceStatus.Paid, InvoiceStatus.Overdue];
    private static readonly InvoiceStatus[] Open = [InvoiceStatus.Sent, InvoiceStatus.Overdue];

    public async Task<(IReadOnlyList<DentistRow> Rows, int Total)> ListAsync(DentistQuery query, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.DentistsView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dentists = db.Set<DentistProfile>().AsNoTracking();
        if (query.Status is { } status)
        {
            dentists = dentists.Where(d => d.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = TextInput.ContainsPattern(query.Search);
            dentists = dentists.Where(d => EF.Functions.ILike(d.PracticeName, pattern) || EF.Functions.ILike(d.DentistName, pattern)
                || EF.Functions.ILike(d.Email, pattern) || (d.City != null && EF.Functions.ILike(d.City, pattern)));
        }

        var total = await dentists.CountAsync(ct);
        var rows = await dentists
            .OrderBy(d => d.PracticeName).ThenBy(d => d.Id)
            .Skip(query.Page * query.PageSize).Take(query.PageSize)
            .Select(d => new DentistRow(d.Id, d.PracticeName, d.DentistName, d.City, d.Country, d.Email, d.Status,
                d.Cases.AsQueryable().Count(Case.InLab),
                d.Invoices.Where(i => Open.Contains(i.Status)).Sum(i => i.Total - i.AmountPaid)))
            .ToListAsync(ct);
        return (rows, total);
    }

    /// <summary>A dentist's profile and metrics; null when there is no such dentist (the page says not found).</summary>
    public async Task<DentistView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.DentistsView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var d = await db.Set<DentistProfile>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return null;
        }

        return new DentistView(d.Id, d.PracticeName, d.DentistName, d.LicenseNumber, d.LicenseRegion, d.Email, d.Phone, d.BillingEmail,
            d.AddressLine1, d.AddressLine2, d.City, d.Region, d.PostalCode, d.Country, d.Status, d.DiscountPercent, d.Notes,
            d.UserId is not null, await MetricsAsync(db, id, ct));
    }

    public async Task<ChangeResult> UpdateAsync(Guid id, DentistEditInput input, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.DentistsManage, ct);
        var result = Validate(input);
        if (!result.Succeeded)
        {
            return result;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var d = await db.Set<DentistProfile>().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return ChangeResult.Fail("", "This dentist does not exist.");
        }

        d.PracticeName = input.PracticeName.Trim();
        d.DentistName = input.DentistName.Trim();
        d.Email = input.Email.Trim();
        d.Phone = TextInput.Blank(input.Phone);
        d.BillingEmail = TextInput.Blank(input.BillingEmail);
        d.AddressLine1 = TextInput.Blank(input.AddressLine1);
        d.AddressLine2 = TextInput.Blank(input.AddressLine2);
        d.City = TextInput.Blank(input.City);
        d.PostalCode = TextInput.Blank(input.PostalCode);
        d.Country = TextInput.Blank(input.Country);
        d.DiscountPercent = input.DiscountPercent;
        d.Notes = TextInput.Blank(input.Notes);
        await db.SaveChangesAsync(ct);
        return ChangeResult.Ok();
    }

    /// <summary>Sets the dentist's status; anything but active ends their portal access at once (account off, sessions ended).</summary>
    public async Task<ChangeResult> SetStatusAsync(Guid id, DentistStatus status, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.DentistsManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var d = await db.Set<DentistProfile>().Include(x => x.User).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return ChangeResult.Fail("", "This dentist does not exist.");
        }

        d.Status = status;
        var active = status == DentistStatus.Active;
        if (d.User is { } user)
        {
            user.IsActive = active;
            user.DeactivatedAt = active ? null : clock.GetUtcNow();
            user.SecurityStamp = Guid.NewGuid().ToString();
        }

        await db.SaveChangesAsync(ct);
        if (d.UserId is { } userId)
        {
            if (!active)
            {
                await sessions.EndAllAsync(userId, "dentist deactivated", ct);
            }

            permissions.Invalidate(userId);
        }

        return ChangeResult.Ok();
    }

    private async Task<DentistMetrics> MetricsAsync(LabDbContext db, Guid dentistId, CancellationToken ct)
    {
        var today = await settings.TodayAsync();
        var monthStart = new DateTimeOffset(new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Utc));
        var yearStart = new DateTimeOffset(new DateTime(today.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var yearStartDate = new DateOnly(today.Year, 1, 1);
        var cases = db.Set<Case>().AsNoTracking().Where(c => c.DentistId == dentistId);
        var counts = await cases
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Month = g.Count(c => c.ReceivedAt >= monthStart),
                Year = g.Count(c => c.ReceivedAt >= yearStart),
                All = g.Count(),
                Remakes = g.Count(c => c.ParentCaseId != null),
            })
            .SingleOrDefaultAsync(ct);
        var (deliveredCount, onTime, averageDays) = await DeliveryStatsAsync(db, dentistId, ct);
        var invoices = db.Set<Invoice>().AsNoTracking().Where(i => i.DentistId == dentistId);
        var revenue = await invoices.Where(i => Billed.Contains(i.Status) && i.IssueDate >= yearStartDate).SumAsync(i => i.Total, ct);
        var outstanding = await invoices.Where(i => Open.Contains(i.Status)).SumAsync(i => i.Total - i.AmountPaid, ct);

        return new DentistMetrics(
            counts?.Month ?? 0,
            counts?.Year ?? 0,
            deliveredCount == 0 ? null : Math.Round(100m * onTime / deliveredCount, 1, MidpointRounding.AwayFromZero),
            counts is null || counts.All == 0 ? null : Math.Round(100m * counts.Remakes / counts.All, 1, MidpointRounding.AwayFromZero),
            averageDays is null ? null : Math.Round(averageDays.Value, 1, MidpointRounding.AwayFromZero),
            revenue,
            outstanding);
    }

    /// <summary>Delivered cases, those delivered by their due date, and the average turnaround in days — counted in the database (from ix_cases_delivered_dentist alone).</summary>
    private static async Task<(int Delivered, int OnTime, decimal? AverageDays)> DeliveryStatsAsync(LabDbContext db, Guid dentistId, CancellationToken ct)
    {
        var stats = await db.Database.SqlQuery<DeliveryStats>($"""
            SELECT count(*)::int AS delivered,
                   count(*) FILTER (WHERE (delivered_at AT TIME ZONE 'UTC')::date <= due_date)::int AS on_time,
                   avg(extract(epoch FROM delivered_at - received_at) / 86400.0)::numeric AS average_days
            FROM cases
            WHERE dentist_id = {dentistId} AND status = 'delivered' AND delivered_at IS NOT NULL AND deleted_at IS NULL
            """).SingleAsync(ct);
        return (stats.Delivered, stats.OnTime, stats.AverageDays);
    }

    private sealed record DeliveryStats(int Delivered, int OnTime, decimal? AverageDays);

    private static ChangeResult Validate(DentistEditInput input)
    {
        var result = new ChangeResult();
        if (string.IsNullOrWhiteSpace(input.PracticeName))
        {
            result.Errors[nameof(input.PracticeName)] = "Enter the practice's name.";
        }

        if (string.IsNullOrWhiteSpace(input.DentistName))
        {
            result.Errors[nameof(input.DentistName)] = "Enter the dentist's name.";
        }

        if (!TextInput.IsEmailAddress(input.Email))
        {
            result.Errors[nameof(input.Email)] = "Enter a valid email address.";
        }

        if (!string.IsNullOrWhiteSpace(input.BillingEmail) && !TextInput.IsEmailAddress(input.BillingEmail))
        {
            result.Errors[nameof(input.BillingEmail)] = "Enter a valid email address, or leave it empty to bill the main address.";
        }

        if (input.DiscountPercent is < 0 or > 100)
        {
            result.Errors[nameof(input.DiscountPercent)] = "The discount is a percentage between 0 and 100.";
        }

        return result;
    }


}
