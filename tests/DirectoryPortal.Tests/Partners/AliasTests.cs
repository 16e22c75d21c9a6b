using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Partners;

/// A record whose slug changed keeps its old address working through `aliases`.
public class AliasTests
{
    private static TempContent Renamed()
    {
        var t = new TempContent();
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("name: Test Helpline", "aliases: [old-helpline, older-helpline]\nname: Test Helpline"));
        t.Write("guidance/getting-help.md", TempContent.GuidanceMd.Replace("order: 10", "order: 10\naliases: [help-now]"));
        return t;
    }

    [Fact]
    public void An_old_address_sends_visitors_on_and_tells_search_engines_the_new_one()
    {
        using var t = Renamed();
        var result = Builds.Run(t.Content, t.Output);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        foreach (var (old, target) in new[]
        {
            ("services/old-helpline/index.html", "../../services/test-helpline/index.html"),
            ("services/older-helpline/index.html", "../../services/test-helpline/index.html"),
            ("guidance/help-now.html", "../guidance/getting-help.html"),
        })
        {
            var page = Builds.Page(t.Output, old);
            Assert.Equal("0; url=" + target, page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.Equal(target, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            Assert.Equal(target, page.QuerySelector("main a")!.GetAttribute("href"));
            // The same policy as every other page, first in head.
            Assert.Equal("Content-Security-Policy", page.Head!.FirstElementChild!.GetAttribute("http-equiv"));
            // Only the quick-exit script: like every page, it has the exit control first and the emergency notice.
            Assert.All(page.QuerySelectorAll("script"), s => Assert.Matches(@"assets/quick-exit\.[0-9a-f]+\.js$", s.GetAttribute("src") ?? ""));
            Assert.NotNull(page.QuerySelector("body > .quick-exit a[data-quick-exit]"));
            Assert.NotNull(page.QuerySelector(".emergency-notice"));
            Assert.True(File.Exists(Path.GetFullPath(Path.Combine(t.Output, Path.GetDirectoryName(old)!, target))), target);
        }
        var sitemap = File.ReadAllText(Path.Combine(t.Output, "sitemap.xml"));
        Assert.DoesNotContain("old-helpline", sitemap);
        Assert.DoesNotContain("help-now", sitemap);
        Assert.Contains("services/test-helpline/index.html", sitemap);
    }

    [Fact]
    public void With_a_base_url_the_canonical_address_is_absolute()
    {
        using var t = Renamed();
        t.Write("site.yml", TempContent.SiteYml + "\nbase_url: https://directory.example.org/");
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        var page = Builds.Page(t.Output, "services/old-helpline/index.html");
        Assert.Equal("https://directory.example.org/services/test-helpline/index.html", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("services/test-helpline.yml", "test-helpline", "already the service")]
    [InlineData("services/test-helpline.yml", "second-line", "already the service")]
    [InlineData("guidance/getting-help.md", "index", "already a page of the site")]
    [InlineData("guidance/getting-help.md", "getting-help", "already the guidance page")]
    [InlineData("services/test-helpline.yml", "Old Helpline", "is not a slug")]
    public void An_alias_that_collides_with_a_page_is_refused(string file, string alias, string message)
    {
        using var t = new TempContent();
        t.Write("services/second-line.yml", TempContent.ServiceCopy("Second Line"));
        if (file.StartsWith("services/", StringComparison.Ordinal))
            t.Write(file, TempContent.ServiceYml.Replace("name: Test Helpline", $"aliases: [\"{alias}\"]\nname: Test Helpline"));
        else
            t.Write(file, TempContent.GuidanceMd.Replace("order: 10", $"order: 10\naliases: [\"{alias}\"]"));
        var p = Checking.Single(t.Content);
        Assert.Equal(file, p.File);
        Assert.Equal("aliases[0]", p.Field);
        Assert.Contains(message, p.Message);
    }

    [Fact]
    public void Two_records_may_not_claim_the_same_old_address()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("name: Test Helpline", "aliases: [old-line]\nname: Test Helpline"));
        t.Write("services/second-line.yml", TempContent.ServiceCopy("Second Line").Replace("name: Second Line", "aliases: [old-line]\nname: Second Line"));
        var p = Checking.Single(t.Content);
        Assert.Equal("services/test-helpline.yml", p.File);
        Assert.Contains("an alias of services/second-line.yml", p.Message);
    }
}
