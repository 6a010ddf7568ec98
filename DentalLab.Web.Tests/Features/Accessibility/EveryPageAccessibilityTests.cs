using System.Reflection;
using System.Text.RegularExpressions;
using DentalLab.Data.Entities;
using DentalLab.Web.Components.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Accessibility;

/// <summary>
/// Every page each role can open, checked with axe-core (WCAG 2.1 AA): no critical or serious violation. The pages come
/// from the route table (every routable component of the app, portal and account pages included) and the navigation
/// catalogue, so a new page is checked without being listed here; a route with a parameter needs a sample below.
/// </summary>
[Collection(LabCollection.Name)]
public sealed partial class EveryPageAccessibilityTests(LabServerFixture server)
{
    [Theory]
    [InlineData(null)]
    [InlineData("admin@dentallab.test")]
    [InlineData("manager@dentallab.test")]
    [InlineData("tech@dentallab.test")]
    [InlineData("staff@dentallab.test")]
    [InlineData("dentist@dentallab.test")]
    public async Task Every_page_the_role_can_open_has_no_critical_or_serious_axe_violation(string? email)
    {
        var app = await server.SharedAppAsync("accessibility");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        var permissions = email is null ? new HashSet<string>() : await PermissionsAsync(app, email);
        if (email is not null)
        {
            await page.SignInAsync(email);
            await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        }

        var urls = await PagesAsync(app, email, permissions);
        Assert.NotEmpty(urls);
        var problems = new List<string>();
        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (await page.Locator("[data-testid=interactive]").CountAsync() > 0)
            {
                await page.WaitForInteractiveAsync();
            }

            if (email is not null)
            {
                // Still signed in, on the page asked for (not sent to sign in or told it is not there).
                var path = new Uri(page.Url).AbsolutePath;
                Assert.False(path.StartsWith("/account/login", StringComparison.Ordinal) || path == "/account/access-denied", $"{url} went to {path}");
            }

            problems.AddRange((await page.SeriousViolationsAsync()).Select(v => $"{url}: {v}"));
        }

