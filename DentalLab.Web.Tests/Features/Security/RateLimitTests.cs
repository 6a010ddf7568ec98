using System.Net;
using DentalLab.Data.Seed;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>Finding 5: sign-in, forgot-password, two-step code and /apply are limited per client address and per account.</summary>
[Collection(LabCollection.Name)]
public sealed class RateLimitTests(LabServerFixture server)
{
    // The app sits behind a proxy on 127.0.0.1, so each test can be "a client" of its own through X-Forwarded-For.
    private static readonly Dictionary<string, string?> BehindProxy = new()
    {
        ["RateLimits:Enabled"] = "true",
        ["Network:KnownProxies:0"] = "127.0.0.1",
    };

    [Fact]
    public async Task The_eleventh_sign_in_attempt_in_a_minute_from_one_address_gets_429_with_a_clear_message()
    {
        var app = await server.SharedAppAsync("security-limits", settings: BehindProxy);
        using var sprayer = new SecurityHttp(app) { ForwardedFor = "198.51.100.11" };
        for (var i = 1; i <= 10; i++)
        {
            // Password spraying: a different account every time, so no lockout ever counts it.
            var attempt = await sprayer.SignInAsync($"spray-{i}-{Guid.NewGuid():N}@dentallab.test", "Summer2026!!");
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
            Assert.Contains("The email or password is not right.", await attempt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var eleventh = await sprayer.SignInAsync("admin@dentallab.test", "Summer2026!!");
        Assert.Equal((HttpStatusCode)429, eleventh.StatusCode);
        Assert.Contains("Too many attempts", await eleventh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(eleventh.Headers.RetryAfter is not null, "no Retry-After");
        Assert.NotNull(await app.WaitForLogAsync("Rate limit reached", "/account/login", "198.51.100.11"));

        // Another client (another forwarded address) is not affected.
        using var colleague = new SecurityHttp(app) { ForwardedFor = "198.51.100.12" };
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.SignInAsync("tech@dentallab.test", DemoDataGenerator.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task Forgot_password_for_one_account_is_limited_even_from_many_addresses()
    {
        var app = await server.SharedAppAsync("security-limits", settings: BehindProxy);
        var (email, _) = await SecurityTestData.CreateUserAsync(app, "staff");
        for (var i = 1; i <= 3; i++)
        {
            using var client = new SecurityHttp(app) { ForwardedFor = $"203.0.113.{i}" };
            Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync("/account/forgot-password", "forgot-password", new() { ["Input.Email"] = email.ToUpperInvariant() })).StatusCode);
        }

        using var fourth = new SecurityHttp(app) { ForwardedFor = "203.0.113.4" };
        var refused = await fourth.PostFormAsync("/account/forgot-password", "forgot-password", new() { ["Input.Email"] = email });
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);

        // Mail bombing stops at three mails (they are sent in the background, after the answer).
        await app.WaitForEmailAsync(email);
        int Mails() => Directory.GetFiles(app.OutboxFolder, "*.eml").Count(f => File.ReadAllText(f).Contains(email, StringComparison.OrdinalIgnoreCase));
        var until = DateTime.UtcNow.AddSeconds(10);
        while (Mails() < 3 && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        Assert.Equal(3, Mails());
    }

    [Fact]
    public async Task Rejected_applications_count_towards_the_limit_on_apply()
    {
        var app = await server.SharedAppAsync("security-limits", settings: BehindProxy);
        using var prober = new SecurityHttp(app) { ForwardedFor = "192.0.2.77" };
        for (var i = 1; i <= 5; i++)
        {
            // Nothing filled in: refused by validation, but counted.
            Assert.Equal(HttpStatusCode.OK, (await prober.PostFormAsync("/apply", "apply", new() { ["Input.Email"] = $"probe{i}@example.test" })).StatusCode);
        }

        Assert.Equal((HttpStatusCode)429, (await prober.PostFormAsync("/apply", "apply", new() { ["Input.Email"] = "probe6@example.test" })).StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_proxy_a_forged_forwarded_address_does_not_escape_the_limit()
    {
        var app = await server.SharedAppAsync("security-noproxy", demo: false, settings: new() { ["RateLimits:Enabled"] = "true" });
        for (var i = 1; i <= 10; i++)
        {
            using var client = new SecurityHttp(app) { ForwardedFor = $"10.9.8.{i}" };
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync($"nobody{i}@dentallab.test", "wrong password")).StatusCode);
        }

        using var last = new SecurityHttp(app) { ForwardedFor = "10.9.8.11" };
        Assert.Equal((HttpStatusCode)429, (await last.SignInAsync("nobody11@dentallab.test", "wrong password")).StatusCode);
    }
}
