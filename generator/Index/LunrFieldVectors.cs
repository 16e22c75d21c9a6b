namespace DirectoryPortal.Index;

// The BM25 field vectors lunr stores, computed once for both the lunr JSON and the packed form.
internal static class LunrFieldVectors
{
    /// <summary>Calls <paramref name="visit"/> for every (ref, field) in lunr's vector order: document by
    /// document, field by field, with term indexes ascending and their scores in thousandths (lunr rounds
    /// every score to three decimals, so these are whole numbers: the stored score is k / 1000).</summary>
    public static void ForEach(LunrCorpus corpus, Action<int, int, ReadOnlySpan<int>, ReadOnlySpan<double>> visit)
    {
        var fields = corpus.Fields;
        int documentCount = corpus.DocumentCount;
        var averageLengths = AverageFieldLengths(corpus);
        var idfs = new double[corpus.Terms.Count];
        foreach (var term in corpus.Terms) idfs[term.Index] = LunrBm25.Idf(term.DocumentsWithTerm, documentCount);

        // One set of buffers, grown as needed, instead of arrays per vector. Each term is sorted as one
        // number, its index in the high half and its count in the low, which sorts by index.
        var pairs = new long[64];
        var termIndexes = new int[64];
        var scores = new double[64];
        for (int refId = 0; refId < corpus.Refs.Count; refId++)
        {
            var perField = corpus.FieldTermsByRef[refId];
            for (int field = 0; field < fields.Count; field++)
            {
                var entry = perField[field];
                int n = entry.TermIds.Length;
                if (n > pairs.Length)
                {
                    pairs = new long[n * 2];
                    termIndexes = new int[n * 2];
                    scores = new double[n * 2];
                }
                for (int i = 0; i < n; i++) pairs[i] = (long)corpus.IndexOf(entry.TermIds[i]) << 32 | (uint)entry.Counts[i];
                pairs.AsSpan(0, n).Sort();
                for (int i = 0; i < n; i++)
                {
                    int index = (int)(pairs[i] >> 32);
                    termIndexes[i] = index;
                    scores[i] = LunrBm25.ScoreThousandths(idfs[index], (int)pairs[i], entry.Length, averageLengths[field], fields.Boosts[field]);
                }
                visit(refId, field, termIndexes.AsSpan(0, n), scores.AsSpan(0, n));
            }
        }
    }

    // Each distinct ref has every field (lunr records a length even for a missing field), so the
    // average is over distinct refs; a repeated ref contributes its last document's length.
    private static double[] AverageFieldLengths(LunrCorpus corpus)
    {
        var averages = new double[corpus.Fields.Count];
        for (int field = 0; field < averages.Length; field++)
        {
            double total = 0;
            foreach (var perField in corpus.FieldTermsByRef) total += perField[field].Length;
            averages[field] = total / corpus.Refs.Count;
        }

        return averages;
    }
}
