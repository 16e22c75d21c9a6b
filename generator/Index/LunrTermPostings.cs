namespace DirectoryPortal.Index;

// lunr's inverted index with the field vectors' weights folded in: for each term and field, the documents
// in the order lunr lists them in that posting, each with the score its field vector holds for the term.
// A query's score for a document needs the vector entries of the query's terms only, so these postings
// are all a search needs to score exactly as lunr does with the whole index.
internal sealed class LunrTermPostings
{
    // Per term (lunr's "_index") and field: (rank << 32 | thousandths), rank being the ref's place in
    // posting order. Sorting by rank gives the posting's order; the ref id is looked up from the rank.
    private readonly List<long>?[] _lists;
    private readonly int[] _refIdByRank;

    public LunrTermPostings(LunrCorpus corpus)
    {
        // With a repeated ref, lunr's postings still list the earlier document while its vectors hold only the
        // last one, so vectors alone could not rebuild them. Nothing this generator writes repeats a ref.
        if (corpus.DocumentCount != corpus.Refs.Count)
            throw new NotSupportedException("A split search index needs every document to have its own ref.");
        Fields = corpus.Fields.Count;
        Terms = corpus.Terms.Count;
        _lists = new List<long>?[Terms * Fields];

        // Every posting lists its refs in one shared order (array-index refs by number, then the rest as
        // added), so one arrangement of all refs gives each posting's order.
        var arranged = new RefOrder(corpus.Refs).Arrange(Enumerable.Range(0, corpus.Refs.Count).ToList());
        _refIdByRank = arranged.ToArray();
        var rankOf = new int[_refIdByRank.Length];
        bool inRefOrder = true;
        for (int rank = 0; rank < _refIdByRank.Length; rank++)
        {
            rankOf[_refIdByRank[rank]] = rank;
            inRefOrder &= _refIdByRank[rank] == rank;
        }

        LunrFieldVectors.ForEach(corpus, (refId, field, termIndexes, thousandths) =>
        {
            long rank = (long)rankOf[refId] << 32;
            for (int i = 0; i < termIndexes.Length; i++)
                (_lists[termIndexes[i] * Fields + field] ??= new List<long>(4)).Add(rank | (uint)(int)thousandths[i]);
        });
        // Vectors come document by document, so each list is already in ref order; only refs out of
        // numeric order need sorting.
        if (!inRefOrder)
            foreach (var list in _lists) list?.Sort();
    }

    public int Fields { get; }

    public int Terms { get; }

    /// <summary>The postings of a term (lunr's index) in a field, in lunr's order, as ref ids and weights in thousandths.</summary>
    public int Count(int term, int field) => _lists[term * Fields + field]?.Count ?? 0;

    public (int RefId, int Thousandths) At(int term, int field, int i)
    {
        long entry = _lists[term * Fields + field]![i];
        return (_refIdByRank[(int)(entry >> 32)], (int)(uint)entry);
    }
}