        Assert.True(problems.Count == 0, $"{problems.Count} critical/serious axe violations for {email ?? "a visitor"}:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_navigation_entry_is_a_page_of_the_route_table()
    {
        var routes = Routes().Select(r => r.Template).ToHashSet();
        Assert.All(NavCatalog.Entries, e => Assert.Contains(e.Href, routes));
    }

    private sealed record Route(string Template, Type Page, string? Policy, bool Anonymous, bool SignedIn);

    private static List<Route> Routes() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r =>
            {
                var authorize = t.GetCustomAttributes<AuthorizeAttribute>(true).ToList();
                var anonymous = t.GetCustomAttribute<AllowAnonymousAttribute>(true) is not null || authorize.Count == 0;
                return new Route(r.Template, t, authorize.Select(a => a.Policy).FirstOrDefault(p => p is not null), anonymous, authorize.Count > 0);
            }))
            .ToList();

    /// <summary>The URLs to visit: routes the user may open (parameters filled with records the user may see), then the navigation's.</summary>
    private static async Task<List<string>> PagesAsync(LabApp app, string? email, HashSet<string> permissions)
    {
        var urls = new List<string>();
        foreach (var route in Routes().OrderBy(r => r.Template, StringComparer.Ordinal))
        {
            var mayOpen = email is null
                ? route.Anonymous
                : !route.Anonymous && (route.Policy is null || permissions.Contains(route.Policy));
            if (!mayOpen || route.Template is "/error")
            {
                continue;
            }

            var url = route.Template;
            foreach (Match parameter in Parameter().Matches(route.Template))
            {
                var sample = await SampleAsync(app, email, parameter.Groups["name"].Value, route.Template);
                Assert.True(sample is not null, $"No sample value for {{{parameter.Groups["name"].Value}}} in {route.Template} ({email}): add one to {nameof(SampleAsync)}.");
                url = url.Replace(parameter.Value, Uri.EscapeDataString(sample), StringComparison.Ordinal);
            }

            urls.Add(url);
        }

        urls.AddRange(NavCatalog.For(permissions).SelectMany(g => g).Select(e => e.Href).Where(h => email is not null && !urls.Contains(h)));
        return urls;
    }

    /// <summary>A record the user may see, for a route parameter.</summary>
    private static async Task<string?> SampleAsync(LabApp app, string? email, string name, string template)
    {
        await using var db = app.Db();
        var normalized = email?.ToUpperInvariant();
        var dentistId = await db.DentistProfiles.Where(d => d.User!.NormalizedEmail == normalized).Select(d => (Guid?)d.Id).FirstOrDefaultAsync();
        var userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync();
        return name switch
        {
            "CaseNumber" => await db.Cases.Where(c => dentistId == null || c.DentistId == dentistId)
                .Where(c => !template.EndsWith("/edit", StringComparison.Ordinal) || c.Status != CaseStatus.Delivered && c.Status != CaseStatus.Cancelled)
                .OrderByDescending(c => c.ReceivedAt).Select(c => c.CaseNumber).FirstOrDefaultAsync(),
            "Id" when template.StartsWith("/dentists/", StringComparison.Ordinal) =>
                (await db.DentistProfiles.OrderBy(d => d.PracticeName).Select(d => d.Id).FirstAsync()).ToString(),
            "ConversationId" => (await db.ConversationParticipants.Where(p => p.UserId == userId && p.LeftAt == null)
                .OrderByDescending(p => p.JoinedAt).Select(p => (Guid?)p.ConversationId).FirstOrDefaultAsync())?.ToString(),
            "InvoiceNumber" => await db.Invoices.Where(i => dentistId == null || i.DentistId == dentistId)
                .OrderByDescending(i => i.IssueDate).Select(i => i.InvoiceNumber).FirstOrDefaultAsync(),
            "Code" => await db.Departments.OrderBy(d => d.Code).Select(d => d.Code).FirstOrDefaultAsync(),
            "EmployeeNumber" => await db.StaffProfiles.Where(p => p.UserId == userId).Select(p => p.EmployeeNumber).FirstOrDefaultAsync()
                ?? await db.StaffProfiles.OrderBy(p => p.EmployeeNumber).Select(p => p.EmployeeNumber).FirstOrDefaultAsync(),
            "Sku" => await db.InventoryItems.OrderBy(i => i.Sku).Select(i => i.Sku).FirstOrDefaultAsync(),
            "LotId" => (await db.MaterialLots.OrderBy(l => l.Id).Select(l => (Guid?)l.Id).FirstOrDefaultAsync())?.ToString(),
            "Id" when template.StartsWith("/suppliers/", StringComparison.Ordinal) =>
                (await db.Suppliers.OrderBy(x => x.Name).Select(x => (Guid?)x.Id).FirstOrDefaultAsync())?.ToString(),
            "Id" when template.StartsWith("/logistics/routes/", StringComparison.Ordinal) =>
                (await db.DeliveryRoutes.OrderByDescending(r => r.CreatedAt).Select(r => (Guid?)r.Id).FirstOrDefaultAsync())?.ToString(),
            "Id" when template.StartsWith("/logistics/shipments/", StringComparison.Ordinal) =>
                (await db.Shipments.Where(x => dentistId == null || x.DentistId == dentistId).OrderByDescending(x => x.CreatedAt).Select(x => (Guid?)x.Id).FirstOrDefaultAsync())?.ToString(),
            _ => null,
        };
    }

    private static async Task<HashSet<string>> PermissionsAsync(LabApp app, string email)
    {
        await using var db = app.Db();
        var normalized = email.ToUpperInvariant();
        var roles = db.UserRoles.Where(l => db.Users.Any(u => u.Id == l.UserId && u.NormalizedEmail == normalized)).Select(l => l.RoleId);
        return (await db.RolePermissions.Where(rp => roles.Contains(rp.RoleId)).Select(rp => rp.Permission!.Code).ToListAsync()).ToHashSet();
    }

    [GeneratedRegex(@"\{(?<name>\w+)(:\w+)?\}")]
    private static partial Regex Parameter();
}
