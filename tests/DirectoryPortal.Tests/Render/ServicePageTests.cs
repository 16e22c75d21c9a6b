using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Render;

/// What a visitor sees on the pages the real theme renders for a small site.
public class ServicePageTests : IDisposable
{
    private readonly TempContent _t = new();

    public ServicePageTests()
    {
        var result = Builds.Run(_t.Content, _t.Output);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }

    public void Dispose() => _t.Dispose();

    [Fact]
    public void Service_page_links_every_access_point()
    {
        var doc = Builds.Page(_t.Output, "services/test-helpline/index.html");
        Assert.Equal("Test Helpline", doc.QuerySelector("h1")!.TextContent);
        var hrefs = doc.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("tel:+448082000247", hrefs);
        Assert.Contains("sms:61016", hrefs);
        Assert.Contains("mailto:help@example.org", hrefs);
        Assert.Contains("https://example.org/helpline", hrefs);
        var phone = doc.QuerySelectorAll("a").First(a => a.GetAttribute("href") == "tel:+448082000247");
        Assert.Equal("0808 200 0247", phone.TextContent);
    }

    [Fact]
    public void Service_page_shows_hours_audience_referral_review_date_and_report_link()
    {
        var doc = Builds.Page(_t.Output, "services/test-helpline/index.html");
        var text = doc.QuerySelector("main")!.TextContent;
        Assert.Contains("Open 24 hours a day, every day.", text);
        Assert.Contains("Anyone", text);
        Assert.Contains("Across the UK", text);
        Assert.Contains("1 November 2026", text);
        var report = doc.QuerySelector("#report a")!;
        Assert.StartsWith("mailto:corrections@example.org", report.GetAttribute("href"));
        Assert.Contains("Report a wrong entry", report.TextContent);
    }

    [Fact]
    public void External_links_do_not_leak_the_referrer_or_opener()
    {
        foreach (var file in Directory.EnumerateFiles(_t.Output, "*.html", SearchOption.AllDirectories))
        {
            var doc = Builds.Page(_t.Output, Path.GetRelativePath(_t.Output, file));
            foreach (var a in doc.QuerySelectorAll("a[href^='http']"))
                Assert.Equal("noopener noreferrer", a.GetAttribute("rel"));
            Assert.Equal("no-referrer", doc.QuerySelector("meta[name=referrer]")!.GetAttribute("content"));
            var first = doc.Head!.FirstElementChild!;
            Assert.Equal("Content-Security-Policy", first.GetAttribute("http-equiv"));
            // The one script without src a page may have is a JSON-LD data block, which is never run.
            Assert.Empty(doc.QuerySelectorAll("script:not([src])").Where(s => s.GetAttribute("type") != "application/ld+json"));
        }
    }

    [Fact]
    public void Every_page_has_one_h1_quick_exit_and_emergency_notice()
    {
        foreach (var file in Directory.EnumerateFiles(_t.Output, "*.html", SearchOption.AllDirectories))
        {
            var doc = Builds.Page(_t.Output, Path.GetRelativePath(_t.Output, file));
            Assert.Single(doc.QuerySelectorAll("h1"));
            Assert.Equal("https://www.bbc.co.uk/weather", doc.QuerySelector("[data-quick-exit]")!.GetAttribute("href"));
            Assert.Contains("999", doc.QuerySelector(".emergency-notice")!.TextContent);
            Assert.Equal("en-GB", doc.DocumentElement.GetAttribute("lang"));
        }
    }

    [Fact]
    public void Guidance_markdown_is_rendered_with_its_links_and_related_services()
    {
        var doc = Builds.Page(_t.Output, "guidance/getting-help.html");
        Assert.Equal("Who to call", doc.QuerySelector(".prose h2")!.TextContent);
        Assert.NotNull(doc.QuerySelector(".prose a[href='../services/test-helpline/index.html']"));
        Assert.NotNull(doc.QuerySelector(".service-card a[href='../services/test-helpline/index.html']"));
    }

    [Fact]
    public void Home_lists_categories_and_guidance_and_a_to_z_lists_services()
    {
        var home = Builds.Page(_t.Output, "index.html");
        Assert.NotNull(home.QuerySelector("a[href='categories/forced-marriage/index.html']"));
        Assert.NotNull(home.QuerySelector("a[href='guidance/getting-help.html']"));
        Assert.NotNull(home.QuerySelector("form[role=search] input[name=q]"));
        var az = Builds.Page(_t.Output, "a-z.html");
        Assert.NotNull(az.QuerySelector("#letter-T"));
        Assert.NotNull(az.QuerySelector("a[href='services/test-helpline/index.html']"));
        var print = Builds.Page(_t.Output, "print.html");
        Assert.Contains("0808 200 0247", print.QuerySelector("main")!.TextContent);
        Assert.True(File.Exists(Path.Combine(_t.Output, "404.html")));
        Assert.Contains("<loc>services/test-helpline/index.html</loc>", File.ReadAllText(Path.Combine(_t.Output, "sitemap.xml")));
        Assert.StartsWith("User-agent: *", File.ReadAllText(Path.Combine(_t.Output, "robots.txt")));
    }
}
