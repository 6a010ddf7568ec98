using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DentalLab.Web.Infrastructure.Security;

/// <summary>One limit: attempts per client address and per account within a fixed window.</summary>
public sealed class RateLimitRule
{
    public int PerAddress { get; set; }

    public int PerAccount { get; set; }

    public int WindowSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(Math.Max(1, WindowSeconds));
}

/// <summary>The limits on the forms that guess or send something (configuration section RateLimits).</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Sign-in: 10 a minute from one address (password spraying), 10 a minute on one account.</summary>
    public RateLimitRule SignIn { get; set; } = new() { PerAddress = 10, PerAccount = 10, WindowSeconds = 60 };

    /// <summary>Two-step code entry: 10 a minute from one address, 5 a minute on one pending sign-in's user.</summary>
    public RateLimitRule TwoFactor { get; set; } = new() { PerAddress = 10, PerAccount = 5, WindowSeconds = 60 };

    /// <summary>Forgot password: 5 from one address and 3 for one email address in 15 minutes (mail bombing).</summary>
    public RateLimitRule ForgotPassword { get; set; } = new() { PerAddress = 5, PerAccount = 3, WindowSeconds = 900 };

    /// <summary>The public partner application: 5 from one address and 3 for one email address an hour — rejected ones count too.</summary>
    public RateLimitRule Apply { get; set; } = new() { PerAddress = 5, PerAccount = 3, WindowSeconds = 3600 };
}

/// <summary>
/// ASP.NET Core's rate limiter on the POSTs of sign-in, two-step code, forgot-password and /apply: one fixed-window
/// partition per (form, client address) and one per (form, account), chained. The client address is the
/// connection's, after forwarded headers from configured proxies only (see <see cref="SecuritySetup"/>). Limits
/// are per app instance (in memory): with N instances behind a sticky load balancer an address gets at most N times
/// the limit.
/// </summary>
public static class RateLimits
{
    private const string AccountItem = "dentallab:rate-account";

    public static IServiceCollection AddLabRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection("RateLimits"));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, limits) =>
        {
            var rules = limits.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, rules, byAccount: false)),
                PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, rules, byAccount: true)));
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>Finds the account a limited form is about (the email typed, or the pending two-step user) before the limiter runs.</summary>
    public static IApplicationBuilder UseLabRateLimits(this IApplicationBuilder app)
    {
        app.Use(async (http, next) =>
        {
            if (http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.Enabled
                && RuleOf(http.Request, new RateLimitOptions()) is { } rule)
            {
                http.Items[AccountItem] = await AccountOfAsync(http, rule.Name);
            }

            await next(http);
        });
        return app.UseRateLimiter();
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitOptions rules, bool byAccount)
    {
        if (!rules.Enabled || RuleOf(http.Request, rules) is not { } found)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var key = byAccount ? http.Items[AccountItem] as string : AddressOf(http);
        var permits = byAccount ? found.Rule.PerAccount : found.Rule.PerAddress;
        if (string.IsNullOrEmpty(key) || permits <= 0)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        return RateLimitPartition.GetFixedWindowLimiter($"{found.Name}|{(byAccount ? "account" : "address")}|{key}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = found.Rule.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static (string Name, RateLimitRule Rule)? RuleOf(HttpRequest request, RateLimitOptions rules)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return null;
        }

        var path = request.Path.Value?.TrimEnd('/').ToLowerInvariant();
        return path switch
        {
            "/account/login" => ("sign-in", rules.SignIn),
            "/account/login-2fa" => ("two-step", rules.TwoFactor),
            "/account/forgot-password" => ("forgot-password", rules.ForgotPassword),
            "/apply" => ("apply", rules.Apply),
            _ => null,
        };
    }

    /// <summary>A client's address; an IPv6 client is one /64 (one household or host usually holds a whole /64).</summary>
    public static string? AddressOf(HttpContext http)
    {
        var ip = http.Connection.RemoteIpAddress;
        if (ip is null)
        {
            return null;
        }

        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }

        if (ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = ip.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return ip.ToString();
    }

    private static async Task<string?> AccountOfAsync(HttpContext http, string rule)
    {
        if (rule == "two-step")
        {
            var pending = await http.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
            return pending.Principal?.Identity?.Name;
        }

        if (!http.Request.HasFormContentType)
        {
            return null;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var email = form["Input.Email"].ToString().Trim().ToLowerInvariant();
        return email.Length is > 0 and <= 320 ? email : null;
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits).FullName!)
            .LogWarning("Rate limit reached on {Path} from {Ip}", http.Request.Path.Value, AddressOf(http));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/html; charset=utf-8";
        var wait = seconds >= 120 ? $"{(seconds + 59) / 60} minutes" : $"{seconds} seconds";
        await http.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many attempts · DentalLab</title></head><body>" +
            "<main><h1>Too many attempts</h1>" +
            $"<p role=\"alert\" data-testid=\"rate-limited\">There have been too many attempts from your network or for this account in a short time. For your security, wait {wait} and try again.</p>" +
            "<p><a href=\"/account/login\">Back to sign in</a></p></main></body></html>", ct);
    }
}
