namespace DirectoryPortal.Index;

/// <summary>Builds a lunr.js 2.3.9 serialized index; immutable and reusable once constructed.</summary>
public sealed class LunrIndexBuilder
{
    // The output is what JSON.stringify(lunr(function () { ... })) gives for the same fields and
    // documents, so the browser can lunr.Index.load it and score exactly as if it had built the index.
    // lunr's quirks are reproduced rather than fixed: non-ASCII letters at token edges are trimmed, a
    // punctuation-only token becomes the term "", a term in two fields counts twice towards its idf, and
    // a repeated ref keeps the postings of both documents but the field lengths of the last.
    private readonly LunrFieldSet _fields;

    public LunrIndexBuilder(IReadOnlyList<SearchField> fields)
    {
        _fields = new LunrFieldSet(fields);
    }

    /// <summary>Indexes the documents in order; the order decides term numbers and vector order.</summary>
    public string BuildJson(IEnumerable<SearchDocument> documents) => LunrIndexWriter.Write(Index(documents));

    /// <summary>The same index in the smaller wire form the site ships (see LunrPackedWriter).</summary>
    public string BuildPacked(IEnumerable<SearchDocument> documents) => LunrPackedWriter.Write(Index(documents));

    private LunrCorpus Index(IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in list)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            if (document.Ref is null) throw new ArgumentException("A document has a null Ref.", nameof(documents));
            if (document.Fields is null) throw new ArgumentException($"Document '{document.Ref}' has null Fields.", nameof(documents));
            if (!seen.Add(document.Ref)) repeated.Add(document.Ref);
        }

        var corpus = new LunrCorpus(_fields, repeated);
        foreach (var document in list) corpus.Add(document);
        return corpus;
    }
}
