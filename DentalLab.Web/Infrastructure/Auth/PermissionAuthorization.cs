using DentalLab.Data.Seed;
using Microsoft.AspNetCore.Authorization;

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
