using System.Text;

namespace DirectoryPortal.Tests.Index.Languages;

/// <summary>How people type a word without its diacritics or on another keyboard, and a word with extra marks.</summary>
/// <remarks>Written for the tests from how these languages are typed, independently of the generator's fold tables.</remarks>
internal static class Respelling
{
    private static readonly Dictionary<char, char> LatinPlain = Pairs(
        "ąćęłńóśźżăâîșțşţáéíúñüãõçêôàğıöİ",
        "acelnoszzaaiststaeiunuaoceoagioI");

    private static Dictionary<char, char> Pairs(string from, string to) =>
        from.Zip(to).ToDictionary(p => p.First, p => p.Second);

    /// <summary>The word as typed without diacritics (Latin), harakat or hamza seats (Arabic), on an Arabic keyboard
    /// (Urdu), or with two-part vowel signs and nukta letters in their parts (Bengali).</summary>
    public static string Plain(string code, string word) => code switch
    {
        "ar" => Map(word, c => c switch
        {
            >= '\u064B' and <= '\u0652' or '\u0640' => "",
            'أ' or 'إ' or 'آ' => "ا",
            'ة' => "ه",
            _ => null,
        }),
        "ur" => Map(word, c => c switch
        {
            >= '\u064B' and <= '\u0652' => "",
            'ی' => "ي",
            'ک' => "ك",
            'ہ' => "ه",
            _ => null,
        }),
        // Each two-part vowel sign and nukta letter in the other of its two canonically equivalent spellings.
        "bn" => Map(word
                .Replace("\u09A1\u09BC", "\u09DC").Replace("\u09A2\u09BC", "\u09DD").Replace("\u09AF\u09BC", "\u09DF")
                .Replace("\u09C7\u09BE", "\u09CB").Replace("\u09C7\u09D7", "\u09CC"),
            c => c switch
            {
                '\u09CB' => word.Contains('\u09CB') ? "\u09C7\u09BE" : null,
                '\u09CC' => word.Contains('\u09CC') ? "\u09C7\u09D7" : null,
                '\u09DC' => word.Contains('\u09DC') ? "\u09A1\u09BC" : null,
                '\u09DD' => word.Contains('\u09DD') ? "\u09A2\u09BC" : null,
                '\u09DF' => word.Contains('\u09DF') ? "\u09AF\u09BC" : null,
                _ => null,
            }),
        _ => Map(word, c => LatinPlain.TryGetValue(c, out char plain) ? plain.ToString() : null),
    };

    /// <summary>The word with marks people sometimes add: harakat and tatweel in Arabic and Urdu, a zero-width
    /// non-joiner in Bengali; Latin words come back unchanged.</summary>
    public static string Marked(string code, string word, Random random)
    {
        if (word.Length < 3) return word;
        int at = 1 + random.Next(word.Length - 2);
        return code switch
        {
            "ar" => word.Insert(at, random.Next(3) == 0 ? "\u0640" : "\u064E"),
            "ur" => word.Insert(at, "\u0650"),
            "bn" => word.Insert(at, "\u200C"),
            _ => word,
        };
    }

    private static string Map(string word, Func<char, string?> replace)
    {
        var output = new StringBuilder(word.Length + 4);
        foreach (char c in word) output.Append(replace(c) ?? c.ToString());
        return output.ToString();
    }
}
