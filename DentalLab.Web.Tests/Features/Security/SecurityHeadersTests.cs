using System.Net;
using DentalLab.Data.Seed;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>Finding 8: the security headers are on every page and endpoint of the route table, signed in or not.</summary>
[Collection(LabCollection.Name)]
public sealed class SecurityHeadersTests(LabServerFixture server)
{
    [Fact]
    public async Task Every_page_and_endpoint_answers_with_the_security_headers()
    {
        var app = await server.SharedAppAsync("security-headers");
        using var admin = new SecurityHttp(app);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync("admin@dentallab.test", DemoDataGenerator.DemoPassword)).StatusCode);
        using var anonymous = new SecurityHttp(app);

        var routes = RouteTable.Of(app).Where(r => r.Method == "GET" && r.Path != "/account/logout").ToArray();
        Assert.True(routes.Length > 20, $"only {routes.Length} routes found");
        var missing = new List<string>();
        foreach (var route in routes)
        {
            foreach (var (who, client) in new[] { ("admin", admin), ("anonymous", anonymous) })
            {
                var response = await client.GetAsync(route.Path);
                missing.AddRange(Missing(response).Select(h => $"{who} GET {route.Path} ({(int)response.StatusCode}): {h}"));
            }
        }

        // A static file and a not-found address too.
        missing.AddRange(Missing(await anonymous.GetAsync("/app.css")).Select(h => "/app.css: " + h));
        missing.AddRange(Missing(await anonymous.GetAsync("/no/such/page")).Select(h => "/no/such/page: " + h));
        Assert.Empty(missing);
    }

    [Fact]
    public async Task The_policy_forbids_framing_and_inline_script_without_the_nonce_and_the_import_map_carries_the_nonce()
    {
        var app = await server.SharedAppAsync("security-headers");
        using var anonymous = new SecurityHttp(app);
        var first = await anonymous.GetAsync("/account/login");
        var second = await anonymous.GetAsync("/account/login");
        var csp = first.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", scriptSrc, StringComparison.Ordinal);

        var nonce = System.Text.RegularExpressions.Regex.Match(scriptSrc, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(csp, second.Headers.GetValues("Content-Security-Policy").Single());
    }

    private static IEnumerable<string> Missing(HttpResponseMessage response)
    {
        string? Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;

        if (Header("Content-Security-Policy") is not { } csp || !csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal))
        {
            yield return "Content-Security-Policy with frame-ancestors 'none'";
        }

        if (Header("X-Content-Type-Options") != "nosniff")
        {
            yield return "X-Content-Type-Options: nosniff";
        }

        if (Header("Referrer-Policy") != "same-origin")
        {
            yield return "Referrer-Policy: same-origin";
        }

        if (Header("Permissions-Policy") is not { } permissions || !permissions.Contains("camera=()", StringComparison.Ordinal))
        {
            yield return "Permissions-Policy";
        }
    }
}
