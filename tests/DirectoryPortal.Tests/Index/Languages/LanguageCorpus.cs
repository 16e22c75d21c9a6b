using System.Globalization;
using System.Text;
using DirectoryPortal.Index;

namespace DirectoryPortal.Tests.Index.Languages;

/// <summary>Deterministic directory-like documents in one language, as <see cref="GeneratedCorpus"/> makes them in English.</summary>
internal static class LanguageCorpus
{
    public const int DocumentCount = 500;

    private static readonly Dictionary<string, string[]> Punctuation = new()
    {
        ["ar"] = ["،", ".", "؟", "؛", ":", "!"],
        ["ur"] = ["،", "۔", "؟", ":", "!"],
        ["bn"] = [",", "।", "?", ":", "!"],
    };

    private static readonly string[] LatinPunctuation = [",", ".", "?", ";", ":", "!", "…"];

    public static List<SearchDocument> Create(string code, int count = DocumentCount, int seed = 20261130)
    {
        var words = LanguageWords.For(code);
        var random = new Random(seed + code[0] * 31 + code[1]);
        var inflections = words.Inflections().Distinct().OrderBy(w => w, StringComparer.Ordinal).ToArray();
        // Whole words mostly, inflected forms sometimes, shuffled so which words are common depends on the seed.
        var vocabulary = words.Words.Concat(Enumerable.Range(0, 400).Select(_ => inflections[random.Next(inflections.Length)]))
            .OrderBy(_ => random.Next()).ToArray();
        var marks = Punctuation.TryGetValue(code, out var p) ? p : LatinPunctuation;

        var documents = new List<SearchDocument>(count);
        for (int i = 0; i < count; i++)
        {
            var fields = new Dictionary<string, string> { ["title"] = Sentence(random, code, vocabulary, random.Next(2, 8)) };
            if (random.Next(10) != 0) fields["keywords"] = string.Join(random.Next(2) == 0 ? ", " : " ", Enumerable.Range(0, random.Next(2, 8)).Select(_ => Word(random, code, vocabulary)));
            fields["body"] = random.Next(25) == 0 ? "" : Paragraph(random, code, vocabulary, marks, random.Next(20, 140));
            string reference = random.Next(2) == 0 ? i.ToString(CultureInfo.InvariantCulture) : $"/{code}/entry-{i}/";
            documents.Add(new SearchDocument(reference, fields));
        }

        return documents;
    }

    private static string Paragraph(Random random, string code, string[] vocabulary, string[] marks, int words)
    {
        var text = new StringBuilder();
        while (words > 0)
        {
            int length = Math.Min(words, random.Next(4, 16));
            if (text.Length > 0) text.Append(random.Next(8) == 0 ? "\n\n" : " ");
            text.Append(Sentence(random, code, vocabulary, length)).Append(marks[random.Next(marks.Length)]);
            words -= length;
        }

        return text.ToString();
    }

    private static string Sentence(Random random, string code, string[] vocabulary, int words)
    {
        var parts = new string[words];
        for (int i = 0; i < words; i++)
        {
            string word = Word(random, code, vocabulary);
            if (random.Next(20) == 0) word = word.ToUpperInvariant();
            else if (random.Next(8) == 0 || i == 0) word = char.ToUpperInvariant(word[0]) + word[1..];
            if (random.Next(30) == 0) word = "«" + word + "»";
            else if (random.Next(40) == 0) word = "(" + word + ")";
            parts[i] = word;
        }

        return string.Join(random.Next(25) == 0 ? " - " : " ", parts);
    }

    // Squared draws favour the front of the list, giving common and rare words; some are respelled as people type.
    private static string Word(Random random, string code, string[] vocabulary)
    {
        double r = random.NextDouble();
        string word = vocabulary[(int)(r * r * vocabulary.Length)];
        return random.Next(7) switch
        {
            0 => Respelling.Plain(code, word),
            1 when random.Next(2) == 0 => Respelling.Marked(code, word, random),
            _ => word,
        };
    }
}
