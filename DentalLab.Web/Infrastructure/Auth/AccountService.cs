using System.Security.Cryptography;
using System.Text;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Email;
using DentalLab.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Infrastructure.Auth;

public enum SignInOutcome { Succeeded, Invalid, LockedOut, Deactivated, RequiresTwoFactor }

/// <summary>Sign-in, sign-out and password reset links: the account flows shared by pages and endpoints.</summary>
public sealed class AccountService(
    LabSignInManager signInManager,
    UserManager<User> userManager,
    SessionService sessions,
    PermissionRegistry permissions,
    IDbContextFactory<LabDbContext> dbFactory,
    ILabEmailSender email,
    PublicAddress publicAddress,
    IServiceScopeFactory scopeFactory,
    TimeProvider clock,
    ILogger<AccountService> logger)
{
    public static readonly TimeSpan ResetLinkLifetime = TimeSpan.FromHours(2);
    public static readonly TimeSpan InvitationLinkLifetime = TimeSpan.FromDays(7);

    /// <summary>Checks the password (counting failures towards lockout) and starts a server-side session.</summary>
    public async Task<SignInOutcome> SignInAsync(string email, string password, HttpContext http)
    {
        var user = await userManager.FindByEmailAsync(email.Trim());
        if (user is null || user.DeletedAt is not null)
        {
            // Same work and answer as a wrong password: no hint whether the address exists. The attempt is audited as a
            // known account's refusal is (CheckPasswordSignInAsync), so a spray over made-up addresses shows in the log.
            userManager.PasswordHasher.HashPassword(new User(), password);
            await http.RequestServices.GetRequiredService<Audit.IAuditReads>().SignInUnknownAsync(email, http.Connection.RemoteIpAddress?.ToString());
            return SignInOutcome.Invalid;
        }

        var check = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: user {UserId} is locked out", user.Id);
            return SignInOutcome.LockedOut;
        }

        if (!check.Succeeded)
        {
            return SignInOutcome.Invalid;
        }

        if (!user.IsActive)
        {
            return SignInOutcome.Deactivated;
        }

        var result = await signInManager.CompleteAfterPasswordAsync(user);
        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.RequiresTwoFactor;
        }

        logger.LogInformation("User {UserId} signed in", user.Id);
        return result.Succeeded ? SignInOutcome.Succeeded : SignInOutcome.Invalid;
    }

    /// <summary>Where a user lands after signing in: dentists in the portal, staff on the dashboard.</summary>
    public async Task<string> HomeOfAsync(string email)
    {
        var user = await userManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return "/";
        }

        var granted = await permissions.GetPermissionsAsync(user.Id);
        return granted.Contains(PermissionCodes.PortalAccess) && !granted.Contains(PermissionCodes.CasesView) ? "/portal" : "/";
    }

    /// <summary>The second step when two-factor is on: an authenticator code, or one of the recovery codes.</summary>
    public async Task<SignInOutcome> SignInWithCodeAsync(string code, bool isRecoveryCode)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.Invalid;
        }

        var cleaned = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = isRecoveryCode
            ? await signInManager.TwoFactorRecoveryCodeSignInAsync(code.Replace(" ", "", StringComparison.Ordinal))
            : await signInManager.TwoFactorAuthenticatorSignInAsync(cleaned, isPersistent: false, rememberClient: false);
        return result.Succeeded ? SignInOutcome.Succeeded
            : result.IsLockedOut ? SignInOutcome.LockedOut
            : SignInOutcome.Invalid;
    }

    /// <summary>Where the user of the pending two-factor sign-in lands.</summary>
    public async Task<string> HomeOfTwoFactorUserAsync()
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        return user?.Email is { } email ? await HomeOfAsync(email) : "/";
    }

    public async Task SignOutAsync(HttpContext http)
    {
        await sessions.EndAsync(http.User, "signed out");
        await signInManager.SignOutAsync();
    }

    /// <summary>
    /// Emails a single-use reset link when the address belongs to an active user. Says nothing either way,
    /// so the form cannot be used to find out who has an account.
    /// </summary>
    /// <remarks>
    /// The look-up and the email happen after the answer, in the background, so a known address takes no longer
    /// to answer than an unknown one (finding 6: timing).
    /// </remarks>
    public Task RequestPasswordResetAsync(string emailAddress, string? ipAddress)
    {
        var address = emailAddress.Trim();
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
                var user = await users.FindByEmailAsync(address);
                if (user is not null && user.IsActive && user.DeletedAt is null)
                {
                    await scope.ServiceProvider.GetRequiredService<AccountService>().SendResetLinkAsync(user, ipAddress, invitation: false);
                }
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Password reset email could not be sent");
            }
        });
        return Task.CompletedTask;
    }

    /// <summary>Creates a single-use link (only its hash is stored) on the lab's public address (App:PublicUrl) and emails it.</summary>
    public async Task SendResetLinkAsync(User user, string? ipAddress, bool invitation)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .Replace('+', '-').Replace('/', '_').TrimEnd('=');
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.PasswordResetTokens.Add(new PasswordResetToken
            {
                UserId = user.Id,
                TokenHash = Hash(token),
                ExpiresAt = clock.GetUtcNow() + (invitation ? InvitationLinkLifetime : ResetLinkLifetime),
                RequestedFromIp = ipAddress,
            });
            await db.SaveChangesAsync();
        }

        var link = publicAddress.Link($"account/reset-password?token={Uri.EscapeDataString(token)}");
        var subject = invitation ? "Your DentalLab account" : "Reset your DentalLab password";
        var intro = invitation
            ? "An account has been created for you. Choose your password with this link"
            : "Someone (hopefully you) asked to reset your password. Choose a new one with this link";
        var lifetime = invitation ? "7 days" : "2 hours";
        await email.SendAsync(new LabEmail(
            user.Email!,
            user.FullName,
            subject,
            $"Hello {user.FullName},\n\n{intro} (valid for {lifetime}, usable once):\n\n{link}\n\nIf you did not expect this email, ignore it.\n"));
        logger.LogInformation("Password link sent to user {UserId}", user.Id);
    }

    /// <summary>Whether a reset link can still be used (shown before the form).</summary>
    public async Task<bool> IsResetTokenUsableAsync(string token)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var hash = Hash(token);
        var row = await db.PasswordResetTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash);
        return row is not null && row.IsUsableAt(clock.GetUtcNow());
    }

    /// <summary>Sets a new password with a reset link, once. Returns the problems to show, empty on success.</summary>
    public async Task<IReadOnlyList<string>> ResetPasswordAsync(string token, string newPassword)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var hash = Hash(token);
        var now = clock.GetUtcNow();
        // Claim the token first, atomically: a second use (even at the same moment) finds it used.
        var claimed = await db.PasswordResetTokens
            .Where(t => t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.UsedAt, now).SetProperty(t => t.UpdatedAt, now));
        if (claimed == 0)
        {
            return ["This link has expired or has already been used. Ask for a new one."];
        }

        var userId = await db.PasswordResetTokens.Where(t => t.TokenHash == hash).Select(t => t.UserId).SingleAsync();
        var user = await userManager.FindByIdAsync(userId.ToString());
        if (user is null || !user.IsActive)
        {
            return ["This account is not active."];
        }

        var identityToken = await userManager.GeneratePasswordResetTokenAsync(user);
        var result = await userManager.ResetPasswordAsync(user, identityToken, newPassword);
        if (!result.Succeeded)
        {
            // The password was refused: give the link back so the user can try again.
            await db.PasswordResetTokens.Where(t => t.TokenHash == hash)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.UsedAt, (DateTimeOffset?)null));
            return result.Errors.Select(e => e.Description).ToArray();
        }

        await userManager.SetLockoutEndDateAsync(user, null);
        await userManager.ResetAccessFailedCountAsync(user);
        await sessions.EndAllAsync(user.Id, "password reset");
        logger.LogInformation("Password reset for user {UserId}", user.Id);
        return [];
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
