using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser.Support;

/// Runs the axe-core that ships in Deque.AxeCore (the same version its RunAxe uses) straight in the page.
/// RunAxe opens a helper page for every scan, about two seconds each here; this takes a fraction of that,
/// which is what makes scanning every page affordable. AxeTests checks both report the same.
public static class AxeRunner
{
    /// The axe-core source bundled in Deque.AxeCore.Commons.
    public static string Source { get; } = ReadSource();

    private static string ReadSource()
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not embedded in Deque.AxeCore.Commons");
        return new StreamReader(stream).ReadToEnd();
    }

    /// Makes axe available in every page the context opens (an init script is not subject to the page's CSP).
    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(Source);

    /// Violations as "rule (impact) help / at target: html / why", one string per element.
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage tab, IEnumerable<string> tags)
    {
        var found = await tab.EvaluateAsync<JsonElement>("""
            async tags => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return r.violations.flatMap(v => v.nodes.map(n =>
                v.id + ' (' + v.impact + ') ' + v.help + '\n    at ' + n.target.join(' ') + ': ' + n.html + '\n    ' + (n.failureSummary || '').replace(/\n/g, '\n    ')));
            }
            """, tags.ToArray());
        return found.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
