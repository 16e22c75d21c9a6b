using DirectoryPortal.Index;
using DirectoryPortal.Index.Languages;
using Xunit;

namespace DirectoryPortal.Tests.Index.Languages;

/// <summary>A generated corpus per language, indexed by our builder and by lunr.js with lunr-languages (and lunr-unicode.js):
/// the same JSON, and the same results in the same order for the language's queries.</summary>
public sealed class LanguageIndexTests
{
    [Theory]
    [MemberData(nameof(LanguageWords.CodeData), MemberType = typeof(LanguageWords))]
    public void Site_index_and_searches_match_lunr(string code)
    {
        var language = LunrLanguage.For(code);
        Check(code, language, LanguageOracle.Site(language));
    }

    [Theory]
    [MemberData(nameof(LanguageWords.LunrLanguagesCodeData), MemberType = typeof(LanguageWords))]
    public void LunrLanguages_index_and_searches_match_lunr_use(string code)
    {
        Check(code, LunrLanguage.LunrLanguagesOnly(code), LanguageOracle.LunrLanguages(code));
    }

    private static void Check(string code, LunrLanguage language, string languageJson)
    {
        var documents = LanguageCorpus.Create(code);
        Assert.True(documents.Count >= 500);
        var queries = Queries(code);
        string corpus = LunrOracle.CorpusJson(GeneratedCorpus.Fields, documents, queries, languageJson);
        string ours = new LunrIndexBuilder(GeneratedCorpus.Fields, language).BuildJson(documents);
        using var comparison = LunrOracle.BuildAndSearch(corpus, ours);
        string lunr = comparison.RootElement.GetProperty("index").GetRawText();

        LunrIndexAssert.Equivalent(lunr, ours);
        LunrIndexAssert.Identical(lunr, ours);
        LunrIndexAssert.SameSearchResults(comparison, queries, minimumQueriesWithResults: queries.Count * 2 / 3);
    }

    // The language's written queries (fields, required and excluded terms, edit distance, wildcards, queries
    // typed without diacritics), then single words from the corpus as they are and as people type them.
    internal static List<string> Queries(string code)
    {
        var words = LanguageWords.For(code);
        var random = new Random(11);
        var queries = words.Queries.ToList();
        for (int i = 0; i < 10; i++)
        {
            string word = words.Words[random.Next(words.Words.Length)];
            queries.Add(word);
            queries.Add(Respelling.Plain(code, word));
        }

        queries.Add(words.Words[0][..2] + "*");
        queries.Add(words.Words[1] + "~1");
        return queries.Distinct().ToList();
    }
}
