using System.Net;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>
/// The authorization matrix, generated from the app's own route table: every routable page and endpoint × every
/// built-in role and anonymous. The expectation comes from the guard each route declares (its policy = a
/// permission, "signed in", or anonymous) and the default grants of PRODUCT.md (PermissionCodes.DefaultGrants, the
/// seeded copy): allowed → the page; not granted → the same 404 "not found" as a missing record; anonymous → sign-in.
/// A page or endpoint a later module adds is covered without being listed; one without a guard fails.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class AuthorizationMatrixTests(LabServerFixture server)
{
    private static readonly UserRole[] Roles = [UserRole.Admin, UserRole.Manager, UserRole.Technician, UserRole.Staff, UserRole.Dentist];

    private static readonly Dictionary<UserRole, string> Accounts = new()
    {
        [UserRole.Admin] = "admin@dentallab.test",
        [UserRole.Manager] = "manager@dentallab.test",
        [UserRole.Technician] = "tech@dentallab.test",
        [UserRole.Staff] = "staff@dentallab.test",
        [UserRole.Dentist] = "dentist@dentallab.test",
    };

    [Fact]
    public async Task Every_route_declares_a_guard_whose_policy_is_a_known_permission()
    {
        var app = await server.SharedAppAsync("security-matrix");
        var routes = RouteTable.Of(app);
        Assert.Contains(routes, r => string.Equals(r.Pattern, "/cases/{caseNumber}", StringComparison.OrdinalIgnoreCase));
        // A bulk export of cases is an export: reading cases (cases.view) is not enough.
        Assert.Equal([PermissionCodes.CasesView, PermissionCodes.ReportsExport], routes.Single(r => r.Pattern == "/cases/export.csv").Policies.Order(StringComparer.Ordinal));
        var unguarded = routes.Where(r => !r.Anonymous && !r.RequiresAuthorization).Select(r => r.ToString()).ToArray();
        Assert.True(unguarded.Length == 0, "Routes without [Authorize(Policy = …)] or [AllowAnonymous]:\n" + string.Join("\n", unguarded));
        var known = PermissionCodes.All.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = routes.SelectMany(r => r.Policies.Where(p => !known.Contains(p)).Select(p => $"{r}: {p}")).ToArray();
        Assert.True(unknown.Length == 0, "Policies that are not permissions:\n" + string.Join("\n", unknown));
    }

    [Fact]
    public async Task Every_page_and_endpoint_answers_each_role_as_its_permissions_say()
    {
        var app = await server.SharedAppAsync("security-matrix");
        var clients = new Dictionary<UserRole, SecurityHttp>();
        foreach (var role in Roles)
        {
            var client = new SecurityHttp(app);
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(Accounts[role], DemoDataGenerator.DemoPassword)).StatusCode);
            clients[role] = client;
        }

        using var anonymous = new SecurityHttp(app);
        var wrong = new List<string>();
        var routes = RouteTable.Of(app).Where(r => r.Method == "GET" && !r.Anonymous).ToArray();
        foreach (var route in routes)
        {
            var anonymousAnswer = await anonymous.GetAsync(route.Path);
            if (!IsSignIn(anonymousAnswer))
            {
                wrong.Add($"anonymous {route.Path}: {Describe(anonymousAnswer)} (expected the sign-in page)");
            }

            foreach (var role in Roles)
            {
                var grants = PermissionCodes.DefaultGrants(role).ToHashSet(StringComparer.Ordinal);
                var allowed = route.Policies.All(grants.Contains);
                var answer = await clients[role].GetAsync(route.Path);
                var status = (int)answer.StatusCode;
                var ok = allowed
                    // Allowed: the page, or (a record that does not exist) not found — never sign-in, never an error.
                    ? !IsSignIn(answer) && status < 500 && (route.Path != route.Pattern || status is 200 or 302 || !route.IsPage)
                    // Refused: exactly what a missing record answers.
                    : answer.StatusCode == HttpStatusCode.NotFound;
                if (!ok)
                {
                    wrong.Add($"{role} {route.Path} [{string.Join(",", route.Policies)}]: {Describe(answer)} (expected {(allowed ? "the page" : "404 not found")})");
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(routes.Length > 20, $"only {routes.Length} guarded routes");
        Assert.True(wrong.Count == 0, $"{wrong.Count} answers differ from the matrix:\n" + string.Join("\n", wrong));
    }

    private static bool IsSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && LabHttp.PathOf(response) == "/account/login";

    private static string Describe(HttpResponseMessage response) =>
        (int)response.StatusCode + (response.Headers.Location is { } to ? " → " + to : "");
}
