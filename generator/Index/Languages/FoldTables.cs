using System.Collections.Frozen;

namespace DirectoryPortal.Index.Languages;

/// <summary>What each <see cref="DiacriticFold"/> rewrites; lunr-unicode.js holds the same tables.</summary>
/// <remarks>
/// Terms are lowercase by the time they are folded (lunr's tokenizer lowercases), so only lowercase letters are
/// listed. Every script's fold starts from the Latin one, since any page can carry a Latin name or word.
/// </remarks>
internal static class FoldTables
{
    // Lowercase Latin letters whose canonical decomposition is an ASCII letter and combining marks (Latin-1,
    // Extended-A and -B, Extended Additional), then the letters with a stroke or no dot that do not decompose.
    private const string LatinFrom =
        "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻ" +
        "ȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕẖẗẘẙ" +
        "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ" +
        "łıđøħŧ";

    private const string LatinTo =
        "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgna" +
        "aaeeiioorruusthaeooooyabbbcdddddeeeeefghhhhhiikkkllllmmmnnnnoooopprrrrsssssttttuuuuuvvwwwwwxxyzzzhtwy" +
        "aaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyy" +
        "lidoht";

    /// <summary>Polish, Romanian, Spanish, Portuguese, Turkish: accents, cedillas, ogoneks, dots and strokes, and loose combining marks.</summary>
    public static readonly DiacriticFold Latin = new("dp-fold-latin", Build(LatinPairs()));

    /// <summary>Arabic: harakat, superscript alef and tatweel go; alef and hamza forms become what lunr-languages' stemmer
    /// makes of the first one; teh marbuta becomes heh, as it is often typed; Arabic-Indic digits become ASCII.</summary>
    public static readonly DiacriticFold Arabic = new("dp-fold-ar", Build(LatinPairs()
        .Concat(Remove(0x064B, 0x065F)).Concat(Remove(0x0670, 0x0670)).Concat(Remove(0x0640, 0x0640))
        .Concat(Replace("\u0622\u0623\u0625\u0671\u0649", "\u0627"))
        .Concat(Replace("\u0624\u0626", "\u0621"))
        .Concat(Replace("\u0629", "\u0647"))
        .Concat(Digits(0x0660)).Concat(Digits(0x06F0))));

    /// <summary>Urdu: harakat, tatweel and joiners go; hamza and madda forms lose them; Arabic-keyboard yeh, kaf and heh become Urdu's; digits become ASCII.</summary>
    public static readonly DiacriticFold Urdu = new("dp-fold-ur", Build(LatinPairs()
        .Concat(Remove(0x064B, 0x065F)).Concat(Remove(0x0670, 0x0670)).Concat(Remove(0x0640, 0x0640)).Concat(Remove(0x200C, 0x200D))
        .Concat(Replace("\u0622\u0623\u0625\u0671", "\u0627"))
        .Concat(Replace("\u0624", "\u0648"))
        .Concat(Replace("\u0626\u064A\u0649", "\u06CC"))
        .Concat(Replace("\u0643", "\u06A9"))
        .Concat(Replace("\u0647\u06C0\u06C2", "\u06C1"))
        .Concat(Replace("\u06D3", "\u06D2"))
        .Concat(Digits(0x0660)).Concat(Digits(0x06F0))));

    /// <summary>Bengali: joiners go; two-part vowel signs, nukta letters and khanda ta are written out in their parts (as NFD does); digits become ASCII.</summary>
    public static readonly DiacriticFold Bengali = new("dp-fold-bn", Build(LatinPairs()
        .Concat(Remove(0x200C, 0x200D))
        .Append(('\u09CB', "\u09C7\u09BE")).Append(('\u09CC', "\u09C7\u09D7"))
        .Append(('\u09DC', "\u09A1\u09BC")).Append(('\u09DD', "\u09A2\u09BC")).Append(('\u09DF', "\u09AF\u09BC"))
        .Append(('\u09CE', "\u09A4\u09CD"))
        .Concat(Digits(0x09E6))));

    private static IEnumerable<(char, string)> LatinPairs()
    {
        for (int i = 0; i < LatinFrom.Length; i++) yield return (LatinFrom[i], LatinTo[i].ToString());
        foreach (var pair in Remove(0x0300, 0x036F)) yield return pair;
    }

    private static IEnumerable<(char, string)> Remove(int first, int last)
    {
        for (int c = first; c <= last; c++) yield return ((char)c, "");
    }

    private static IEnumerable<(char, string)> Replace(string characters, string with) => characters.Select(c => (c, with));

    private static IEnumerable<(char, string)> Digits(int zero)
    {
        for (int d = 0; d < 10; d++) yield return ((char)(zero + d), ((char)('0' + d)).ToString());
    }

    private static FrozenDictionary<char, string> Build(IEnumerable<(char From, string To)> pairs)
    {
        var map = new Dictionary<char, string>();
        foreach (var (from, to) in pairs)
            if (!map.TryAdd(from, to)) throw new InvalidOperationException($"U+{(int)from:X4} is listed twice in a fold table.");
        return map.ToFrozenDictionary();
    }
}
