using System.Globalization;
using DirectoryPortal.Index;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Tests.Support;
using Xunit;

namespace DirectoryPortal.Tests.Index.Languages;

/// <summary>A language's English name or its own name, typed on any language's search page, finds the services whose
/// staff speak it (their `languages`), by the names the theme's strings give (language_name.&lt;code&gt;, language.name).</summary>
public sealed class LanguageNameSearchTests
{
    [Fact]
    public void Polish_polski_Urdu_and_اردو_find_the_services_that_speak_them_on_every_languages_page()
    {
        using var t = new TempContent();
        t.Write("site.yml", TempContent.SiteYml + "\nlanguages: [en, pl, ur, ar]");
        t.Write("services/polish-line.yml", TempContent.ServiceCopy("Warsaw Line").Replace("open_24_7: true", "open_24_7: true\nlanguages: [en, pl]"));
        t.Write("services/urdu-line.yml", TempContent.ServiceCopy("Lahore Line").Replace("open_24_7: true", "open_24_7: true\nlanguages: [en, ur]"));
        var (content, problems) = SiteBuilder.Check(t.Content, Checking.Today, themeDirectory: Repo.Theme);
        Assert.False(problems.HasErrors, string.Join("\n", problems.Sorted()));
        var sites = SiteSearchOracle.Sites(content);
        var queries = new[] { "Polish", "polski", "POLSKI?", "Urdu", "اردو", "اردو؟", "پولش" };

        foreach (var site in sites)
        {
            using var comparison = SiteSearchOracle.Search(site, sites[0], queries);
            var documents = SearchIndexWriter.Documents(site, site.Language.IsMain ? null : sites[0]);
            string Ref(string name) => documents.FindIndex(d => d.Fields[site.Language.IsMain ? "title" : "title_en"] == name).ToString(CultureInfo.InvariantCulture);
            for (int q = 0; q < queries.Length; q++)
            {
                var refs = SiteSearchOracle.Refs(comparison, q);
                var expected = q < 3 || q == 6 ? Ref("Warsaw Line") : Ref("Lahore Line");
                var other = q < 3 || q == 6 ? Ref("Lahore Line") : Ref("Warsaw Line");
                Assert.True(refs.Count > 0 && refs[0] == expected, $"{site.Language.Code}: '{queries[q]}' gave {string.Join(", ", refs)}, not {expected} first");
                Assert.DoesNotContain(other, refs);
            }
        }
    }
}
