using System.Globalization;
using DirectoryPortal.Index;

namespace DirectoryPortal.Tests.Index;

/// The generated corpus with thousands of made-up names and numbers mixed in, as a city-wide directory has
/// (organisation and place names, phone numbers): a vocabulary big enough to fill many term parts, with
/// neighbours one or two edits apart, so wildcard and fuzzy queries reach across parts.
internal static class LargeVocabularyCorpus
{
    private static readonly string[] Onsets = ["b", "br", "c", "ch", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "sh", "st", "t", "th", "v", "w", "z", ""];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ee"];
    private static readonly string[] Codas = ["", "n", "r", "l", "s", "m", "nd", "rt", "x", "ck"];

    /// The made-up words, in order of how often they are used (the first are common, most are rare).
    public static string[] Names(int seed, int count)
    {
        var random = new Random(seed);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (names.Count < count)
        {
            var word = "";
            for (int s = random.Next(2, 4); s > 0; s--)
                word += Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)] + Codas[random.Next(Codas.Length)];
            names.Add(word);
        }
        return names.ToArray();
    }

    public static List<SearchDocument> Create(int count, int seed, string[] names)
    {
        var random = new Random(seed);
        var documents = GeneratedCorpus.Create(count, seed);
        return documents.Select(d =>
        {
            var fields = new Dictionary<string, string>(d.Fields);
            fields["title"] = Name(random, names) + " " + fields["title"];
            var extra = string.Join(" ", Enumerable.Range(0, random.Next(2, 10)).Select(_ => Name(random, names)));
            var phone = $"0{random.Next(200, 999)} {random.Next(100, 999)} {random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture)}";
            fields["body"] = fields["body"] + " " + extra + " Call " + phone + ".";
            return new SearchDocument(d.Ref, fields);
        }).ToList();
    }

    // Skewed like real names: a few very common, a long tail seen once or twice.
    private static string Name(Random random, string[] names)
    {
        double r = random.NextDouble();
        return names[(int)(r * r * r * names.Length)];
    }
}
