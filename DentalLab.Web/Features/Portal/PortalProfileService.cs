using System.Globalization;
using System.Text;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QRCoder;
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

public sealed record AuthenticatorSetup(string SharedKey, string QrCodeSvgDataUri);

/// <summary>The dentist's own profile: practice details, password, and two-factor sign-in (authenticator app).</summary>
public sealed class PortalProfileService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    DentistScope scope,
    OperationScopes scopes)
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

    public async Task<ChangeResult> ChangePasswordAsync(string current, string next, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        await using var operation = scopes.Create();
        var users = operation.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByIdAsync(currentUser.UserId!.Value.ToString());
        if (user is null)
        {
            return ChangeResult.Fail("", "Your account was not found.");
        }

        if (!await users.CheckPasswordAsync(user, current))
        {
            return ChangeResult.Fail("Current", "This is not your current password.");
        }

        var changed = await users.ChangePasswordAsync(user, current, next);
        return changed.Succeeded ? ChangeResult.Ok() : ChangeResult.Fail("New", string.Join(" ", changed.Errors.Select(e => e.Description)));
    }

    /// <summary>A new authenticator key and its QR code (an otpauth URI) to scan; two-factor is on only after a code is verified.</summary>
    public async Task<AuthenticatorSetup> StartAuthenticatorAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        await using var operation = scopes.Create();
        var users = operation.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByIdAsync(currentUser.UserId!.Value.ToString()) ?? throw new InvalidOperationException("No user.");
        await users.ResetAuthenticatorKeyAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString("DentalLab")}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=DentalLab&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return new AuthenticatorSetup(Group(key), "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)));
    }

    /// <summary>Turns two-factor on when <paramref name="code"/> matches the app; returns the recovery codes to save, or null.</summary>
    public async Task<IReadOnlyList<string>?> EnableAuthenticatorAsync(string code, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        await using var operation = scopes.Create();
        var users = operation.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByIdAsync(currentUser.UserId!.Value.ToString()) ?? throw new InvalidOperationException("No user.");
        var cleaned = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, cleaned))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
    }

    public async Task DisableAuthenticatorAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        await using var operation = scopes.Create();
        var users = operation.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByIdAsync(currentUser.UserId!.Value.ToString()) ?? throw new InvalidOperationException("No user.");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
    }

    private static string Group(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4))))).ToLowerInvariant();

}
