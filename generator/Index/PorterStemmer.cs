using System.Text.RegularExpressions;

namespace DirectoryPortal.Index;

/// <summary>lunr's English Porter stemmer, exposed for tests and query-side synonym work.</summary>
public static partial class PorterStemmer
{
    // lunr's stemmer is a regular-expression rendering of Porter (1980) with its own quirks, and the
    // browser only finds what the index holds if stems agree exactly, so each step uses the same pattern
    // rather than a textbook implementation. The patterns differ from the JS ones only in spelling: JS '.'
    // becomes AnyChar (JS '.' excludes four line terminators, .NET's only '\n'), and JS '$' becomes \z
    // (.NET '$' also matches before a trailing '\n').
    //
    // A consonant run starts with anything but a, e, i, o, u and a vowel run with a vowel or y, so y is a
    // vowel after a consonant and a consonant after a vowel: Porter's y rule, as lunr encodes it.
    private const string AnyChar = @"[^\n\r\u2028\u2029]";
    private const string ConsonantRun = "[^aeiou][^aeiouy]*";
    private const string VowelRun = "[aeiouy][aeiou]*";

    /// <summary>Stems one lowercase token; tokens shorter than three characters are returned as they are.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3) return word;

        // A leading y is a consonant; capitalising it keeps every vowel class from matching it.
        bool leadingY = word[0] == 'y';
        string w = leadingY ? "Y" + word[1..] : word;

        w = Step1a(w);
        w = Step1b(w);
        w = Step1c(w);
        w = ReplaceSuffix(w, Step2Pattern(), Step2Replacement);
        w = ReplaceSuffix(w, Step3Pattern(), Step3Replacement);
        w = Step4(w);
        w = Step5(w);

