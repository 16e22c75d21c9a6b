using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Localize;

/// Each language is a whole site under its prefix, built from the English records with translated words.
public class LanguageSiteTests
{
    private static IReadOnlyList<string> PagesUnder(string root) =>
        Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Every_page_exists_in_every_language()
    {
        using var t = Multilingual.Create();
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        var english = PagesUnder(t.Output).Where(p => !p.StartsWith("zz/", StringComparison.Ordinal)).ToList();
        var polish = PagesUnder(Path.Combine(t.Output, "zz"));
        Assert.Equal(english, polish);
        Assert.Contains("services/test-helpline/index.html", polish);
    }

    [Fact]
    public void A_page_says_its_language_and_links_to_its_translations()
    {
        using var t = Multilingual.Create("[en, zz, ar]");
        t.Write("i18n/ar.yml", "language.name: العربية\nlanguage.direction: rtl\nmeta.translation: draft\n");
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        var page = Builds.Page(t.Output, "zz/guidance/getting-help.html");
        Assert.Equal("zz", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("rtl", Builds.Page(t.Output, "ar/index.html").DocumentElement.GetAttribute("dir"));
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal("../../guidance/getting-help.html", alternates["en-GB"]);
        Assert.Equal("../../ar/guidance/getting-help.html", alternates["ar"]);
        Assert.Equal("../../guidance/getting-help.html", alternates["x-default"]);
        // The language link near the top leads to the list, where each language is named in itself.
        Assert.Equal("#site-languages", page.QuerySelector(".site-header a[href='#site-languages']")!.GetAttribute("href"));
        var list = page.QuerySelectorAll("#site-languages a").Select(a => (a.TextContent, a.GetAttribute("lang"), a.GetAttribute("href"))).ToList();
        Assert.Contains(("Polski", "zz", "../../zz/guidance/getting-help.html"), list);
        Assert.Contains(("العربية", "ar", "../../ar/guidance/getting-help.html"), list);
        Assert.Contains(("English", "en-GB", "../../guidance/getting-help.html"), list);
    }

    [Fact]
    public void Facts_come_from_the_English_record_and_untranslated_words_are_marked_English()
    {
        using var t = Multilingual.Create();
        t.Write("services/test-helpline.zz.yml", "translation: draft\ndescription: Infolinia używana w testach.");
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        var en = Builds.Page(t.Output, "services/test-helpline/index.html");
        var pl = Builds.Page(t.Output, "zz/services/test-helpline/index.html");
        string Phones(AngleSharp.Html.Dom.IHtmlDocument d) => string.Join(" ", d.QuerySelectorAll("a[href^='tel:'], a[href^='sms:']").Select(a => a.GetAttribute("href") + "=" + a.TextContent));
        Assert.Equal(Phones(en), Phones(pl));
        Assert.Equal("Infolinia używana w testach.", pl.QuerySelector(".service-details__description")!.TextContent);
        Assert.Null(pl.QuerySelector(".service-details__description")!.GetAttribute("lang"));
        // The name is never translated; the English label of a phone is marked as English.
        Assert.Equal("en", pl.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Contains(pl.QuerySelectorAll(".access-points__kind span[lang=en]"), s => s.TextContent == "Helpline");
        // One line in Polish says parts are still English, and one that the translation is a draft.
        var notice = pl.QuerySelector(".translation-notice")!.TextContent;
        Assert.Contains("Części tej strony", notice);
        Assert.Contains("nie zostało jeszcze sprawdzone", notice);
        Assert.Null(en.QuerySelector(".translation-notice"));
    }

    [Fact]
    public void An_untranslated_page_is_shown_in_English_marked_as_such_with_one_line_saying_so()
    {
        using var t = Multilingual.Create();
        t.Delete("guidance/getting-help.zz.md");
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        var pl = Builds.Page(t.Output, "zz/guidance/getting-help.html");
        Assert.Equal("en", pl.QuerySelector(".prose")!.GetAttribute("lang"));
        Assert.Equal("en", pl.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Contains("Ta strona nie została jeszcze przetłumaczona", pl.QuerySelector(".translation-notice")!.TextContent);
    }

    [Fact]
    public void A_translated_page_links_within_its_own_language()
    {
        using var t = Multilingual.Create();
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        var pl = Builds.Page(t.Output, "zz/guidance/getting-help.html");
        var links = pl.QuerySelectorAll("main a[href], .site-header a[href], .emergency-notice a[href]").Select(a => a.GetAttribute("href")!)
            .Where(h => !h.StartsWith('#') && !h.Contains(':')).ToList();
        Assert.NotEmpty(links);
        // Resolved from the page's own folder, every link stays in the Polish site.
        var folder = new Uri("file:///site/zz/guidance/getting-help.html");
        Assert.All(links, h => Assert.StartsWith("/site/zz/", new Uri(folder, h).AbsolutePath));
    }

    [Fact]
    public void A_site_in_English_alone_has_no_trace_of_languages()
    {
        using var t = new TempContent();
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        foreach (var path in PagesUnder(t.Output))
        {
            var html = File.ReadAllText(Path.Combine(t.Output, path));
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">\n", html);
            Assert.DoesNotContain("hreflang", html);
            Assert.DoesNotContain("id=\"site-languages\"", html);
            Assert.DoesNotContain("translation-notice", html);
            Assert.DoesNotContain("data-i18n", html);
        }
    }

    [Fact]
    public void English_pages_are_the_same_whether_or_not_the_site_has_other_languages()
    {
        using var one = new TempContent();
        using var two = Multilingual.Create();
        Assert.True(Builds.Run(one.Content, one.Output).Succeeded);
        Assert.True(Builds.Run(two.Content, two.Output).Succeeded);
        var english = PagesUnder(one.Output);
        Assert.Equal(english, PagesUnder(two.Output).Where(p => !p.StartsWith("zz/", StringComparison.Ordinal)));
        // The search index's name follows its content, which gains the new language's names (search finds "polski").
        static string IndexName(string html) => System.Text.RegularExpressions.Regex.Replace(html, @"assets/search-index\.[0-9a-f]{10}\.js", "assets/search-index.js");
        foreach (var path in english)
        {
            var alone = IndexName(File.ReadAllText(Path.Combine(one.Output, path)));
            // Adding a language adds only the ways to reach it: dir, alternates, the link and the list.
            var withLanguages = System.Text.RegularExpressions.Regex.Replace(IndexName(File.ReadAllText(Path.Combine(two.Output, path))),
                "( dir=\"ltr\"(?=>\\n<head>)|<link rel=\"alternate\" hreflang=[^>]*>\\n| *<a class=\"site-header__languages\"[^\\n]*\\n| *<nav class=\"language-list\"[\\s\\S]*?</nav>\\n)", "");
            Assert.Equal(alone, withLanguages);
        }
        // The English index itself, documents, synonyms and all, is the same, but for the names of languages.
        static string EnglishIndex(string output)
        {
            var script = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(output, "assets"), "search-index.*.js")
                .Single(f => System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(f), @"^search-index\.[0-9a-f]{10}\.js$")));
            // The languages' names come last in the English index script.
            var names = script.IndexOf(",\"languages\":", StringComparison.Ordinal);
            Assert.True(names > 0 && !script.Contains(",\"language\":", StringComparison.Ordinal));
            return script[..names];
        }
        Assert.Equal(EnglishIndex(one.Output), EnglishIndex(two.Output));
    }

    [Fact]
    public void A_tenth_language_needs_only_its_words_and_one_line_of_configuration()
    {
        using var t = Multilingual.Create("[en, zz, fr]");
        t.Write("i18n/fr.yml", "language.name: Français\nlanguage.direction: ltr\nmeta.translation: draft\nnav.home: Accueil\n");
        var result = Builds.Run(t.Content, t.Output);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(PagesUnder(Path.Combine(t.Output, "zz")), PagesUnder(Path.Combine(t.Output, "fr")));
        var home = Builds.Page(t.Output, "fr/index.html");
        Assert.Equal("fr", home.DocumentElement.GetAttribute("lang"));
        Assert.Contains(home.QuerySelectorAll("#site-languages a"), a => a.TextContent == "Français");
        // Named by its content, like every asset: assets/search-index.fr.1a2b3c4d5e.js.
        Builds.Published(Directory.EnumerateFiles(Path.Combine(t.Output, "assets")).Select(f => "assets/" + Path.GetFileName(f)), "assets/search-index.fr.js");
    }

    [Fact]
    public void The_sitemap_lists_every_language_with_its_alternates()
    {
        using var t = Multilingual.Create();
        t.Write("site.yml", TempContent.SiteYml + "\nlanguages: [en, zz]\nbase_url: https://directory.example.org");
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        var sitemap = System.Xml.Linq.XDocument.Load(Path.Combine(t.Output, "sitemap.xml"));
        XNamespaceHelper.Check(sitemap);
    }
}

/// The sitemap's urls, read with the sitemap and xhtml namespaces.
internal static class XNamespaceHelper
{
    private static readonly System.Xml.Linq.XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly System.Xml.Linq.XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static void Check(System.Xml.Linq.XDocument sitemap)
    {
        var urls = sitemap.Root!.Elements(Sm + "url").ToList();
        var locs = urls.Select(u => u.Element(Sm + "loc")!.Value).ToList();
        Assert.Contains("https://directory.example.org/services/test-helpline/index.html", locs);
        Assert.Contains("https://directory.example.org/zz/services/test-helpline/index.html", locs);
        Assert.DoesNotContain(locs, l => l.EndsWith("404.html", StringComparison.Ordinal));
        var polish = urls.Single(u => u.Element(Sm + "loc")!.Value.EndsWith("/zz/index.html", StringComparison.Ordinal));
        var alternates = polish.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal("https://directory.example.org/index.html", alternates["en-GB"]);
        Assert.Equal("https://directory.example.org/zz/index.html", alternates["zz"]);
    }
}
