using System.Text.Json;
using DirectoryPortal.Index;
using DirectoryPortal.Index.Languages;
using DirectoryPortal.Localize;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Render;
using DirectoryPortal.Tests.Index;
using DirectoryPortal.Tests.Index.Languages;
using DirectoryPortal.Tests.Search;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.EndToEnd;

/// Every search index the shipped site publishes, checked against lunr.js (with lunr-languages and lunr-unicode.js):
/// the index lunr builds from the same pages with the same pipelines is the one we shipped, and the theme's own
/// search code (search-query.js, as the search page runs it) gives the same results in the same order on both.
public partial class ShippedSiteTests
{
    private static readonly Lazy<IReadOnlyList<SiteView>> Sites = new(() =>
    {
        var (content, problems) = SiteBuilder.Check(Repo.Content, Checking.Today, themeDirectory: Repo.Theme);
        Assert.False(problems.HasErrors, string.Join("\n", problems.Sorted()));
        var languages = SiteLanguages.Resolve(content);
        return languages.Select(l => new SiteView(Localizer.Localize(content, l), new PartialCache((_, _) => Task.FromResult("")), l, languages)).ToList();
    });

    public static TheoryData<string> ShippedLanguages()
    {
        var data = new TheoryData<string>();
        foreach (var code in DirectoryPortal.Load.ContentLoader.Load(Repo.Content, new DirectoryPortal.Model.ProblemList()).Site.LanguageCodes) data.Add(code);
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedLanguages))]
    public void The_shipped_index_is_what_lunr_builds_and_the_search_page_finds_the_same_in_both(string code)
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        var sites = Sites.Value;
        var language = sites.Single(s => s.Language.Code == code);
        var english = sites[0];
        var pipeline = LunrLanguage.ForSite(code);
        var bilingual = code != "en";

        var assets = Directory.EnumerateFiles(Path.Combine(site.Output, "assets")).Select(f => "assets/" + Path.GetFileName(f));
        var script = File.ReadAllText(Path.Combine(site.Output, Builds.Published(assets, SearchIndexWriter.PathFor(language.Language))));
        const string prefix = "window.DirectoryPortalSearch=";
        Assert.StartsWith(prefix, script);
        using var shipped = JsonDocument.Parse(script[prefix.Length..].TrimEnd('\n', ';'));
        var root = shipped.RootElement;
        string ours = LunrOracle.Unpack(root.GetProperty("index").GetRawText());
        // What search-query.js reads besides the index.
        string data = "{" + string.Join(',', root.EnumerateObject().Where(p => p.Name is "docs" or "synonyms" or "languages" or "language")
            .Select(p => LunrOracle.Quote(p.Name) + ":" + p.Value.GetRawText())) + "}";
        Assert.Equal(bilingual, root.TryGetProperty("language", out _));

        var documents = SearchIndexWriter.Documents(language, bilingual ? english : null);
        Assert.Equal(documents.Count, root.GetProperty("docs").GetArrayLength());
        // The language's own queries, and the English ones, since people mix languages.
        var queries = SearchQueries.For(code).Select(q => q.Query).Concat(SearchQueries.All.Select(q => q.Query)).Distinct().ToList();
        string corpus = LunrOracle.CorpusJson(bilingual ? SearchIndexWriter.BilingualFields : SearchIndexWriter.Fields, documents, queries,
            bilingual ? LanguageOracle.Site(pipeline) : null);

        using var comparison = LunrOracle.SiteSearch(corpus, ours, data);
        string lunr = comparison.RootElement.GetProperty("index").GetRawText();
        LunrIndexAssert.Equivalent(lunr, ours);
        LunrIndexAssert.Identical(lunr, ours);
        LunrIndexAssert.SameSearchResults(comparison, queries, minimumQueriesWithResults: queries.Count * 3 / 4);
        AssertOwnLanguageFirst(comparison.RootElement.GetProperty("ours"), queries, SearchQueries.For(code).Count, bilingual);
    }

    // A query typed in the page's language gets every page that matches in that language before any that matches only
    // in English; most of the language's own queries count as typed in it, and almost none of the English ones do.
    private static void AssertOwnLanguageFirst(JsonElement results, List<string> queries, int own, bool bilingual)
    {
        var tiered = new List<bool>();
        for (int q = 0; q < queries.Count; q++)
        {
            var result = results[q];
            tiered.Add(result.GetProperty("tiered").GetBoolean());
            if (!tiered[q]) continue;
            var flags = result.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("own").GetBoolean()).ToList();
            var firstEnglish = flags.IndexOf(false);
            Assert.True(firstEnglish < 0 || !flags.Skip(firstEnglish).Contains(true), $"'{queries[q]}': a page matching in the page's language comes after one matching only in English");
        }
        if (!bilingual)
        {
            Assert.DoesNotContain(true, tiered);
            return;
        }
        Assert.True(tiered.Take(own).Count(t => t) >= own * 2 / 3, $"only {tiered.Take(own).Count(t => t)} of the language's {own} queries were taken as typed in it");
        Assert.True(tiered.Skip(own).Count(t => t) <= (queries.Count - own) / 20, $"{tiered.Skip(own).Count(t => t)} English queries were taken as typed in the page's language");
    }
}