        return leadingY ? "y" + w[1..] : w;
    }

    // sses -> ss, ies -> i, and a plural s goes unless it follows another s.
    private static string Step1a(string w)
    {
        var match = SsesOrIesPattern().Match(w);
        if (!match.Success) match = PluralSPattern().Match(w);
        return match.Success ? match.Groups[1].Value + match.Groups[2].Value : w;
    }

    // eed -> ee when the stem has a measure; otherwise ed/ing go when the stem holds a vowel, and the
    // stem is then tidied (conflat(ed) -> conflate, hopp(ing) -> hop, fil(ing) -> file).
    private static string Step1b(string w)
    {
        var eed = EedPattern().Match(w);
        if (eed.Success)
        {
            // Only the "eed" branch is considered once it matches, even when its condition fails.
            return MeasureAtLeastOne().IsMatch(eed.Groups[1].Value) ? w[..^1] : w;
        }

        var edIng = EdOrIngPattern().Match(w);
        if (!edIng.Success) return w;

        string stem = edIng.Groups[1].Value;
        if (!ContainsVowel().IsMatch(stem)) return w;

        if (AtBlIzEnding().IsMatch(stem)) return stem + "e";
        if (DoubleConsonantEnding().IsMatch(stem)) return stem[..^1];
        if (ConsonantVowelConsonantWord().IsMatch(stem)) return stem + "e";
        return stem;
    }

    // A final y after a consonant becomes i (happy -> happi), but never the word's only letter.
    private static string Step1c(string w)
    {
        var match = YAfterConsonantPattern().Match(w);
        return match.Success ? match.Groups[1].Value + "i" : w;
    }

    // Steps 2 and 3: swap a suffix when the remaining stem has measure > 0.
    private static string ReplaceSuffix(string w, Regex pattern, Func<string, string> replacement)
    {
        var match = pattern.Match(w);
        if (!match.Success) return w;

        string stem = match.Groups[1].Value;
        return MeasureAtLeastOne().IsMatch(stem) ? stem + replacement(match.Groups[2].Value) : w;
    }

    private static string Step2Replacement(string suffix) => suffix switch
    {
        "ational" => "ate",
        "tional" => "tion",
        "enci" => "ence",
        "anci" => "ance",
        "izer" => "ize",
        "bli" => "ble",
        "alli" => "al",
        "entli" => "ent",
        "eli" => "e",
        "ousli" => "ous",
        "ization" => "ize",
        "ation" => "ate",
        "ator" => "ate",
        "alism" => "al",
        "iveness" => "ive",
        "fulness" => "ful",
        "ousness" => "ous",
        "aliti" => "al",
        "iviti" => "ive",
        "biliti" => "ble",
        "logi" => "log",
        _ => throw new InvalidOperationException("Unexpected step 2 suffix " + suffix),
    };

    private static string Step3Replacement(string suffix) => suffix switch
    {
        "icate" => "ic",
        "ative" => "",
        "alize" => "al",
        "iciti" => "ic",
        "ical" => "ic",
        "ful" => "",
        "ness" => "",
        _ => throw new InvalidOperationException("Unexpected step 3 suffix " + suffix),
    };

    // Drop a suffix when the stem has measure > 1; -ion only after s or t. As in lunr, when a listed
    // suffix matches but the measure is too small, the -ion rule is not tried.
    private static string Step4(string w)
    {
        var match = Step4Pattern().Match(w);
        if (match.Success)
        {
            string stem = match.Groups[1].Value;
            return MeasureAtLeastTwo().IsMatch(stem) ? stem : w;
        }

        match = IonPattern().Match(w);
        if (!match.Success) return w;

        string ionStem = match.Groups[1].Value + match.Groups[2].Value;
        return MeasureAtLeastTwo().IsMatch(ionStem) ? ionStem : w;
    }

    // Drop a final e (m > 1, or m = 1 unless the stem ends consonant-vowel-consonant), then turn a
    // final ll into l when m > 1.
    private static string Step5(string w)
    {
        var match = FinalEPattern().Match(w);
        if (match.Success)
        {
            string stem = match.Groups[1].Value;
            bool drop = MeasureAtLeastTwo().IsMatch(stem)
                || (MeasureExactlyOne().IsMatch(stem) && !ConsonantVowelConsonantWord().IsMatch(stem));
            if (drop) w = stem;
        }

        return DoubleLEnding().IsMatch(w) && MeasureAtLeastTwo().IsMatch(w) ? w[..^1] : w;
    }

    // Porter's measure m counts vowel-run/consonant-run pairs: [C](VC){m}[V].
    [GeneratedRegex("^(" + ConsonantRun + ")?" + VowelRun + ConsonantRun)]
    private static partial Regex MeasureAtLeastOne();

    [GeneratedRegex("^(" + ConsonantRun + ")?" + VowelRun + ConsonantRun + "(" + VowelRun + @")?\z")]
    private static partial Regex MeasureExactlyOne();

    [GeneratedRegex("^(" + ConsonantRun + ")?" + VowelRun + ConsonantRun + VowelRun + ConsonantRun)]
    private static partial Regex MeasureAtLeastTwo();

    [GeneratedRegex("^(" + ConsonantRun + ")?[aeiouy]")]
    private static partial Regex ContainsVowel();

    // Whole word of the form consonant-run, vowel, then one consonant other than w, x or y.
    [GeneratedRegex("^" + ConsonantRun + @"[aeiouy][^aeiouwxy]\z")]
    private static partial Regex ConsonantVowelConsonantWord();

    [GeneratedRegex("^(" + AnyChar + @"+?)(ss|i)es\z")]
    private static partial Regex SsesOrIesPattern();

    [GeneratedRegex("^(" + AnyChar + @"+?)([^s])s\z")]
    private static partial Regex PluralSPattern();

    [GeneratedRegex("^(" + AnyChar + @"+?)eed\z")]
    private static partial Regex EedPattern();

    [GeneratedRegex("^(" + AnyChar + @"+?)(ed|ing)\z")]
    private static partial Regex EdOrIngPattern();

    [GeneratedRegex(@"(at|bl|iz)\z")]
    private static partial Regex AtBlIzEnding();

    [GeneratedRegex(@"([^aeiouylsz])\1\z")]
    private static partial Regex DoubleConsonantEnding();

    [GeneratedRegex("^(" + AnyChar + @"+?[^aeiou])y\z")]
    private static partial Regex YAfterConsonantPattern();

    [GeneratedRegex("^(" + AnyChar + "+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)" + @"\z")]
    private static partial Regex Step2Pattern();

    [GeneratedRegex("^(" + AnyChar + @"+?)(icate|ative|alize|iciti|ical|ful|ness)\z")]
    private static partial Regex Step3Pattern();

    [GeneratedRegex("^(" + AnyChar + @"+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\z")]
    private static partial Regex Step4Pattern();

    [GeneratedRegex("^(" + AnyChar + @"+?)(s|t)(ion)\z")]
    private static partial Regex IonPattern();

    [GeneratedRegex("^(" + AnyChar + @"+?)e\z")]
    private static partial Regex FinalEPattern();

    [GeneratedRegex(@"ll\z")]
    private static partial Regex DoubleLEnding();
}
