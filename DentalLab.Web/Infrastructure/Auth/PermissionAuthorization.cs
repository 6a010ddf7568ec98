using DentalLab.Data.Seed;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace DentalLab.Web.Infrastructure.Auth;

/// <summary>The requirement behind each permission policy: the user's role grants <see cref="Permission"/>.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Checks a permission against role_permissions (through the short-lived cache of <see cref="PermissionRegistry"/>).</summary>
internal sealed class PermissionHandler(PermissionRegistry registry) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var userId = CurrentUser.IdOf(context.User);
        if (userId is not null && (await registry.GetPermissionsAsync(userId.Value)).Contains(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>
/// A page or endpoint refused to a signed-in user: one log line with the user's id, the path (never the query) and
/// the permission that was missing — no patient data. Both ways to be refused write it: a request (the cookie's
/// access-denied answer, <see cref="AuthSetup"/>) and a page opened inside the circuit (<c>PageRefusal</c>).
/// </summary>
public static partial class PageRefusalLog
{
    public const string Category = "DentalLab.Web.Infrastructure.Auth.Refusals";

    /// <summary>Where <see cref="RefusalRecordingResultHandler"/> leaves the permissions a refused request lacked.</summary>
    internal const string MissingPermissionsItem = "DentalLab.MissingPermissions";

    [LoggerMessage(EventId = 4031, Level = LogLevel.Warning, Message = "Page {Path} refused to user {UserId}: no permission {Permission}")]
    public static partial void Refused(ILogger logger, string path, Guid? userId, string permission);

    /// <summary>The permissions among <paramref name="policies"/> that <paramref name="granted"/> lacks, comma-separated.</summary>
    public static string Missing(IEnumerable<string> policies, IReadOnlySet<string> granted)
    {
        var missing = policies.Where(p => !granted.Contains(p)).Distinct(StringComparer.Ordinal).ToList();
        return missing.Count == 0 ? "(unknown)" : string.Join(",", missing);
    }
}

/// <summary>Remembers which permission requirements failed on a refused request, for the refusal's log line.</summary>
internal sealed class RefusalRecordingResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure is { } failure)
        {
            context.Items[PageRefusalLog.MissingPermissionsItem] = string.Join(",",
                failure.FailedRequirements.OfType<PermissionRequirement>().Select(r => r.Permission).Distinct(StringComparer.Ordinal));
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}

/// <summary>Registers one authorization policy per permission code, named by the code itself.</summary>
internal static class PermissionPolicies
{
    public static void AddPermissionPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var (code, _, _) in PermissionCodes.All)
        {
            authorization.AddPolicy(code, p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(code)));
        }
    }
}

/// <summary>A service call that the signed-in user is not allowed to make.</summary>
public sealed class ForbiddenException(string permission)
    : Exception($"You do not have the permission '{permission}' needed for this.")
{
    public string Permission { get; } = permission;
}
