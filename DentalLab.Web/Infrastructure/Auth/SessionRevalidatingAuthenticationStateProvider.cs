using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace DentalLab.Web.Infrastructure.Auth;

/// <summary>
/// Re-checks an open interactive page's session every Auth:RevalidationSeconds (30): when the session has ended
/// (sign-out elsewhere, idle, expired, user deactivated) the page loses its user and is sent to sign in. While the
/// database does not answer the check is skipped, so a database restart signs nobody out.
/// </summary>
internal sealed class SessionRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory, SessionService sessions, IOptions<SessionOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(options.Value.RevalidationSeconds);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        try
        {
            return await sessions.ValidateAsync(authenticationState.User, recordActivity: false, cancellationToken);
        }
        catch (Exception ex) when (Database.DatabaseStatus.IsOutage(ex))
        {
            // The database is away (a restart): the session cannot be checked, which is not the same as ended.
            // Keep the page; the next check, once it answers, decides.
            return true;
        }
    }
}

/// <summary>
/// Counts only user input on an interactive page as session activity, for the idle timeout: browser events
/// (clicks, keys, drag and drop, form input) and navigation. Render acknowledgements, JS interop replies and other
/// circuit traffic — which a page showing live updates sends all the time — do not count, so a board left open on
/// a shared PC times out while others move cards (finding 4).
/// </summary>
internal sealed class UserInputActivityHubFilter(SessionService sessions, IOptions<SessionOptions> options) : IHubFilter
{
    /// <summary>The Blazor circuit hub's methods that carry user input.</summary>
    public static readonly IReadOnlySet<string> UserInputMethods = new HashSet<string>(StringComparer.Ordinal) { "DispatchBrowserEvent", "OnLocationChanged" };

    private const string LastTouchItem = "dentallab:last-touch";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var result = await next(invocationContext);
        if (UserInputMethods.Contains(invocationContext.HubMethodName))
        {
            var items = invocationContext.Context.Items;
            var now = DateTimeOffset.UtcNow;
            if (items[LastTouchItem] is not DateTimeOffset last || now - last >= options.Value.TouchEvery)
            {
                items[LastTouchItem] = now;
                if (Guid.TryParse(invocationContext.Context.User?.FindFirstValue(CurrentUser.SessionClaim), out var sessionId))
                {
                    await sessions.TouchAsync(sessionId);
                }
            }
        }

        return result;
    }
}
