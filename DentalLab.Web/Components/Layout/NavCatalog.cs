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
        new("Production", "Board", "/board", Icons.Material.Filled.ViewKanban, PermissionCodes.WorkflowView),
        new("Production", "Scan station", "/scan", Icons.Material.Filled.QrCodeScanner, PermissionCodes.WorkflowAdvance),
        new("Production", "Workflow templates", "/workflow/templates", Icons.Material.Filled.AccountTree, PermissionCodes.WorkflowTemplates),
        new("Production", "Calendar", "/calendar", Icons.Material.Filled.CalendarMonth, PermissionCodes.CalendarView),
        new("Billing", "Invoices", "/invoices", Icons.Material.Filled.ReceiptLong, PermissionCodes.InvoicesView),
        new("Billing", "To invoice", "/billing/to-invoice", Icons.Material.Filled.PlaylistAddCheck, PermissionCodes.InvoicesManage),
        new("Billing", "Price list", "/billing/prices", Icons.Material.Filled.PriceChange, PermissionCodes.BillingPrices),
        new("Inventory", "Inventory", "/inventory", Icons.Material.Filled.Inventory2, PermissionCodes.InventoryView),
        new("Inventory", "Suppliers", "/suppliers", Icons.Material.Filled.LocalShipping, PermissionCodes.InventoryView),
        new("Dentists", "Dentists", "/dentists", Icons.Material.Filled.LocalHospital, PermissionCodes.DentistsView),
        new("Dentists", "Applications", "/applications", Icons.Material.Filled.HowToReg, PermissionCodes.ApplicationsReview),
        new("People", "Staff", "/staff", Icons.Material.Filled.Badge, PermissionCodes.StaffView),
        new("People", "Roster", "/staff/roster", Icons.Material.Filled.CalendarViewWeek, PermissionCodes.StaffView),
        new("Floor", "Departments", "/departments", Icons.Material.Filled.Apartment, PermissionCodes.DepartmentsView),
        new("Floor", "Equipment", "/equipment", Icons.Material.Filled.PrecisionManufacturing, PermissionCodes.DepartmentsView),
        new("Overview", "Reports", "/reports", Icons.Material.Filled.Insights, PermissionCodes.ReportsView),
        new("Communication", "Messages", "/messages", Icons.Material.Filled.Chat, PermissionCodes.MessagesUse),
        // Every signed-in user has notifications; messages.use is held by every role, so it stands for "signed in" here.
        new("Communication", "Notifications", "/notifications", Icons.Material.Filled.Notifications, PermissionCodes.MessagesUse),
        new("Logistics", "Logistics", "/logistics", Icons.Material.Filled.LocalShipping, PermissionCodes.LogisticsView, NavLinkMatch.All),
        new("Logistics", "My route", "/logistics/my-route", Icons.Material.Filled.Route, PermissionCodes.LogisticsDrive),
        new("Administration", "Users", "/admin/users", Icons.Material.Filled.People, PermissionCodes.UsersManage),
        new("Administration", "Audit log", "/admin/audit", Icons.Material.Filled.History, PermissionCodes.AuditView),
        new("Administration", "Roles and permissions", "/admin/roles", Icons.Material.Filled.AdminPanelSettings, PermissionCodes.RolesManage),
        new("Administration", "Settings", "/admin/settings", Icons.Material.Filled.Settings, PermissionCodes.SettingsManage),
    ];

    /// <summary>
    /// The entries a user with <paramref name="permissions"/> may see, grouped in catalogue order. Portal users
    /// (dentists) see none: they use the portal's own buttons, never the staff navigation.
    /// </summary>
    public static IReadOnlyList<IGrouping<string, NavEntry>> For(IReadOnlySet<string> permissions) =>
        permissions.Contains(PermissionCodes.PortalAccess)
            ? []
            : Entries.Where(e => permissions.Contains(e.Permission)).GroupBy(e => e.Group).ToList();
}
