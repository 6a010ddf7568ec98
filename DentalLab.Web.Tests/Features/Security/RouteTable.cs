using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>One routable page or endpoint of the running app, with what its metadata says about access.</summary>
public sealed record LabRoute(string Pattern, string Method, string Path, Type? Component, IReadOnlyList<string> Policies, bool Anonymous, bool RequiresAuthorization)
{
    public bool IsPage => Component is not null;

    public override string ToString() => $"{Method} {Pattern}";
}

/// <summary>
/// The app's own route table (every endpoint data source: Razor component pages by their [Route], minimal API
/// endpoints), so a page a later module adds is covered without being listed here.
/// </summary>
public static partial class RouteTable
{
    public static IReadOnlyList<LabRoute> Of(LabApp app)
    {
        var sources = app.Services.GetRequiredService<EndpointDataSource>();
        var routes = new List<LabRoute>();
        foreach (var endpoint in sources.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (IsFrameworkOrAsset(pattern, endpoint))
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var component = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
            var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            var policies = authorize.Select(a => a.Policy).OfType<string>().Distinct().ToArray();
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            foreach (var method in methods.Where(m => m is "GET" or "POST").Distinct())
            {
                // Static SSR pages answer POST for their forms; the page's GET is the address people reach.
                if (component is not null && method == "POST")
                {
                    continue;
                }

                routes.Add(new LabRoute(pattern, method, Fill(pattern), component, policies, anonymous, authorize.Count > 0));
            }
        }

        return routes.DistinctBy(r => (r.Pattern, r.Method)).OrderBy(r => r.Pattern, StringComparer.Ordinal).ToArray();
    }

    /// <summary>A concrete address for a pattern: every parameter gets a value no record has (so a found page is a real page).</summary>
    public static string Fill(string pattern) =>
        Parameter().Replace(pattern, m =>
        {
            var name = m.Groups["name"].Value.ToLowerInvariant();
            var constraint = m.Groups["constraint"].Value.ToLowerInvariant();
            if (m.Groups["catchall"].Success)
            {
                return "nothing-here";
            }

            return constraint switch
            {
                var c when c.Contains("guid", StringComparison.Ordinal) => "00000000-0000-0000-0000-00000000abcd",
                // regex(^(signature|photo)$): the first word it allows.
                var c when Regex.Match(c, @"regex\(\^\(([^|)]+)") is { Success: true } allowed => allowed.Groups[1].Value,
                var c when c.Contains("int", StringComparison.Ordinal) || c.Contains("long", StringComparison.Ordinal) => "987654321",
                _ when name.Contains("casenumber", StringComparison.Ordinal) => "DL-1999-999999",
                _ when name.Contains("invoicenumber", StringComparison.Ordinal) => "INV-1999-99999",
                _ when name.EndsWith("id", StringComparison.Ordinal) => "00000000-0000-0000-0000-00000000abcd",
                _ => "no-such-" + name,
            };
        });

    private static bool IsFrameworkOrAsset(string pattern, RouteEndpoint endpoint)
    {
        // "/_framework", "/_blazor", and the static-file fallback "{**path:file}".
        if (pattern.StartsWith("/_", StringComparison.Ordinal) || pattern.Contains(":file}", StringComparison.Ordinal))
        {
            return true;
        }

        // MapStaticAssets: files of wwwroot and of packages (their headers are checked separately on one of them).
        return endpoint.DisplayName?.Contains("Static", StringComparison.OrdinalIgnoreCase) == true
            || endpoint.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\{(?<catchall>\*\*?)?(?<name>[A-Za-z0-9_]+)(?::(?<constraint>[^}=?]+))?[?]?(?:=[^}]*)?\}")]
    private static partial Regex Parameter();
}
