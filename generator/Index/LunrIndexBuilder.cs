using System.Buffers;
using DirectoryPortal.Index.Languages;

namespace DirectoryPortal.Index;

/// <summary>Builds a lunr.js 2.3.9 serialized index; reusable, and safe to share: only its term vocabulary grows.</summary>
public sealed class LunrIndexBuilder
{
    // The output is what JSON.stringify(lunr(function () { ... })) gives for the same fields and
    // documents, so the browser can lunr.Index.load it and score exactly as if it had built the index.
    // lunr's quirks are reproduced rather than fixed: non-ASCII letters at token edges are trimmed, a
    // punctuation-only token becomes the term "", a term in two fields counts twice towards its idf, and
    // a repeated ref keeps the postings of both documents but the field lengths of the last.
    private readonly LunrFieldSet _fields;
    private readonly LunrLanguage _language;
    private readonly LunrVocabulary _vocabulary = new();

    /// <param name="language">Whose pipeline to index with (<see cref="LunrLanguage.For"/>); English when null.</param>
    public LunrIndexBuilder(IReadOnlyList<SearchField> fields, LunrLanguage? language = null)
    {
        _fields = new LunrFieldSet(fields);
        Fields = fields.ToArray();
        _language = language ?? LunrLanguage.English;
    }

    public LunrLanguage Language => _language;

    /// <summary>The fields as given, each with its boost and, where it differs from <see cref="Language"/>, its own language.</summary>
    public IReadOnlyList<SearchField> Fields { get; }

    /// <summary>Indexes the documents in order; the order decides term numbers and vector order.</summary>
    public string BuildJson(IEnumerable<SearchDocument> documents) => LunrIndexWriter.Write(Index(Analyze(documents), keepPostings: true));

    /// <summary>The same index in the smaller wire form the site ships (see LunrPackedWriter).</summary>
    public string BuildPacked(IEnumerable<SearchDocument> documents) => LunrPackedWriter.Write(Index(Analyze(documents), keepPostings: false));

    /// <summary>As BuildPacked, as UTF-8 into <paramref name="output"/>, from documents analyzed earlier
    /// (by <see cref="NewAnalyzer"/>), perhaps in an earlier build.</summary>
    internal void WritePacked(IReadOnlyList<(string Ref, AnalyzedDocument Document)> documents, ArrayBufferWriter<byte> output) =>
        LunrPackedWriter.Write(Index(documents, keepPostings: false), output);

    /// <summary>Tokenizes and stems for this builder's fields; one per batch and thread.</summary>
    internal LunrAnalyzer NewAnalyzer() => new(_fields, _vocabulary, _language);

    private List<(string Ref, AnalyzedDocument Document)> Analyze(IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var analyzer = NewAnalyzer();
        var list = new List<(string, AnalyzedDocument)>();
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            if (document.Ref is null) throw new ArgumentException("A document has a null Ref.", nameof(documents));
            if (document.Fields is null) throw new ArgumentException($"Document '{document.Ref}' has null Fields.", nameof(documents));
            list.Add((document.Ref, analyzer.Analyze(document.Fields)));
        }

        return list;
    }

    private LunrCorpus Index(IReadOnlyList<(string Ref, AnalyzedDocument Document)> documents, bool keepPostings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (reference, _) in documents)
            if (!seen.Add(reference)) repeated.Add(reference);

        var corpus = new LunrCorpus(_fields, _vocabulary, repeated, keepPostings, _language.PipelineNames);
        foreach (var (reference, document) in documents) corpus.Add(reference, document);
        return corpus;
    }
}
