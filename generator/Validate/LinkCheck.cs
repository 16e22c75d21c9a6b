using DirectoryPortal.Model;
using DirectoryPortal.Render;
using Markdig;
using Markdig.Syntax;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace DirectoryPortal.Validate;

/// Links inside Markdown that point at this site must reach a page that will exist, and an anchor on it.
public sealed class LinkCheck : IReadOnlyCheck
{
    // Section ids the service layout always renders; other anchors on service pages are not promised.
    private static readonly string[] ServiceAnchors = ["contact", "opening-hours", "who-it-is-for", "how-to-get-help", "categories", "report"];

    public void Check(ContentSet content, CheckContext context)
    {
        // The pages, and each page's anchors, worked out only if a link asks for them: a rebuild after
        // one edit then parses one record's Markdown, not every guidance page's.
        var none = new Lazy<HashSet<string>>(() => new HashSet<string>(StringComparer.Ordinal));
        var serviceAnchors = new Lazy<HashSet<string>>(() => new HashSet<string>(ServiceAnchors, StringComparer.Ordinal));
        var pages = new Lazy<Dictionary<string, Lazy<HashSet<string>>>>(() =>
        {
            var all = new Dictionary<string, Lazy<HashSet<string>>>(StringComparer.Ordinal);
            foreach (var path in new[] { SitePaths.Home, SitePaths.AToZ, SitePaths.Print, SitePaths.Search, SitePaths.Categories, SitePaths.Guidance })
                all[path] = none;
            foreach (var c in content.Taxonomy.Categories) all[SitePaths.Category(c.Slug)] = none;
            foreach (var s in content.Services) all[SitePaths.Service(s.Slug)] = serviceAnchors;
            // A service whose file is broken has its own error; a link to it is not a second one.
            foreach (var file in content.Failed.Where(f => f.StartsWith("services/", StringComparison.Ordinal)))
                all.TryAdd(SitePaths.Service(Path.GetFileNameWithoutExtension(file)), serviceAnchors);
            foreach (var g in content.Guidance) all[SitePaths.GuidancePage(g.Slug)] = new(() => HeadingIds(g.Body));
            return all;
        });

        foreach (var g in context.GuidanceToCheck(content))
            Inspect(g, "body", g.Body, g.BodyFirstLine, SitePaths.GuidancePage(g.Slug), pages, context);
        foreach (var s in context.ServicesToCheck(content))
            if (s.Details is { } details)
                Inspect(s, "details", details, s.PositionOf("details").Line + 1, SitePaths.Service(s.Slug), pages, context);
        var notice = content.Site.EmergencyNotice;
        if (notice.Length > 0)
            Inspect(content.Site, "emergency_notice", notice, content.Site.PositionOf("emergency_notice").Line, SitePaths.Home, pages, context);
    }

    private static HashSet<string> HeadingIds(string markdown)
    {
        var document = MarkdownRenderer.Parse(markdown, MarkdownRenderer.Output);
        return document.Descendants<HeadingBlock>()
            .Select(h => h.TryGetAttributes()?.Id).Where(id => id is not null).Select(id => id!)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static void Inspect(Record record, string field, string markdown, int firstLine, string pagePath,
        Lazy<Dictionary<string, Lazy<HashSet<string>>>> pages, CheckContext context)
    {
        var document = MarkdownRenderer.Parse(markdown, MarkdownRenderer.Output);
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (url.Length == 0 || url.Contains(':')) continue;
            var hash = url.IndexOf('#');
            var path = hash >= 0 ? url[..hash] : url;
            var anchor = hash >= 0 ? url[(hash + 1)..] : "";
            var target = path.Length == 0 ? pagePath : Resolve(pagePath, path);
            var line = firstLine + link.Line;
            if (target is null || !pages.Value.TryGetValue(target, out var page))
            {
                context.Problems.Error(record.SourceFile, line, link.Column + 1, field, $"the link '{url}' points to a page that does not exist.",
                    $"Links are relative to this page ({pagePath}). A service is '../services/<slug>/index.html' from a guidance page; a guidance page is '<slug>.html'.");
                continue;
            }
            if (anchor.Length > 0 && page.Value is var anchors && !anchors.Contains(anchor))
                context.Problems.Error(record.SourceFile, line, link.Column + 1, field, $"the link '{url}' points to '#{anchor}', which is not on that page.",
                    anchors.Count == 0 ? "Remove the '#...' part." : $"Use one of: {string.Join(", ", anchors.Order(StringComparer.Ordinal).Select(a => "#" + a))}.");
        }
    }

    /// Resolves a relative link from a page to a site path, or null if it climbs above the site.
    public static string? Resolve(string fromPage, string relative)
    {
        var parts = fromPage.Split('/').ToList();
        parts.RemoveAt(parts.Count - 1);
        foreach (var segment in relative.Split('?')[0].Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        var result = string.Join('/', parts);
        return relative.EndsWith('/') || result.Length == 0 ? (result.Length == 0 ? "index.html" : result + "/index.html") : result;
    }
}
