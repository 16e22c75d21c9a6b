using System.Text.Json;
using DirectoryPortal.Index;
using DirectoryPortal.Index.Languages;
using Xunit;
using Xunit.Abstractions;

namespace DirectoryPortal.Tests.Index.Languages;

/// <summary>Queries typed without diacritics ("przemoc domowa", "violencia domestica", Arabic without harakat) find the
/// text written with them, measured with lunr.js in node on indexes built with our pipelines.</summary>
public sealed class DiacriticQueryTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(LanguageWords.CodeData), MemberType = typeof(LanguageWords))]
    public void Queries_without_diacritics_find_their_page_first(string code)
    {
        var words = LanguageWords.For(code);
        Assert.NotEmpty(words.Finds);
        // Each text is a page, among generated documents on the same topics. The generated ones are word salad
        // that can repeat a query word many times, so the claim is about the real pages: the query finds its
        // page, and ranks it above every other real page.
        var documents = words.Finds.Select((f, i) => new SearchDocument("find-" + i, new Dictionary<string, string> { ["title"] = f.Text }))
            .Concat(LanguageCorpus.Create(code, count: 200, seed: 5)).ToList();
        var queries = words.Finds.Select(f => f.Query).ToList();

        var site = LunrLanguage.For(code);
        var results = Search(code, site, LanguageOracle.Site(site), documents, queries);
        for (int i = 0; i < queries.Count; i++)
        {
            var pages = results[i].Where(r => r.StartsWith("find-", StringComparison.Ordinal)).ToList();
            output.WriteLine($"{code} '{queries[i]}': {results[i].Count} results, real pages {string.Join(", ", pages)}");
            Assert.True(pages.Count > 0 && pages[0] == "find-" + i,
                $"{code}: '{queries[i]}' should find \"{words.Finds[i].Text}\" before the other pages, found {string.Join(", ", pages)}");
        }
    }

    [Theory]
    [InlineData("pl", "malzenstwo", "Małżeństwo przymusowe")]
    [InlineData("es", "violencia domestica", "Ayuda para víctimas de violencia doméstica")]
    [InlineData("es", "mutilacion", "Mutilación genital femenina")]
    [InlineData("pt", "violacao", "Apoio depois de violação")]
    [InlineData("tr", "yardim", "Ücretsiz yardım hattı")]
    [InlineData("ar", "مساعدة", "مُسَاعَدَة مجانية")]
    public void A_folded_query_term_matches_the_indexed_term(string code, string query, string text)
    {
        var language = LunrLanguage.For(code);
        var indexed = language.IndexTerms(text);
        var searched = language.SearchTerms(query.Split(' ')[^1]);
        // The query is typed without the text's diacritics, so the test means something.
        Assert.DoesNotContain(query, text, StringComparison.Ordinal);
        Assert.NotEmpty(searched);
        Assert.Contains(searched[0], indexed);
    }

    [Theory]
    [InlineData("es", "mutilacion", "mutilación")]
    [InlineData("tr", "yardim", "yardım")]
    [InlineData("pt", "mutilacao", "mutilação")]
    public void Without_the_unaccented_copy_lunr_languages_alone_misses_these(string code, string typed, string written)
    {
        // Why the copy step exists: the stemmer cuts the written form and not the typed one.
        var plain = LunrLanguage.LunrLanguagesOnly(code);
        Assert.DoesNotContain(plain.SearchTerms(typed)[0], plain.IndexTerms(written));
        var site = LunrLanguage.For(code);
        Assert.Contains(site.SearchTerms(typed)[0], site.IndexTerms(written));
    }

    private static List<List<string>> Search(string code, LunrLanguage language, string languageJson, List<SearchDocument> documents, List<string> queries)
    {
        string corpus = LunrOracle.CorpusJson(GeneratedCorpus.Fields, documents, queries, languageJson);
        string ours = new LunrIndexBuilder(GeneratedCorpus.Fields, language).BuildJson(documents);
        using var comparison = LunrOracle.Search(corpus, ours);
        LunrIndexAssert.SameSearchResults(comparison, queries, minimumQueriesWithResults: queries.Count);
        return comparison.RootElement.GetProperty("ours").EnumerateArray()
            .Select(q => q.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ref").GetString()!).ToList()).ToList();
    }
}
