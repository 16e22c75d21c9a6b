namespace DirectoryPortal.Index;

// For each term, the documents a search for that word alone most likely shows first, so a split index can
// carry their result-store entries beside the term's postings and the page can draw its first results without
// another round of loading. Only a guess, which decides nothing but what is loaded when: the page still ranks
// with lunr's scores and loads any entry not carried. The guess scores each document as the search page's query
// for the word would, leaving out the clause for misspellings: the word itself (boost 10) and the word as a
// prefix (boost 4, which also matches the word), over every field, each field's sum divided by the same norm,
// so the sum over fields ranks; ties go to the document lunr meets first (title before keywords before body,
// then ref order).
internal static class LikelyResults
{
    /// Prefix matches counted for a word: a very short word matches much of the vocabulary, and its first
    /// results then depend on more than this guess looks at.
    private const int MostPrefixTerms = 64;

    /// <summary>Per term in <paramref name="sorted"/> order: up to <paramref name="count"/> ref ids, most likely first.</summary>
    public static int[][] For(LunrTermPostings postings, LunrTerm[] sorted, int count)
    {
        var result = new int[sorted.Length][];
        var scores = new Dictionary<int, (double Score, long FirstMet)>();
        for (int i = 0; i < sorted.Length; i++)
        {
            scores.Clear();
            long met = 0;
            Add(postings, sorted[i].Index, 10, scores, ref met);
            for (int j = i; j < sorted.Length && j < i + MostPrefixTerms && sorted[j].Text.StartsWith(sorted[i].Text, StringComparison.Ordinal); j++)
                Add(postings, sorted[j].Index, 4, scores, ref met);
            result[i] = Best(scores, count);
        }
        return result;
    }

    // The best few by a pass that keeps them in order: a common word has thousands of documents, and sorting
    // them all for every term would cost more than building the index.
    private static int[] Best(Dictionary<int, (double Score, long FirstMet)> scores, int count)
    {
        var best = new List<(double Score, long FirstMet, int RefId)>(count + 1);
        foreach (var (refId, (score, firstMet)) in scores)
        {
            if (best.Count == count && !Before(score, firstMet, best[^1])) continue;
            int at = best.Count;
            while (at > 0 && Before(score, firstMet, best[at - 1])) at--;
            best.Insert(at, (score, firstMet, refId));
            if (best.Count > count) best.RemoveAt(count);
        }
        return best.Select(b => b.RefId).ToArray();
    }

    private static bool Before(double score, long firstMet, (double Score, long FirstMet, int RefId) other) =>
        score > other.Score || (score == other.Score && firstMet < other.FirstMet);

    private static void Add(LunrTermPostings postings, int term, double boost, Dictionary<int, (double Score, long FirstMet)> scores, ref long met)
    {
        for (int field = 0; field < postings.Fields; field++)
            for (int p = 0, n = postings.Count(term, field); p < n; p++)
            {
                var (refId, thousandths) = postings.At(term, field, p);
                scores[refId] = scores.TryGetValue(refId, out var s) ? (s.Score + boost * thousandths, s.FirstMet) : (boost * thousandths, met++);
            }
    }
}
