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

public partial class ShippedSiteTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [Fact]
    public void Shipped_content_builds_without_errors()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        Assert.True(site.Result.Services >= 30, $"only {site.Result.Services} services");
    }

    [Fact]
    public void No_page_points_to_the_closed_80_Leadenhall_Street_clinic()
    {
        // Homerton's sexual health clinic at 80 Leadenhall Street closed on 17 October 2025.
        var pages = Directory.EnumerateFiles(site.Output, "*.*", SearchOption.AllDirectories)
            .Where(p => File.ReadAllText(p).Contains("Leadenhall", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(pages.Count == 0, string.Join(", ", pages));
    }

    [Fact]
    public void The_forced_marriage_pages_show_the_out_of_hours_number_as_a_link_to_call()
    {
        var unit = Builds.Page(site.Output, "services/forced-marriage-unit/index.html");
        Assert.Contains(unit.QuerySelectorAll("a[href^='tel:']"), a => a.GetAttribute("href") == "tel:+442070081500");
        Assert.Contains("+44 20 7008 1500", unit.QuerySelector("main")!.TextContent);
        var grc = Builds.Page(site.Output, "services/fcdo-global-response-centre/index.html");
        Assert.Contains(grc.QuerySelectorAll("a[href^='tel:']"), a => a.GetAttribute("href") == "tel:+442070081500");
        var guidance = Builds.Page(site.Output, "guidance/forced-marriage.html").QuerySelector("main")!.TextContent;
        Assert.Contains("020 7008 1500", guidance);
        Assert.Contains("Global Response Centre", guidance);
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
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Content, "services"), "*.yml").Where(f => !DirectoryPortal.Load.TranslationLoader.IsTranslationName(Path.GetFileName(f))))
            Assert.True(File.Exists(Path.Combine(site.Output, "services", Path.GetFileNameWithoutExtension(file), "index.html")), file);
        Assert.True(File.Exists(Path.Combine(site.Output, "categories", "forced-marriage", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "sitemap.xml")));
    }
}
