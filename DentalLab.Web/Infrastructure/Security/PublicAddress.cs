using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DentalLab.Web.Infrastructure.Security;

/// <summary>
/// The lab's public base address (App:PublicUrl), the only source of the links the app puts in emails.
/// Never the request's Host header: a forged Host would otherwise make the lab mail a valid reset link to
/// an attacker's site (ASVS 5.0 V3.x / OWASP "password reset poisoning").
/// </summary>
public sealed class PublicAddress(IConfiguration configuration, IServer server)
{
    public const string SettingKey = "App:PublicUrl";

    /// <summary>The configured public address, or null (only allowed in demo mode and Development).</summary>
    public Uri? Configured { get; } = Parse(configuration[SettingKey]);

    /// <summary>
    /// The base address of links, ending in '/'. Without App:PublicUrl (demo, Development) it is the address this
    /// server listens on — still never taken from a request.
    /// </summary>
    public Uri BaseUri => Configured ?? ListeningAddress();

    /// <summary>An absolute link to a path of the app, e.g. <c>account/reset-password?token=…</c>.</summary>
    public string Link(string relative) => new Uri(BaseUri, relative.TrimStart('/')).ToString();

    public static Uri? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException($"{SettingKey} must be an absolute http(s) address without query, e.g. https://lab.example.com/ (it is '{value}').");
        }

        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    private Uri ListeningAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5000";
        address = address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal);
        return new Uri(address.TrimEnd('/') + "/");
    }
}
