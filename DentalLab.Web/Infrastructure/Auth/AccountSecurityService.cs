using System.Globalization;
using System.Security.Claims;
using System.Text;
using DentalLab.Data.Entities;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace DentalLab.Web.Infrastructure.Auth;

public sealed record AuthenticatorSetup(string SharedKey, string QrCodeSvgDataUri);

/// <summary>What the user's own account page shows about its sign-in.</summary>
public sealed record AccountSecurityStatus(string Email, bool TwoFactorEnabled, int RecoveryCodesLeft, bool TwoFactorRequired);

/// <summary>The outcome of a change to how a user signs in: the codes to save (if any) and how many other sessions ended.</summary>
public sealed record SignInChange(IReadOnlyList<string>? RecoveryCodes, int OtherSessionsEnded)
{
    /// <summary>"… You have been signed out on 2 other devices." — said after every change.</summary>
    public string EndedMessage => OtherSessionsEnded switch
    {
        0 => "You had no other open sessions.",
        1 => "You have been signed out on 1 other device or browser.",
        _ => $"You have been signed out on {OtherSessionsEnded} other devices or browsers.",
    };
}

/// <summary>
/// A signed-in user's own sign-in: password change and two-step sign-in with an authenticator app (Identity's
/// authenticator token provider, recovery codes). The staff profile (/account/profile) and the portal profile
/// use it through the same components (Components/Shared/AccountSecurity). Every change ends the user's other
/// sessions (ASVS 7.4.3) and says so.
/// </summary>
public sealed class AccountSecurityService(
    CurrentUser currentUser,
    OperationScopes scopes,
    SessionService sessions,
    PermissionRegistry permissions,
    ILogger<AccountSecurityService> logger)
{
    public const int RecoveryCodeCount = 10;

    public async Task<AccountSecurityStatus> StatusAsync()
    {
        var id = Me();
        await using var operation = scopes.Create();
        var users = operation.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new ForbiddenException("account");
        return new AccountSecurityStatus(user.Email ?? "", user.TwoFactorEnabled, await users.CountRecoveryCodesAsync(user),
            await permissions.MustSetUpTwoFactorAsync(id));
    }

    public async Task<(ChangeResult Result, SignInChange? Change)> ChangePasswordAsync(string current, string next)
    {
        var id = Me();
        await using var operation = scopes.Create();
        var users = operation.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return (ChangeResult.Fail("", "Your account was not found."), null);
        }

        if (!await users.CheckPasswordAsync(user, current))
        {
            return (ChangeResult.Fail("Current", "This is not your current password."), null);
        }

        var changed = await users.ChangePasswordAsync(user, current, next);
        if (!changed.Succeeded)
        {
            return (ChangeResult.Fail("New", string.Join(" ", changed.Errors.Select(e => e.Description))), null);
        }

        logger.LogInformation("User {UserId} changed their password", id);
        return (ChangeResult.Ok(), new SignInChange(null, await EndOtherSessionsAsync(id, "password changed")));
    }

    /// <summary>A new authenticator key and its QR code (an otpauth URI) to scan; two-step sign-in is on only after a code is verified.</summary>
    public async Task<AuthenticatorSetup> StartAuthenticatorAsync()
    {
        var id = Me();
        await using var operation = scopes.Create();
        var users = operation.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new ForbiddenException("account");
        if (user.TwoFactorEnabled)
        {
            throw new InvalidOperationException("Two-step sign-in is already on.");
        }

        await users.ResetAuthenticatorKeyAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString("DentalLab")}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=DentalLab&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return new AuthenticatorSetup(Group(key), "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)));
    }

    /// <summary>Turns two-step sign-in on when <paramref name="code"/> matches the app: the recovery codes to save, or null.</summary>
    public async Task<SignInChange?> EnableAuthenticatorAsync(string code)
    {
        var id = Me();
        await using var operation = scopes.Create();
        var users = operation.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new ForbiddenException("account");
        var cleaned = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, cleaned))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        permissions.Invalidate(id);
        logger.LogInformation("User {UserId} turned on two-step sign-in", id);
        return new SignInChange(codes, await EndOtherSessionsAsync(id, "two-step sign-in turned on"));
    }

    /// <summary>Replaces the recovery codes (the old ones stop working).</summary>
    public async Task<SignInChange> NewRecoveryCodesAsync()
    {
        var id = Me();
        await using var operation = scopes.Create();
        var users = operation.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new ForbiddenException("account");
        if (!user.TwoFactorEnabled)
        {
            throw new InvalidOperationException("Two-step sign-in is off.");
        }

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        logger.LogInformation("User {UserId} made new recovery codes", id);
        return new SignInChange(codes, await EndOtherSessionsAsync(id, "new recovery codes"));
    }

    /// <summary>Turns two-step sign-in off — refused when the user's role requires it.</summary>
    public async Task<(ChangeResult Result, SignInChange? Change)> DisableAuthenticatorAsync()
    {
        var id = Me();
        if (await permissions.RoleRequiresTwoFactorAsync(id))
        {
            return (ChangeResult.Fail("", "Your role requires two-step sign-in: it cannot be turned off."), null);
        }

        await using var operation = scopes.Create();
        var users = operation.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new ForbiddenException("account");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        permissions.Invalidate(id);
        logger.LogInformation("User {UserId} turned off two-step sign-in", id);
        return (ChangeResult.Ok(), new SignInChange(null, await EndOtherSessionsAsync(id, "two-step sign-in turned off")));
    }

    private Guid Me() => currentUser.UserId ?? throw new ForbiddenException("account");

    private Task<int> EndOtherSessionsAsync(Guid userId, string reason) =>
        sessions.EndOthersAsync(userId, Guid.TryParse(currentUser.Principal.FindFirstValue(CurrentUser.SessionClaim), out var sid) ? sid : null, reason);

    private static string Group(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4))))).ToLowerInvariant();
}
