using System.Text.Json;
using DirectoryPortal.Index.Languages;
using Xunit;
using Xunit.Abstractions;

namespace DirectoryPortal.Tests.Index.Languages;

/// <summary>Each language's stemmer, index pipeline and search pipeline against lunr-languages 1.22.0 and our lunr-unicode.js in node, word by word.</summary>
public sealed class LanguagePipelineTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(LanguageWords.CodeData), MemberType = typeof(LanguageWords))]
    public void Site_pipelines_match_node_word_for_word(string code)
    {
        var language = LunrLanguage.For(code);
        Compare(code, language, LanguageOracle.Site(language));
    }

    [Theory]
    [MemberData(nameof(LanguageWords.LunrLanguagesCodeData), MemberType = typeof(LanguageWords))]
    public void LunrLanguages_pipelines_match_lunr_use_word_for_word(string code)
    {
        var language = LunrLanguage.LunrLanguagesOnly(code);
        Compare(code, language, LanguageOracle.LunrLanguages(code));
    }

    private void Compare(string code, LunrLanguage language, string languageJson)
    {
        var words = LanguageWordList.For(code);
        Assert.True(words.Count >= LanguageWordList.Minimum, $"{code}: only {words.Count} words");
        string? stemmerLabel = LanguageOracle.StemmerLabel(language);
        var stemmer = stemmerLabel is null ? null : (TokenMap)language.IndexPipeline.Functions.Single(f => f.Label == stemmerLabel);
        using var node = LunrOracle.Analyze(languageJson, stemmerLabel, words);

        var mismatches = new List<string>();
        int stems = 0;
        foreach (var files in new[] { "source", "minified" })
        {
            var js = node.RootElement.GetProperty(files);
            Assert.Equal(language.PipelineNames, js.GetProperty("searchPipeline").EnumerateArray().Select(e => e.GetString()));
            for (int i = 0; i < words.Count; i++)
            {
                if (stemmer is not null)
                {
                    stems++;
                    Check(files + " stem", words[i], js.GetProperty("stems")[i].GetString(), stemmer.Map(words[i]));
                }

                Check(files + " index", words[i], js.GetProperty("index")[i].GetRawText(), Json(language.IndexTerms(words[i])));
                Check(files + " search", words[i], js.GetProperty("search")[i].GetRawText(), Json(language.SearchTerms(words[i])));
            }
        }

        output.WriteLine($"{code}: {words.Count} words; {stems / 2} stems, index and search terms compared with the package's sources and its minified files");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} differences:\n" + string.Join("\n", mismatches.Take(30)));

        void Check(string what, string word, string? expected, string actual)
        {
            if (expected != actual) mismatches.Add($"{what} {LunrOracle.Quote(word)}: node {expected}, ours {actual}");
        }
    }

    private static string Json(IEnumerable<string> terms) => "[" + string.Join(',', terms.Select(LunrOracle.Quote)) + "]";

    [Fact]
    public void Stop_word_lists_are_lunr_languages()
    {
        using var lists = LunrOracle.LanguageStopWords();
        foreach (string code in LanguageWords.LunrLanguagesCodes)
        {
            var expected = lists.RootElement.GetProperty(code).EnumerateArray().Select(w => w.GetString()!).Distinct().Order(StringComparer.Ordinal);
            var filter = (StopWordFilter)LunrLanguage.LunrLanguagesOnly(code).IndexPipeline.Functions.Single(f => f.Label == "stopWordFilter-" + code);
            Assert.Equal(expected, filter.Words.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Trimmers_and_folds_match_node_on_every_code_point()
    {
        using var node = LunrOracle.CodePoints();
        var root = node.RootElement;

        var wordRanges = Ranges(0, 0x10FFFF, UnicodeTrimmer.IsWordCodePoint);
        Assert.Equal(root.GetProperty("unicodeWord").GetRawText(), wordRanges);
        Assert.Equal(
            root.GetProperty("unicodeTrimPairs").EnumerateArray().Select(e => e.GetString()),
            new[] { "a\uD800", "\uDC00a", "\uD83D\uDE00a\uD83D", "\u0915\u094D\u200D", "\uD804\uDD03\uD804\uDD27" }.Select(UnicodeTrimmer.Instance.Map));

        foreach (string code in LanguageWords.LunrLanguagesCodes)
        {
            var trimmer = (TokenMap)LunrLanguage.LunrLanguagesOnly(code).IndexPipeline.Functions[0];
            Assert.Equal(root.GetProperty("trimmers").GetProperty(code).GetRawText(), Ranges(0, 0xFFFF, c => trimmer.Map(((char)c).ToString()).Length > 0));
        }

        var folds = new Dictionary<string, DiacriticFold>
        {
            ["latin"] = (DiacriticFold)LunrLanguage.For("pl").SearchPipeline.Functions[^1],
            ["ar"] = (DiacriticFold)LunrLanguage.For("ar").SearchPipeline.Functions[^1],
            ["ur"] = (DiacriticFold)LunrLanguage.For("ur").SearchPipeline.Functions[^1],
            ["bn"] = (DiacriticFold)LunrLanguage.For("bn").SearchPipeline.Functions[^1],
        };
        foreach (var (name, fold) in folds)
        {
            var js = root.GetProperty("folds").GetProperty(name).EnumerateObject().ToDictionary(p => int.Parse(p.Name), p => p.Value.GetString());
            var ours = new Dictionary<int, string?>();
            for (int c = 0; c <= 0xFFFF; c++)
            {
                string s = ((char)c).ToString();
                string folded = fold.Map(s);
                if (folded != s) ours[c] = folded;
            }

            Assert.Equal(js.OrderBy(p => p.Key), ours.OrderBy(p => p.Key));
            output.WriteLine($"dp-fold-{name}: {ours.Count} code points changed, the same in node");
        }
    }

    private static string Ranges(int from, int to, Func<int, bool> test)
    {
        var ranges = new List<(int First, int Last)>();
        for (int cp = from; cp <= to; cp++)
        {
            if (!test(cp)) continue;
            if (ranges.Count > 0 && ranges[^1].Last == cp - 1) ranges[^1] = (ranges[^1].First, cp);
            else ranges.Add((cp, cp));
        }

        return "[" + string.Join(',', ranges.Select(r => $"[{r.First},{r.Last}]")) + "]";
    }

    [Fact]
    public void Our_stop_words_are_written_folded()
    {
        foreach (string code in new[] { "bn", "ur" })
        {
            var language = LunrLanguage.For(code);
            var fold = (DiacriticFold)language.IndexPipeline.Functions[1];
            var filter = (StopWordFilter)language.IndexPipeline.Functions[2];
            Assert.All(filter.Words, w => Assert.Equal(w, fold.Map(w)));
            Assert.All(filter.Words.Where(w => w.Length > 0), w => Assert.Empty(language.IndexTerms(w)));
        }
    }
}
