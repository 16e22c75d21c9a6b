using System.Text;
using System.Text.Json;
using DirectoryPortal.Index;
using DirectoryPortal.Index.Languages;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Render;
using DirectoryPortal.Tests.Support;
using Xunit;

namespace DirectoryPortal.Tests.Index.Languages;

/// <summary>The site's index writer given a language: what it ships unpacks to the index lunr + lunr-languages builds from the same fields.</summary>
public sealed class LanguageSearchIndexWriterTests
{
    [Theory]
    [InlineData("pl", "Całodobowa linia wsparcia", "Pomoc dla ofiar przemocy domowej; bezpłatny tłumacz.", "Małżeństwo przymusowe", "przemoc domowa|tlumacz|malzenstwo przymusowe|linia")]
    [InlineData("ar", "خط المساعدة", "مساعدة لضحايا العنف الأسري؛ مترجم مجاني.", "الزواج القسري", "العنف الاسري|مترجم|زواج قسري|مساعده")]
    [InlineData("bn", "হেল্পলাইন", "পারিবারিক নির্যাতনের শিকারদের জন্য সাহায্য; বিনামূল্যে দোভাষী।", "জোরপূর্বক বিয়ে", "নির্যাতন*|পারিবারিক|দোভাষী|বিয়ে|সাহায্য")]
    public void Writes_the_index_lunr_builds_with_the_languages_pipeline(string code, string name, string description, string guidanceTitle, string queryList)
    {
        using var t = new TempContent();
        t.Write("services/second-helpline.yml", TempContent.ServiceYml
            .Replace("name: Test Helpline", "name: " + name)
            .Replace(TempContent.ServiceId, "0b9e3c55-7a41-4f0e-8c2d-5e6f7a8b9c0d")
            .Replace("description: A helpline used by the tests.", "description: " + description));
        t.Write("guidance/second-page.md", TempContent.GuidanceMd
            .Replace("title: Getting help", "title: " + guidanceTitle)
            .Replace("summary: How to get help.", "summary: " + description));
        var (content, problems) = SiteBuilder.Check(t.Content, Checking.Today);
        Assert.False(problems.HasErrors, string.Join("\n", problems.Sorted()));
        var site = new SiteView(content, new PartialCache((_, _) => Task.FromResult("")));

        var language = LunrLanguage.For(code);
        var writer = new SearchIndexWriter(language);
        string script = Encoding.UTF8.GetString(writer.Write(site));
        const string prefix = "window.DirectoryPortalSearch=";
        Assert.StartsWith(prefix, script);
        using var shipped = JsonDocument.Parse(script[prefix.Length..].TrimEnd('\n', ';'));
        string ours = LunrOracle.Unpack(shipped.RootElement.GetProperty("index").GetRawText());

        var documents = SearchIndexWriter.Documents(site);
        Assert.Equal(4, documents.Count);
        var queries = queryList.Split('|');
        string corpus = LunrOracle.CorpusJson(SearchIndexWriter.Fields, documents, queries, LanguageOracle.Site(language));
        LunrIndexAssert.Equivalent(LunrOracle.Build(corpus), ours);
        Assert.Contains("\"pipeline\":[" + string.Join(',', language.PipelineNames.Select(LunrOracle.Quote)) + "]", ours);
        using var comparison = LunrOracle.Search(corpus, ours);
        LunrIndexAssert.SameSearchResults(comparison, queries, minimumQueriesWithResults: queries.Length);
    }

    [Fact]
    public void A_language_site_indexes_its_own_words_and_the_english_ones_as_lunr_does_and_searches_both()
    {
        // "zz" is a language the generator has no pipeline for: it gets the plain one (letters of every script kept,
        // Latin diacritics folded, nothing stemmed). Its words here are Polish.
        using var t = DirectoryPortal.Tests.Localize.Multilingual.Create();
        t.Write("services/test-helpline.zz.yml", "translation: draft\ndescription: Całodobowa infolinia dla osób doświadczających przemocy domowej.");
        t.Write("services/second-helpline.yml", TempContent.ServiceCopy("Second Line").Replace("A helpline used by the tests.", "Support after stalking."));
        var (content, problems) = SiteBuilder.Check(t.Content, Checking.Today, themeDirectory: Repo.Theme);
        Assert.False(problems.HasErrors, string.Join("\n", problems.Sorted()));
        var languages = DirectoryPortal.Localize.SiteLanguages.Resolve(content);
        var sites = languages.Select(l => new SiteView(DirectoryPortal.Localize.Localizer.Localize(content, l), new PartialCache((_, _) => Task.FromResult("")), l, languages)).ToList();
        var (english, zz) = (sites[0], sites[1]);

        var language = LunrLanguage.ForSite("zz");
        Assert.Equal(["dp-trimmer-unicode", "dp-fold-latin"], language.IndexPipeline.Labels);
        var writer = SearchIndexWriter.For(language);
        Assert.True(writer.Bilingual);
        Assert.Throws<ArgumentException>(() => writer.Write(zz));
        string script = Encoding.UTF8.GetString(writer.Write(zz, english));
        const string prefix = "window.DirectoryPortalSearch=";
        using var shipped = JsonDocument.Parse(script[prefix.Length..].TrimEnd('\n', ';'));
        string ours = LunrOracle.Unpack(shipped.RootElement.GetProperty("index").GetRawText());
        string data = "{" + string.Join(',', shipped.RootElement.EnumerateObject().Where(p => p.Name != "index").Select(p => LunrOracle.Quote(p.Name) + ":" + p.Value.GetRawText())) + "}";

        // Own fields hold only what is in the language; the English fields hold the English site's words.
        var documents = SearchIndexWriter.Documents(zz, english);
        var guidance = documents.Single(d => d.Fields["title_en"] == "Getting help");
        Assert.Equal("Gdzie szukać pomocy", guidance.Fields["title"]);
        var second = documents.Single(d => d.Fields["title_en"] == "Second Line");
        Assert.Equal("", second.Fields["title"] + second.Fields["body"]);
        Assert.Contains("stalking", second.Fields["body_en"]);

        var queries = new[] { "przemocy domowej", "przemoc*", "calodobowa infolinia", "stalking", "helpline", "gdzie szukac pomocy", "polski", "Polish" };
        string corpus = LunrOracle.CorpusJson(SearchIndexWriter.BilingualFields, documents, queries, LanguageOracle.Site(language));
        using var comparison = LunrOracle.SiteSearch(corpus, ours, data);
        string lunr = comparison.RootElement.GetProperty("index").GetRawText();
        LunrIndexAssert.Equivalent(lunr, ours);
        LunrIndexAssert.Identical(lunr, ours);
        LunrIndexAssert.SameSearchResults(comparison, queries, minimumQueriesWithResults: 6);
        // Typed in the language, the query puts the Polish match first; "stalking" is found in the English text alone.
        var results = comparison.RootElement.GetProperty("ours");
        Assert.True(results[0].GetProperty("tiered").GetBoolean());
        Assert.True(results[0].GetProperty("results")[0].GetProperty("own").GetBoolean());
        Assert.False(results[3].GetProperty("tiered").GetBoolean());
        Assert.Equal(documents.IndexOf(second).ToString(System.Globalization.CultureInfo.InvariantCulture), results[3].GetProperty("results")[0].GetProperty("ref").GetString());
    }
}
