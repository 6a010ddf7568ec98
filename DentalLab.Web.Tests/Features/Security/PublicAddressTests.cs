using System.Net;
using System.Text.RegularExpressions;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>Finding 1: links in emails come from App:PublicUrl, never from the request; unknown hosts are refused in production.</summary>
[Collection(LabCollection.Name)]
public sealed partial class PublicAddressTests(LabServerFixture server)
{
    private const string PublicUrl = "http://lab.example.test:8443/";

    [Fact]
    public async Task A_forgot_password_post_with_a_forged_host_emails_a_link_to_the_configured_address()
    {
        var app = await server.SharedAppAsync("security-links", settings: new() { ["App:PublicUrl"] = PublicUrl });
        var (email, _) = await SecurityTestData.CreateUserAsync(app, "staff");
        using var http = new SecurityHttp(app) { Host = "evil.test" };

        var response = await http.PostFormAsync("/account/forgot-password", "forgot-password", new() { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var body = Eml.Body(await app.WaitForEmailAsync(email));
        var link = ResetLink().Match(body);
        Assert.True(link.Success, body);
        Assert.StartsWith(PublicUrl + "account/reset-password?token=", link.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.test", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task In_production_an_unknown_host_is_refused_http_goes_to_https_and_the_auth_cookie_is_secure_behind_a_tls_proxy()
    {
        var app = LabApp.StartOn(await server.CreateDatabaseAsync(), server.WorkFolder, demo: false, settings: new()
        {
            ["environment"] = "Production",
            ["App:PublicUrl"] = "https://lab.example.test/",
            ["Network:KnownProxies:0"] = "127.0.0.1",
            ["Admin:Email"] = "first-admin@lab.example.test",
            ["Admin:Password"] = SecurityTestData.Password,
        });
        await using var _ = app;

        using (var forged = new SecurityHttp(app) { Host = "evil.test", ForwardedProto = "https" })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await forged.GetAsync("/account/login")).StatusCode);
        }

        using (var plain = new SecurityHttp(app) { Host = "lab.example.test" })
        {
            var redirect = await plain.GetAsync("/account/login");
            Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
            Assert.Equal("https://lab.example.test/account/login", redirect.Headers.Location?.ToString());
        }

        using var proxied = new SecurityHttp(app) { Host = "lab.example.test", ForwardedProto = "https" };
        var page = await proxied.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.TryGetValues("Strict-Transport-Security", out var hsts), "no HSTS header");
        Assert.Contains("max-age=31536000", hsts!.Single(), StringComparison.Ordinal);

        var signedIn = await proxied.SignInAsync("first-admin@lab.example.test", SecurityTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var authCookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("DentalLab.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", authCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Outside_demo_mode_the_app_refuses_to_start_without_a_public_address()
    {
        var database = await server.CreateDatabaseAsync();
        var error = Assert.ThrowsAny<Exception>(() => LabApp.StartOn(database, server.WorkFolder, demo: false, settings: new() { ["environment"] = "Production" }));
        Assert.Contains("App:PublicUrl", error.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?token=[A-Za-z0-9_\-%]+")]
    private static partial Regex ResetLink();
}
