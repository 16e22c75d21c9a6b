namespace DirectoryPortal.Index;

// What lunr's builder has accumulated after add() has been called for every document: the inverted
// index, and each field's length and term frequencies, keyed by ref. Adding is linear in the terms.
internal sealed class LunrCorpus
{
    private readonly LunrFieldSet _fields;
    private readonly IReadOnlySet<string> _repeatedRefs;
    private readonly LunrVocabulary _vocabulary;
    private readonly bool _keepPostings;
    private LunrTerm?[] _termsById;
    private int[] _indexById;
    private readonly Dictionary<string, int> _refIds = new(StringComparer.Ordinal);
    private readonly HashSet<(int Term, int Field, int Ref)> _repeatedRefPostings = [];

    /// <summary><paramref name="keepPostings"/>: list each term's refs (lunr's JSON needs them; the packed form only counts).</summary>
    public LunrCorpus(LunrFieldSet fields, LunrVocabulary vocabulary, IReadOnlySet<string> repeatedRefs, bool keepPostings, IReadOnlyList<string> pipelineNames)
    {
        PipelineNames = pipelineNames;
        _fields = fields;
        _vocabulary = vocabulary;
        _keepPostings = keepPostings;
        _termsById = new LunrTerm?[vocabulary.Count];
        _indexById = new int[vocabulary.Count];
        _repeatedRefs = repeatedRefs;
    }

    public LunrFieldSet Fields => _fields;

    /// <summary>The search pipeline's function names, which the index carries so lunr.Index.load can rebuild it.</summary>
    public IReadOnlyList<string> PipelineNames { get; }

    /// <summary>Every add() counts, even one that repeats a ref, as in lunr's documentCount.</summary>
    public int DocumentCount { get; private set; }

    /// <summary>Distinct refs in the order first added; a ref's id is its position here.</summary>
    public List<string> Refs { get; } = [];

    /// <summary>Per ref id, per field: what the last document with that ref held, as lunr overwrites it.</summary>
    public List<AnalyzedField[]> FieldTermsByRef { get; } = [];

    /// <summary>Terms in "_index" order.</summary>
    public List<LunrTerm> Terms { get; } = [];

    public void Add(string reference, AnalyzedDocument document)
    {
        if (!_refIds.TryGetValue(reference, out int refId))
        {
            refId = Refs.Count;
            _refIds.Add(reference, refId);
            Refs.Add(reference);
            FieldTermsByRef.Add(document.Fields);
        }

        DocumentCount++;
        bool repeated = _repeatedRefs.Contains(reference);
        FieldTermsByRef[refId] = document.Fields;
        for (int field = 0; field < _fields.Count; field++)
            AddField(document.Fields[field], field, refId, repeated);
    }

    /// <summary>lunr's number for a term named by its vocabulary number.</summary>
    public int IndexOf(int termId) => _indexById[termId];

    private void AddField(AnalyzedField analyzed, int field, int refId, bool repeatedRef)
    {
        foreach (int id in analyzed.TermIds)
        {
            // Terms come in the order they first occur in the field, so a new term gets lunr's number.
            if (id >= _termsById.Length)
            {
                Array.Resize(ref _termsById, Math.Max(id + 1, _termsById.Length * 2));
                Array.Resize(ref _indexById, _termsById.Length);
            }
            var term = _termsById[id];
            if (term is null)
            {
                term = new LunrTerm(_vocabulary.TextOf(id), Terms.Count, _fields.Count, _keepPostings);
                _termsById[id] = term;
                _indexById[id] = term.Index;
                Terms.Add(term);
            }

            // A posting lists each ref once; only a ref seen in an earlier document can already be there.
            if (!repeatedRef || _repeatedRefPostings.Add((term.Index, field, refId))) term.AddRef(field, refId);
        }
    }
}
