using System.Collections.Concurrent;
using DirectoryPortal.Model;

namespace DirectoryPortal.Write.Verify;

/// The last step before anything is published: every page of the output (every .html file, whatever made
/// it: a theme layout, a site's own layout override, a static file) is checked by PageSafety. A page that
/// breaks a promise fails the build with an error naming the page, the rule and what made the page.
public static class PageVerifier
{
    /// A broken template breaks every page it makes; this many are named, then the rest are counted.
    public const int PagesNamedPerRule = 10;

    /// <paramref name="safetyFor"/> gives the rules for a page (each language has its own emergency notice);
    /// <paramref name="pages"/> limits the check to those paths (a rebuild that re-rendered only some);
    /// <paramref name="madeBy"/> says what made a page, for the message.
    public static IReadOnlyList<Problem> Verify(OutputFiles output, Func<string, PageSafety> safetyFor, Func<string, string> madeBy, IEnumerable<string>? pages = null)
    {
        var paths = (pages ?? output.Files.Keys).Where(IsPage).ToList();
        var found = new ConcurrentBag<PageViolation>();
        Parallel.ForEach(paths, () => new List<PageViolation>(), (path, _, local) =>
        {
            if (output.Files.TryGetValue(path, out var bytes)) safetyFor(path).Check(path, bytes, local);
            return local;
        }, local => { foreach (var v in local) found.Add(v); });

        var problems = new List<Problem>();
        foreach (var rule in found.GroupBy(v => v.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var byPage = rule.GroupBy(v => v.Page).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            foreach (var page in byPage.Take(PagesNamedPerRule))
                foreach (var v in page.OrderBy(v => v.Offset).Take(3))
                {
                    var (line, column) = Position(output.Files[v.Page], v.Offset);
                    problems.Add(new Problem(Severity.Error, "page " + v.Page, line, column, v.Rule, $"The page {v.Message}",
                        $"This page is made by {madeBy(v.Page)}. Change that so it keeps the promise (see docs/editing.md, 'What the build checks on every page')."));
                }
            if (byPage.Count > PagesNamedPerRule)
                problems.Add(new Problem(Severity.Error, "page " + byPage[PagesNamedPerRule].Key, 0, 0, rule.Key,
                    $"and {byPage.Count - PagesNamedPerRule} more page(s) break the same rule.", "Fix the pages above; the rest are made the same way."));
        }
        return problems;
    }

    public static bool IsPage(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase);

    private static (int Line, int Column) Position(byte[] page, int offset)
    {
        var before = page.AsSpan(0, Math.Min(offset, page.Length));
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, System.Text.Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}
