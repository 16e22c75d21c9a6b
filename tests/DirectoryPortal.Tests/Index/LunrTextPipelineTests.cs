using System.Globalization;
using DirectoryPortal.Index;
using Xunit;

namespace DirectoryPortal.Tests.Index;

/// <summary>Tokenizer, lowercasing, trimmer and stop words against lunr.js on awkward text.</summary>
public sealed class LunrTextPipelineTests
{
    private static readonly string[] Texts =
    [
        "The Quick-Brown fox -- jumps---over the lazy dog's back.",
        "tab\there\nnew\r\nline\u00A0nbsp\u2003em\u200Bzero\u0085nel\u180Emongolian\uFEFFbom\u3000cjk\u2028ls\u2029ps\vvt\fff\u1680ogham\u202Fnnbsp\u205Fmmsp",
        "en\u2010dash em\u2014dash minus\u2212sign soft\u00ADhyphen fig\u2012dash",
        "XΣ1Y XΣ.Y XΣ'S XΣ Σ ΑΣ ΣΑ aΣ\u0301b aΣ\u0301 ªΣ1 ΟΔΟΣ ΣΊΣΥΦΟΣ",
        "İstanbul KELVIN\u212A \u212Aelvin ǅungla ǈ ǋ ß ẞ ﬁ ﬀ Ω Å",
        "𐐀𐐁𐐂 a𐐀b 𞤀𞤁 a\uD800b c\uDC00d \uD83D\uDE00 😀x",
        "... !!! & — ‘’ \"\" () [] {} <> / \\ | # @ ___ _a_ a_",
        "café naïve résumé façade Zürich São ÆSIR œuvre",
        "the a an and of to in is it was were be been being I me my myself yours",
        "constructor __proto__ toString hasOwnProperty valueOf prototype",
        "2024 1,000 3.14 1st 10% $100 +44 0x1F ½ ² ٣ ¹²³",
        "",
        "   ",
        "-",
        "a",
        "\u0130\u0130\u0130 \u03A3\u03A3\u03A3",
    ];

    [Fact]
    public void Terms_match_lunr_tokenizer_and_pipeline()
    {
        using var expected = LunrOracle.Pipeline(Texts);
        var mismatches = new List<string>();
        for (int i = 0; i < Texts.Length; i++)
        {
            string lunr = expected.RootElement[i].GetRawText();
            string ours = "[" + string.Join(',', LunrTextPipeline.Terms(Texts[i]).Select(LunrOracle.Quote)) + "]";
            if (lunr != ours) mismatches.Add($"{LunrOracle.Quote(Texts[i])}\n  lunr: {lunr}\n  ours: {ours}");
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void Lowercasing_matches_javascript_for_every_code_point()
    {
        using var expected = LunrOracle.Lowercase();
        var js = expected.RootElement.EnumerateArray().ToDictionary(e => e[0].GetInt32(), e => e[1].GetString()!);
        Assert.True(js.Count > 1000, "node reported suspiciously few lowercase mappings");

        var mismatches = new List<string>();
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF) continue;
            string original = char.ConvertFromUtf32(cp);
            string expectedLower = js.TryGetValue(cp, out var lower) ? lower : original;
            string ours = JsLowerCase.ToLower(cp);
            if (ours != expectedLower) mismatches.Add($"U+{cp:X4}: js {Hex(expectedLower)}, ours {Hex(ours)}");
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} code points differ:\n" + string.Join("\n", mismatches.Take(40)));
    }

    [Fact]
    public void Stop_word_list_is_lunrs()
    {
        using var lunr = LunrOracle.StopWords();
        var expected = lunr.RootElement.EnumerateArray().Select(w => w.GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal(expected, LunrStopWords.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Stop_words_leave_no_term_in_lunr_or_here()
    {
        using var lunr = LunrOracle.Pipeline(LunrStopWords.All);
        Assert.All(lunr.RootElement.EnumerateArray(), terms => Assert.Equal(0, terms.GetArrayLength()));
        Assert.All(LunrStopWords.All, word => Assert.Empty(LunrTextPipeline.Terms(word.ToUpperInvariant() + ",")));
    }

    private static string Hex(string s) => string.Join(" ", s.EnumerateRunes().Select(r => r.Value.ToString("X4", CultureInfo.InvariantCulture)));
}
