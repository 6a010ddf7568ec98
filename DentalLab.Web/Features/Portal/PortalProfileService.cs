using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using DentalLab.Web.Infrastructure.Validation;

namespace DentalLab.Web.Features.Portal;

public sealed class PracticeInput
{
    public string PracticeName { get; set; } = "";

    public string? Phone { get; set; }

    public string? BillingEmail { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Country { get; set; }
}

/// <summary>The dentist's own practice details (password and two-step sign-in: <see cref="AccountSecurityService"/>, shared with staff).</summary>
public sealed class PortalProfileService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    DentistScope scope)
{
    public async Task<(PracticeInput Practice, string Email, bool TwoFactorEnabled)?> GetAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dentistId = await scope.DentistIdAsync(db, ct);
        var d = await db.Set<DentistProfile>().AsNoTracking().Include(x => x.User).SingleOrDefaultAsync(x => x.Id == dentistId, ct);
        if (d?.User is null)
        {
            return null;
        }

        return (new PracticeInput
        {
            PracticeName = d.PracticeName, Phone = d.Phone, BillingEmail = d.BillingEmail, AddressLine1 = d.AddressLine1,
            AddressLine2 = d.AddressLine2, PostalCode = d.PostalCode, City = d.City, Country = d.Country,
        }, d.User.Email ?? "", d.User.TwoFactorEnabled);
    }

    public async Task<ChangeResult> UpdatePracticeAsync(PracticeInput input, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        var result = new ChangeResult();
        if (string.IsNullOrWhiteSpace(input.PracticeName))
        {
            result.Errors[nameof(input.PracticeName)] = "Enter the practice's name.";
        }

        if (!string.IsNullOrWhiteSpace(input.BillingEmail) && !TextInput.IsEmailAddress(input.BillingEmail))
        {
            result.Errors[nameof(input.BillingEmail)] = "Enter a valid email address, or leave it empty to receive invoices at your sign-in address.";
        }

        if (!result.Succeeded)
        {
            return result;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dentistId = await scope.DentistIdAsync(db, ct);
        var d = await db.Set<DentistProfile>().SingleOrDefaultAsync(x => x.Id == dentistId, ct);
        if (d is null)
        {
            return ChangeResult.Fail("", "Your practice profile was not found.");
        }

        d.PracticeName = input.PracticeName.Trim();
        d.Phone = TextInput.Blank(input.Phone);
        d.BillingEmail = TextInput.Blank(input.BillingEmail);
        d.AddressLine1 = TextInput.Blank(input.AddressLine1);
        d.AddressLine2 = TextInput.Blank(input.AddressLine2);
        d.PostalCode = TextInput.Blank(input.PostalCode);
        d.City = TextInput.Blank(input.City);
        d.Country = TextInput.Blank(input.Country);
        await db.SaveChangesAsync(ct);
        return ChangeResult.Ok();
    }
}
