using DentalLab.Data.Seed;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace DentalLab.Web.Components.Layout;

/// <summary>One link of the staff navigation: shown only to holders of <see cref="Permission"/>.</summary>
public sealed record NavEntry(string Group, string Title, string Href, string Icon, string Permission, NavLinkMatch Match = NavLinkMatch.Prefix);

/// <summary>
/// The staff navigation, grouped by module. Only pages that exist and work are listed; a module adds its
/// entries here when its pages land.
/// </summary>
public static class NavCatalog
{
    public static readonly IReadOnlyList<NavEntry> Entries =
    [
        new("Overview", "Dashboard", "/", Icons.Material.Filled.Dashboard, PermissionCodes.CasesView, NavLinkMatch.All),
        new("Production", "Cases", "/cases", Icons.Material.Filled.Assignment, PermissionCodes.CasesView),
        new("Administration", "Users", "/admin/users", Icons.Material.Filled.People, PermissionCodes.UsersManage),
        new("Administration", "Audit log", "/admin/audit", Icons.Material.Filled.History, PermissionCodes.AuditView),
    ];

    /// <summary>The entries a user with <paramref name="permissions"/> may see, grouped in catalogue order.</summary>
    public static IReadOnlyList<IGrouping<string, NavEntry>> For(IReadOnlySet<string> permissions) =>
        Entries.Where(e => permissions.Contains(e.Permission)).GroupBy(e => e.Group).ToList();
}
