using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Options;

namespace DentalLab.Web.Infrastructure.Auth;

/// <summary>
/// Re-checks an open interactive page's session every Auth:RevalidationSeconds (30): when the session has ended
/// (sign-out elsewhere, idle, expired, user deactivated) the page loses its user and is sent to sign in.
/// </summary>
internal sealed class SessionRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory, SessionService sessions, IOptions<SessionOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(options.Value.RevalidationSeconds);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        sessions.ValidateAsync(authenticationState.User, recordActivity: false, cancellationToken);
}

/// <summary>Counts clicks and typing on an interactive page as session activity, for the idle timeout.</summary>
internal sealed class SessionActivityCircuitHandler(AuthenticationStateProvider authentication, SessionService sessions) : CircuitHandler
{
    private DateTimeOffset _lastTouch = DateTimeOffset.MinValue;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            await next(context);
            if (DateTimeOffset.UtcNow - _lastTouch > TimeSpan.FromMinutes(1))
            {
                _lastTouch = DateTimeOffset.UtcNow;
                var state = await authentication.GetAuthenticationStateAsync();
                if (Guid.TryParse(state.User.FindFirstValue(CurrentUser.SessionClaim), out var sessionId))
                {
                    await sessions.TouchAsync(sessionId);
                }
            }
        };
}
