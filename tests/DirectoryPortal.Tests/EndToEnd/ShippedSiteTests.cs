using AngleSharp.Html.Parser;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.EndToEnd;

/// Builds the shipped content/ with the default theme once and checks the whole site.
public sealed class ShippedSite : IDisposable
{
    public string Output { get; } = Path.Combine(Path.GetTempPath(), "dp-shipped-" + Guid.NewGuid().ToString("N"));
    public DirectoryPortal.Pipeline.BuildResult Result { get; }

    public ShippedSite() => Result = Builds.Run(Repo.Content, Output);

    public void Dispose()
    {
        try { Directory.Delete(Output, true); } catch (IOException) { }
    }
}

public class ShippedSiteTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [Fact]
    public void Shipped_content_builds_without_errors()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        Assert.True(site.Result.Services >= 30, $"only {site.Result.Services} services");
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves_to_a_file()
    {
        var parser = new HtmlParser();
        var broken = new List<string>();
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        var ids = pages.ToDictionary(p => Path.GetFullPath(p),
            p => parser.ParseDocument(File.ReadAllText(p)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet());
        var checkedLinks = 0;
        foreach (var page in pages)
        {
            var doc = parser.ParseDocument(File.ReadAllText(page));
            var refs = doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(doc.QuerySelectorAll("link[href]").Select(l => l.GetAttribute("href")!))
                .Concat(doc.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
                .Concat(doc.QuerySelectorAll("form[action]").Select(f => f.GetAttribute("action")!));
            foreach (var href in refs)
            {
                if (href.Contains(':')) continue; // external, tel:, mailto:, sms:
                // The not-found page (each language's) is served in place of a missing path at any depth, so it
                // alone links from the server's root (the site has no base_url, so "/").
                var notFound = Path.GetFileName(page) == "404.html";
                Assert.True(href.StartsWith('/') == (notFound && !href.StartsWith('#')), $"{page}: link {href}: only the not-found page links from the server's root");
                var hash = href.IndexOf('#');
                var path = hash >= 0 ? href[..hash] : href;
                var anchor = hash >= 0 ? href[(hash + 1)..] : null;
                var target = path.Length == 0 ? page
                    : notFound ? Path.GetFullPath(Path.Combine(site.Output, path.TrimStart('/')))
                    : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, path));
                checkedLinks++;
                if (!File.Exists(target)) { broken.Add($"{Path.GetRelativePath(site.Output, page)} -> {href} (no file)"); continue; }
                if (anchor is { Length: > 0 } && (!ids.TryGetValue(target, out var set) || !set.Contains(anchor)))
                    broken.Add($"{Path.GetRelativePath(site.Output, page)} -> {href} (no anchor)");
            }
        }
        Assert.True(checkedLinks > 500, $"only {checkedLinks} links checked");
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void Every_service_and_category_has_a_page()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Content, "services"), "*.yml"))
            Assert.True(File.Exists(Path.Combine(site.Output, "services", Path.GetFileNameWithoutExtension(file), "index.html")), file);
        Assert.True(File.Exists(Path.Combine(site.Output, "categories", "forced-marriage", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "sitemap.xml")));
    }
}
