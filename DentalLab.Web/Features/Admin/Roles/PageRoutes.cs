using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing.Template;

namespace DentalLab.Web.Features.Admin.Roles;

/// <summary>
/// The app's page routes and the policies each page demands, so an open page can re-check its own policy when
/// grants change (the router checks only on navigation).
/// </summary>
public static class PageRoutes
{
    private static readonly Lazy<IReadOnlyList<(TemplateMatcher Matcher, int Literals, string[] Policies)>> Routes = new(Build);

    /// <summary>The policies of the page that <paramref name="path"/> (e.g. "/invoices/INV-1") opens; empty when none or unknown.</summary>
    public static IReadOnlyList<string> PoliciesOf(string path)
    {
        var clean = "/" + path.Split('?', '#')[0].Trim('/');
        var best = Routes.Value
            .Where(r => r.Matcher.TryMatch(clean, new RouteValueDictionary()))
            .OrderByDescending(r => r.Literals)
            .FirstOrDefault();
        return best.Policies ?? [];
    }

    private static List<(TemplateMatcher, int, string[])> Build() =>
        typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<Microsoft.AspNetCore.Components.RouteAttribute>().Select(r => (Type: t, r.Template)))
            .Select(x =>
            {
                var template = TemplateParser.Parse(x.Template.TrimStart('/'));
                var policies = x.Type.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.Policy).OfType<string>().ToArray();
                return (new TemplateMatcher(template, new RouteValueDictionary()), template.Segments.Count(s => s.IsSimple && s.Parts[0].IsLiteral), policies);
            })
            .ToList();
}
