using System.Globalization;
using System.Security;
using System.Text;
using DirectoryPortal.Render;

namespace DirectoryPortal.Write;

/// sitemap.xml and robots.txt, the two files search engines read.
public static class SitemapWriter
{
    public const string SitemapPath = "sitemap.xml";
    public const string RobotsPath = "robots.txt";

    public static void Add(OutputFiles output, SiteView site, IReadOnlyList<PageModel> pages)
    {
        var baseUrl = (site.Site.BaseUrl ?? "").TrimEnd('/');
        // Sitemaps need absolute addresses; without a base_url we still list pages, relative to the sitemap.
        var prefix = baseUrl.Length > 0 ? SecurityElement.Escape(baseUrl) + "/" : "";
        // An old address that only sends people on is not a page of its own.
        var listed = pages.Where(p => p.SitePath != SitePaths.NotFound && p is not AliasPage).ToArray();
        Array.Sort(listed, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        // With several languages each address lists its translations, so search engines offer the right one.
        var languages = site.Languages;
        var multilingual = languages.Count > 1;
        var sb = new StringBuilder(listed.Length * (multilingual ? 96 + 80 * languages.Count : 96) + 128);
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append(multilingual
            ? "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
            : "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in listed)
        {
            // Escape returns the path itself when there is nothing to escape, as for every slug.
            sb.Append("  <url><loc>").Append(prefix).Append(SecurityElement.Escape(page.Path)).Append("</loc>");
            if (page is ServicePage sp && sp.Service.LastReviewed is { } reviewed)
                sb.Append("<lastmod>").Append(reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</lastmod>");
            if (multilingual)
                foreach (var language in languages)
                    sb.Append("<xhtml:link rel=\"alternate\" hreflang=\"").Append(language.Tag).Append("\" href=\"")
                        .Append(prefix).Append(SecurityElement.Escape(language.Prefix + page.SitePath)).Append("\"/>");
            sb.Append("</url>\n");
        }
        sb.Append("</urlset>\n");
        output.Add(SitemapPath, sb.ToString());

        var robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (baseUrl.Length > 0) robots.Append("Sitemap: ").Append(baseUrl).Append("/sitemap.xml\n");
        output.Add(RobotsPath, robots.ToString());
    }
}
