using Bunit;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Components.Layout;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DentalLab.Web.Tests.Features.Shell;

/// <summary>The navigation shows exactly the entries each role's permissions allow.</summary>
public sealed class NavMenuTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();

    public NavMenuTests()
    {
        _context.Services.AddMudServices();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public static TheoryData<UserRole, string[]> Expected => new()
    {
        { UserRole.Admin, ["Dashboard", "Reports", "Cases", "Board", "Scan station", "Workflow templates", "Calendar", "Invoices", "To invoice", "Price list", "Inventory", "Suppliers", "Dentists", "Applications", "Staff", "Roster", "Departments", "Equipment", "Messages", "Notifications", "Logistics", "My route", "Users", "Audit log", "Roles and permissions", "Settings"] },
        { UserRole.Manager, ["Dashboard", "Reports", "Cases", "Board", "Scan station", "Workflow templates", "Calendar", "Invoices", "To invoice", "Price list", "Inventory", "Suppliers", "Dentists", "Applications", "Staff", "Roster", "Departments", "Equipment", "Messages", "Notifications", "Logistics", "My route", "Audit log", "Settings"] },
        { UserRole.Technician, ["Dashboard", "Cases", "Board", "Scan station", "Calendar", "Inventory", "Suppliers", "Departments", "Equipment", "Messages", "Notifications"] },
        { UserRole.Staff, ["Dashboard", "Cases", "Board", "Calendar", "Invoices", "To invoice", "Inventory", "Suppliers", "Dentists", "Messages", "Notifications", "Logistics", "My route"] },
        { UserRole.Dentist, [] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_role_sees_only_the_entries_its_permissions_allow(UserRole role, string[] expected)
    {
        var permissions = PermissionCodes.DefaultGrants(role).ToHashSet();
        var menu = _context.Render<NavMenu>(p => p.Add(m => m.Permissions, permissions));
        var links = menu.FindAll("[data-testid=nav-link]").Select(a => a.TextContent.Trim()).ToArray();
        Assert.Equal(expected, links);
    }

    [Fact]
    public void A_permission_granted_to_a_role_later_shows_its_entry_without_a_deploy()
    {
        var permissions = PermissionCodes.DefaultGrants(UserRole.Technician).Append(PermissionCodes.AuditView).ToHashSet();
        var menu = _context.Render<NavMenu>(p => p.Add(m => m.Permissions, permissions));
        Assert.Contains(menu.FindAll("[data-testid=nav-link]"), a => a.TextContent.Contains("Audit log", StringComparison.Ordinal));
        Assert.Contains(menu.FindAll("a"), a => a.GetAttribute("href") == "/admin/audit");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
