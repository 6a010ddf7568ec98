using System.Security.Claims;
using DentalLab.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DentalLab.Web.Infrastructure.Auth;

/// <summary>
/// Identity's sign-in manager, with one change: every sign-in (password, or password then authenticator code)
/// starts a server-side session and puts its id in the cookie.
/// </summary>
public sealed class LabSignInManager(
    UserManager<User> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<User> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<User>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<User> confirmation,
    SessionService sessions)
    : SignInManager<User>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task SignInWithClaimsAsync(User user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var http = Context;
        var sessionId = await sessions.StartAsync(user.Id, http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString());
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims.Append(AuthSetup.SessionClaim(sessionId)));
    }

    /// <summary>A refused password (or a locked account) of a known user lands in the audit log, with the address it came from.</summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(User user, string password, bool lockoutOnFailure)
    {
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (!result.Succeeded && !result.RequiresTwoFactor)
        {
            await Context.RequestServices.GetRequiredService<Audit.IAuditReads>()
                .SignInRefusedAsync(user.Id, result.IsLockedOut, Context.Connection.RemoteIpAddress?.ToString());
        }

        return result;
    }

    /// <summary>After the password was checked: signs in, or asks for the authenticator code when two-factor is on.</summary>
    public Task<SignInResult> CompleteAfterPasswordAsync(User user) => SignInOrTwoFactorAsync(user, isPersistent: false);
}
