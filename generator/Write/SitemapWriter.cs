using System.Security;
using System.Text;
using DirectoryPortal.Render;

namespace DirectoryPortal.Write;

/// sitemap.xml and robots.txt, the two files search engines read.
public static class SitemapWriter
{
    public static void Add(OutputFiles output, SiteView site, IReadOnlyList<PageModel> pages)
    {
        var baseUrl = (site.Site.BaseUrl ?? "").TrimEnd('/');
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in pages.Where(p => p.Path != SitePaths.NotFound).OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            // Sitemaps need absolute addresses; without a base_url we still list pages, relative to the sitemap.
            var loc = baseUrl.Length > 0 ? $"{baseUrl}/{page.Path}" : page.Path;
            sb.Append("  <url><loc>").Append(SecurityElement.Escape(loc)).Append("</loc>");
            if (page is ServicePage sp && sp.Service.LastReviewed is { } reviewed)
                sb.Append("<lastmod>").Append(reviewed.ToString("yyyy-MM-dd")).Append("</lastmod>");
            sb.Append("</url>\n");
        }
        sb.Append("</urlset>\n");
        output.Add("sitemap.xml", sb.ToString());

        var robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (baseUrl.Length > 0) robots.Append("Sitemap: ").Append(baseUrl).Append("/sitemap.xml\n");
        output.Add("robots.txt", robots.ToString());
    }
}
