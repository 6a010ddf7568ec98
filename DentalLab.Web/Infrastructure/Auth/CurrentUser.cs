using System.Security.Claims;
using DentalLab.Data.Interceptors;
using Microsoft.AspNetCore.Components.Authorization;

namespace DentalLab.Web.Infrastructure.Auth;

/// <summary>
/// The signed-in user of this scope (a circuit, or a request for endpoints and static pages), the permission
/// checks that service methods make, and the audit context of every DbContext the scope creates.
/// </summary>
public sealed class CurrentUser(
    IServiceProvider services,
    IHttpContextAccessor httpContextAccessor,
    PermissionRegistry permissions) : IAuditContext
{
    public const string SessionClaim = "dentallab:sid";

    private string? _ipAddress;

    public ClaimsPrincipal Principal => Resolve();

    public Guid? UserId => IdOf(Principal);

    public bool IsAuthenticated => UserId is not null;

    public string? IpAddress => _ipAddress ??= httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public async Task<bool> HasPermissionAsync(string permission, CancellationToken ct = default) =>
        UserId is { } id && (await permissions.GetPermissionsAsync(id, ct)).Contains(permission);

    /// <summary>Refuses the call unless the user holds <paramref name="permission"/>. Every data-changing service method starts here.</summary>
    public async Task<Guid> DemandAsync(string permission, CancellationToken ct = default)
    {
        if (UserId is not { } id || !(await permissions.GetPermissionsAsync(id, ct)).Contains(permission))
        {
            throw new ForbiddenException(permission);
        }

        return id;
    }

    public static Guid? IdOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) && principal!.Identity?.IsAuthenticated == true
            ? id
            : null;

    private ClaimsPrincipal Resolve()
    {
        // In a circuit the authentication state provider knows the user (and forgets them when the
        // session ends); in a plain request (endpoints) only the HttpContext does.
        var provider = services.GetService<AuthenticationStateProvider>();
        if (provider is not null)
        {
            try
            {
                var state = provider.GetAuthenticationStateAsync();
                if (state.IsCompletedSuccessfully)
                {
                    return state.Result.User;
                }
            }
            catch (InvalidOperationException)
            {
                // Outside a circuit the provider has no state yet.
            }
        }

        return httpContextAccessor.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());
    }
}
