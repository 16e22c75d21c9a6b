namespace DirectoryPortal.Index.Languages;

/// <summary>lunr-languages' Polish stemmer ("stemmer-pl"), which is not a Snowball one: four rounds of suffix stripping.</summary>
/// <remarks>
/// Written from how lunr.pl.js behaves, which the tests hold it to word by word:
/// R1 is the position two past the first vowel that is followed by a non-vowel (vowels: a e i o u y ą ę ó), or
/// the word's length. Then four suffix lists are tried in turn; in each, the first suffix in list order (not the
/// longest) that ends the word and leaves a stem at least as long as R1 and as the round's minimum is cut, and the
/// next round starts from what is left. R1 is not recomputed. Words under four letters are only lowercased.
/// </remarks>
public static class PolishStemmer
{
    private static readonly string[] Derivational =
    [
        "owaniami", "owaniach", "owaniem", "owania", "owanie", "owania", "owego", "owemu", "owych", "owym", "owej",
        "aniem", "eniach", "eniami", "aniem", "eniem", "aniu", "eniu", "anie", "enie",
    ];

    private static readonly string[] Adjectival =
    [
        "niejszego", "niejszemu", "niejszym", "niejszej", "niejsi", "niejsza", "niejsze", "niejszy", "iego", "iemu",
        "ymi", "ami", "ach", "ego", "owa", "owe", "owi", "iej", "ych", "owym", "owej", "owy", "owa", "owe", "ymi",
        "ami", "ach", "ym", "im",
    ];

    private static readonly string[] Nominal =
    [
        "owie", "owiek", "kami", "kach", "ami", "ach", "owie", "owie", "owi", "ami", "ach", "ów", "om", "em", "ie",
    ];

    private static readonly string[] Final = ["a", "e", "i", "y", "u", "ą", "ę"];

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        // lunr.pl lowercases again; the tokenizer has already, but a search term reaches it as typed.
        word = JsLowerCase.ToLower(word);
        if (word.Length < 4) return word;

        int r1 = R1(word);
        word = Strip(word, Derivational, r1, 4);
        word = Strip(word, Adjectival, r1, 4);
        word = Strip(word, Nominal, r1, 4);
        return Strip(word, Final, r1, 3);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ą' or 'ę' or 'ó';

    private static int R1(string word)
    {
        for (int i = 0; i < word.Length - 1; i++)
            if (IsVowel(word[i]) && !IsVowel(word[i + 1])) return i + 2;
        return word.Length;
    }

    private static string Strip(string word, string[] suffixes, int r1, int minimumStem)
    {
        foreach (string suffix in suffixes)
        {
            int stem = word.Length - suffix.Length;
            if (stem < minimumStem || stem < r1) continue;
            if (word.EndsWith(suffix, StringComparison.Ordinal)) return word[..stem];
        }

        return word;
    }
}
