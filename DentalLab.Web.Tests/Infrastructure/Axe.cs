using System.Text.Json;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Infrastructure;

/// <summary>
/// axe-core (npm, installed by .ci/run into DentalLab.Web.Tests/.axe, git-ignored) injected into a page from disk,
/// never fetched at run time. Checks WCAG 2.0/2.1 A and AA rules and reports the critical and serious violations.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> _script = new(FindScript);

    private static readonly Lazy<string> ScriptText = new(() => File.ReadAllText(_script.Value) + "\n;void 0;");

    /// <summary>The critical and serious violations on the page as it is now (once its transitions end), one line each (empty: none).</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(this IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            // Evaluated through the browser's DevTools protocol, not as a <script> tag: the page's Content Security
            // Policy (nonce-only scripts) rightly refuses inline scripts, and the test must not weaken it.
            await page.EvaluateAsync(ScriptText.Value);
        }

        var found = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              // Colours as they settle: a button just enabled fades from grey to its colour, and axe read mid-fade
              // (white on #e1e1e1). Finite animations and transitions only: a spinner's never ends.
              const settling = document.getAnimations().filter(a => Number.isFinite(a.effect?.getComputedTiming().endTime));
              await Promise.all(settling.map(a => a.finished.catch(() => null)));
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'critical' || v.impact === 'serious')
                .flatMap(v => v.nodes.slice(0, 4).map(n => `${v.impact} ${v.id}: ${n.target.join(' ')} (${(n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 220)})`));
            }
            """);
        return found.EnumerateArray().Select(v => v.GetString() ?? "").ToList();
    }

    /// <summary>Fails the test with the list of critical and serious violations, if any.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var violations = await page.SeriousViolationsAsync();
        Assert.True(violations.Count == 0, $"axe-core on {page.Url}:\n" + string.Join("\n", violations));
    }

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "DentalLab.Web.Tests", ".axe", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            "axe-core is not installed: run .ci/run, or `npm install --no-save --prefix DentalLab.Web.Tests/.axe axe-core@4.14.1` from the repository root.");
    }
}
