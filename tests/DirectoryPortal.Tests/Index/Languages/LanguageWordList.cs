using DirectoryPortal.Index;

namespace DirectoryPortal.Tests.Index.Languages;

/// <summary>At least 5,000 distinct words in one language for comparing stemmers and pipelines token by token.</summary>
internal static class LanguageWordList
{
    public const int Minimum = 5000;

    // Enough to be well past the minimum while keeping node quick: lunr.ar's stemmer re-splits its stop-word
    // list for every word.
    private const int Maximum = 6500;

    /// <summary>The corpus's tokens by falling frequency (a frequency list of the generated text), then inflections
    /// of the language's words, each also as typed without diacritics and with extra marks.</summary>
    public static List<string> For(string code)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in LanguageCorpus.Create(code))
            foreach (var text in document.Fields.Values)
                foreach (var token in LunrTokenizer.Tokenize(text))
                    frequency[token] = frequency.GetValueOrDefault(token) + 1;

        var random = new Random(7);
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string word)
        {
            if (word.Length > 0 && seen.Add(word)) words.Add(word);
        }

        foreach (var (token, _) in frequency.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal)) Add(token);
        // Shuffled so that the words kept are spread over the whole language, not the first few roots.
        foreach (var form in LanguageWords.For(code).Inflections().Distinct().OrderBy(_ => random.Next()))
        {
            Add(form);
            Add(Respelling.Plain(code, form));
            Add(Respelling.Marked(code, form, random));
            if (words.Count >= Maximum) break;
        }

        return words;
    }
}
