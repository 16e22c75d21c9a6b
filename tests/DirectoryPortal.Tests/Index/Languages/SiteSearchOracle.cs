using System.Text;
using System.Text.Json;
using DirectoryPortal.Index;
using DirectoryPortal.Index.Languages;
using DirectoryPortal.Localize;
using DirectoryPortal.Model;
using DirectoryPortal.Render;

namespace DirectoryPortal.Tests.Index.Languages;

/// <summary>Writes a site's search index as the build does and runs the theme's search-query.js over it in node, next to
/// lunr's own index of the same documents; the two indexes must be identical and give the same results.</summary>
internal static class SiteSearchOracle
{
    /// <summary>Every language's site of the checked content, English first.</summary>
    public static List<SiteView> Sites(ContentSet content)
    {
        var languages = SiteLanguages.Resolve(content);
        return languages.Select(l => new SiteView(Localizer.Localize(content, l), new PartialCache((_, _) => Task.FromResult("")), l, languages)).ToList();
    }

    /// <summary>"lunr" and "ours": for each query, its results (ref, score, own) and whether it counted as typed in the
    /// page's language ("tiered"), after checking the index is lunr's.</summary>
    public static JsonDocument Search(SiteView site, SiteView english, IReadOnlyList<string> queries)
    {
        var language = LunrLanguage.ForSite(site.Language.Code);
        var writer = SearchIndexWriter.For(language);
        var script = Encoding.UTF8.GetString(writer.Write(site, writer.Bilingual ? english : null));
        const string prefix = "window.DirectoryPortalSearch=";
        using var shipped = JsonDocument.Parse(script[prefix.Length..].TrimEnd('\n', ';'));
        string ours = LunrOracle.Unpack(shipped.RootElement.GetProperty("index").GetRawText());
        string data = "{" + string.Join(',', shipped.RootElement.EnumerateObject().Where(p => p.Name != "index")
            .Select(p => LunrOracle.Quote(p.Name) + ":" + p.Value.GetRawText())) + "}";
        var documents = SearchIndexWriter.Documents(site, writer.Bilingual ? english : null);
        string corpus = LunrOracle.CorpusJson(writer.Bilingual ? SearchIndexWriter.BilingualFields : SearchIndexWriter.Fields, documents, queries,
            writer.Bilingual ? LanguageOracle.Site(language) : null);
        var comparison = LunrOracle.SiteSearch(corpus, ours, data);
        string lunr = comparison.RootElement.GetProperty("index").GetRawText();
        LunrIndexAssert.Equivalent(lunr, ours);
        LunrIndexAssert.Identical(lunr, ours);
        LunrIndexAssert.SameSearchResults(comparison, queries, minimumQueriesWithResults: 1);
        return comparison;
    }

    /// <summary>The refs of one query's results, best first.</summary>
    public static List<string> Refs(JsonDocument comparison, int query) =>
        comparison.RootElement.GetProperty("ours")[query].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ref").GetString()!).ToList();
}
