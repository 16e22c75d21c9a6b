using System.Collections.Frozen;
using System.Text;

namespace DirectoryPortal.Index.Languages;

/// <summary>Our last pipeline step: rewrites a term without diacritics and letter variants, so a query typed without them finds text with them.</summary>
/// <remarks>
/// It runs in both the index and the search pipeline, after the stemmer, so the stemmer always sees the word as it
/// was written and both sides end in the same folded form. In an index pipeline it also drops an
/// <see cref="UnaccentedCopy"/> whose term came out the same as its original's, so a word is counted once.
/// The mapping is a fixed table (see <see cref="FoldTables"/>), not Unicode normalisation: the generator runs
/// with invariant globalization, which has no normaliser, and a browser's normalize() follows its own Unicode
/// version; the table is identical in C# and in lunr-unicode.js, and the tests check every BMP code point.
/// </remarks>
public sealed class DiacriticFold : TokenMap
{
    private readonly FrozenDictionary<char, string> _map;

    internal DiacriticFold(string label, FrozenDictionary<char, string> map) : base(label)
    {
        _map = map;
    }

    public override string Map(string text)
    {
        int i = 0;
        while (i < text.Length && !_map.ContainsKey(text[i])) i++;
        if (i == text.Length) return text;

        var output = new StringBuilder(text.Length);
        output.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (_map.TryGetValue(text[i], out var replacement)) output.Append(replacement);
            else output.Append(text[i]);
        }

        return output.ToString();
    }

    internal override void Run(List<PipelineToken> input, List<PipelineToken> output)
    {
        string? original = null;
        foreach (var token in input)
        {
            string folded = Map(token.Text);
            if (token.IsUnaccentedCopy)
            {
                // The copy follows its original; it only adds something when its stem folds differently.
                if (folded == original) continue;
            }
            else
            {
                original = folded;
            }

            output.Add(new PipelineToken(folded));
        }
    }
}
