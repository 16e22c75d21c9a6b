using System.Collections.Frozen;

namespace DirectoryPortal.Index;

// lunr.stopWordFilter's English list. The filter runs after the trimmer and before the stemmer, and
// the query pipeline has no stop-word filter, so this list only decides what is left out of the index.
internal static class LunrStopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "but", "by", "can", "cannot", "could", "dear", "did",
        "do", "does", "either", "else", "ever", "every", "for", "from", "get", "got", "had", "has", "have",
        "he", "her", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
        "just", "least", "let", "like", "likely", "may", "me", "might", "most", "must", "my", "neither",
        "no", "nor", "not", "of", "off", "often", "on", "only", "or", "other", "our", "own", "rather",
        "said", "say", "says", "she", "should", "since", "so", "some", "than", "that", "the", "their",
        "them", "then", "there", "these", "they", "this", "tis", "to", "too", "twas", "us", "wants", "was",
        "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "would", "yet", "you", "your",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyCollection<string> All => Words;

    public static bool Contains(ReadOnlySpan<char> term) => SpanLookup.Contains(term);
}
