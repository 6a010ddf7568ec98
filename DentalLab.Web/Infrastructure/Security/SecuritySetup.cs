using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace DentalLab.Web.Infrastructure.Security;

/// <summary>Trusted proxies (configuration section Network).</summary>
public sealed class NetworkOptions
{
    /// <summary>Addresses of reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed. None by default.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. 10.0.0.0/8) of reverse proxies whose forwarded headers are believed.</summary>
    public string[] KnownNetworks { get; set; } = [];
}

/// <summary>
/// The request-level defences: forwarded headers only from configured proxies, the public address and known hosts,
/// HTTPS redirection and HSTS when the lab is served over HTTPS, security headers, rate limits.
/// </summary>
public static class SecuritySetup
{
    public static WebApplicationBuilder AddLabSecurity(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var demo = configuration.GetValue<bool>("Demo:Enabled");
        var publicUrl = PublicAddress.Parse(configuration[PublicAddress.SettingKey]);
        if (publicUrl is null && !demo && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Set {PublicAddress.SettingKey} (e.g. https://lab.example.com/): the address in password-reset and invitation links. " +
                "It is required outside demo mode, so that links never come from a request's Host header.");
        }

        var services = builder.Services;
        services.AddSingleton<PublicAddress>();
        var network = configuration.GetSection("Network").Get<NetworkOptions>() ?? new NetworkOptions();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies: by default not even loopback, so a client cannot pick its own address.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in network.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var net in network.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(net));
            }
        });

        // Production: only the public host is served unless AllowedHosts names others (a forged Host answers 400).
        if (publicUrl is not null && !demo && !builder.Environment.IsDevelopment())
        {
            services.PostConfigure<HostFilteringOptions>(o =>
            {
                if (o.AllowedHosts is null || o.AllowedHosts.Count == 0 || o.AllowedHosts.Contains("*"))
                {
                    o.AllowedHosts = [publicUrl.IdnHost];
                }
            });
        }

        if (publicUrl?.Scheme == Uri.UriSchemeHttps)
        {
            services.AddHttpsRedirection(o => o.HttpsPort = publicUrl.Port);
            services.AddHsts(o =>
            {
                o.MaxAge = TimeSpan.FromDays(365);
                o.IncludeSubDomains = false;
            });
        }

        services.AddLabRateLimits(configuration);
        return builder;
    }

    /// <summary>First in the pipeline: the real client address and scheme, then HTTPS, then the headers.</summary>
    public static WebApplication UseLabSecurity(this WebApplication app)
    {
        // With no proxy configured the middleware is left out entirely: ForwardedHeadersOptions with empty
        // KnownProxies and KnownIPNetworks would believe X-Forwarded-For from anyone (measured: RateLimitTests).
        var network = app.Configuration.GetSection("Network").Get<NetworkOptions>() ?? new NetworkOptions();
        if (network.KnownProxies.Length > 0 || network.KnownNetworks.Length > 0)
        {
            app.UseForwardedHeaders();
        }

        var publicUrl = app.Services.GetRequiredService<PublicAddress>().Configured;
        if (publicUrl?.Scheme == Uri.UriSchemeHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseLabSecurityHeaders();
        return app;
    }
}
