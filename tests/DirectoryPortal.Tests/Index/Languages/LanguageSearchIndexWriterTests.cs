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
}
