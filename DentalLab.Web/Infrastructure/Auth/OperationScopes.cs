using Microsoft.AspNetCore.Components.Authorization;

namespace DentalLab.Web.Infrastructure.Auth;

/// <summary>
/// A fresh DI scope per operation that acts as the current user. A circuit lives for hours, so scoped services
/// that hold a DbContext (Identity's UserManager) must not live in it; they come from here, used once, disposed.
/// </summary>
public sealed class OperationScopes(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    public AsyncServiceScope Create()
    {
        var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider target)
        {
            try
            {
                target.SetAuthenticationState(authentication.GetAuthenticationStateAsync());
            }
            catch (InvalidOperationException)
            {
                // No authentication state here (a plain request): the new scope reads the HttpContext instead.
            }
        }

        return scope;
    }
}
