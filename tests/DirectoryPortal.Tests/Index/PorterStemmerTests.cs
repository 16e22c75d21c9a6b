using System.Text.Json;
using DirectoryPortal.Index;
using Xunit;

namespace DirectoryPortal.Tests.Index;

/// <summary>Our Porter stemmer against lunr.stemmer, word for word.</summary>
public sealed class PorterStemmerTests
{
    // Roots chosen so that root + suffix reaches every rule of every step, including the odd ones
    // (y handling, double consonants, -eed, the measure conditions).
    private static readonly string[] Roots =
    [
        "abuse", "advice", "agree", "care", "child", "condition", "conflat", "control", "cry", "digit", "electric",
        "fail", "fil", "fizz", "force", "formal", "generous", "happ", "hop", "hope", "hiss", "marr", "national",
        "operat", "plaster", "relat", "rate", "roll", "sens", "sky", "troubl", "tan", "yell", "youth", "syzyg",
        "feed", "bleed", "sing", "motor", "size", "allow", "infer", "airlin", "gyroscop", "adjust", "defens",
        "irrit", "replac", "depend", "adopt", "homolog", "commun", "activ", "angular", "effect", "bowdler",
        "prob", "ceas", "dependenc", "organis", "volunteer", "survivor", "shelter", "tenan", "lawyer", "women",
        "abc", "xyz", "aaa", "eee", "yyy", "y", "ye", "be", "by", "say", "buy", "toy", "boy", "key", "eye",
    ];

    private static readonly string[] Suffixes =
    [
        "", "s", "es", "ies", "sses", "ss", "ed", "eed", "ing", "ly", "y", "e", "er", "ness", "ful", "fulness",
        "ation", "ational", "tional", "ization", "izer", "ize", "alism", "aliti", "iviti", "biliti", "iveness",
        "ousness", "ousli", "entli", "eli", "alli", "bli", "logi", "enci", "anci", "icate", "ative", "alize",
        "iciti", "ical", "al", "ance", "ence", "able", "ible", "ant", "ement", "ment", "ent", "sion", "tion",
        "ou", "ism", "ate", "iti", "ous", "ive", "ll", "ings", "edly",
    ];

    private static readonly string[] Oddities =
    [
        "", "a", "ab", "Y", "YES", "Yellow", "yield", "yy", "yyy", "caresses", "ponies", "ties", "caress", "cats",
        "agreed", "plastered", "bled", "motoring", "conflated", "troubled", "sized", "hopping", "tanned", "falling",
        "hissing", "fizzed", "failing", "filing", "happy", "sky", "vietnamization", "predication", "callousness",
        "triplicate", "electriciti", "revival", "allowance", "adoption", "bowdlerize", "probate", "cease",
        "controll", "generalizations", "oscillators", "naïve", "résumé", "straße", "i̇stanbul", "don't", "o'neill",
        "2024", "1st", "10th", "__init__", "snake_case", "a-b", "ab\ncd", "x\u2028ying", "ssssss", "iiiiies",
        "\uD800ing", "😀ing", "ΣΊΣΥΦΟΣ", "aeiouy", "qwrtp", "eeeeed", "ying", "yed", "yes", "yies",
    ];

    public static IEnumerable<string> Words() =>
        Roots.SelectMany(root => Suffixes.Select(suffix => root + suffix)).Concat(Oddities).Distinct();

    [Fact]
    public void Stems_every_word_as_lunr_does()
    {
        var words = Words().ToList();
        Assert.True(words.Count >= 300);
        using var expected = LunrOracle.Stem(words);

        var mismatches = new List<string>();
        for (int i = 0; i < words.Count; i++)
        {
            string lunr = expected.RootElement[i].GetRawText();
            string ours = LunrOracle.Quote(PorterStemmer.Stem(words[i]));
            if (lunr != ours) mismatches.Add($"{LunrOracle.Quote(words[i])}: lunr {lunr}, ours {ours}");
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {words.Count} stems differ:\n" + string.Join("\n", mismatches.Take(30)));
    }

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("agreed", "agre")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("generalizations", "gener")]
    [InlineData("yelling", "yell")]
    [InlineData("marriage", "marriag")]
    [InlineData("forced", "forc")]
    [InlineData("by", "by")]
    public void Known_stems(string word, string stem)
    {
        Assert.Equal(stem, PorterStemmer.Stem(word));
    }

    [Fact]
    public void Null_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => PorterStemmer.Stem(null!));
    }
}
