namespace DirectoryPortal.Index;

// What lunr's builder has accumulated after add() has been called for every document: the inverted
// index, and each field's length and term frequencies, keyed by ref. Adding is linear in the text.
internal sealed class LunrCorpus
{
    private readonly LunrFieldSet _fields;
    private readonly IReadOnlySet<string> _repeatedRefs;
    private readonly Dictionary<string, LunrTerm> _termsByText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LunrTerm?> _termsByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LunrTerm?>.AlternateLookup<ReadOnlySpan<char>> _tokenLookup;
    private readonly Dictionary<string, int> _refIds = new(StringComparer.Ordinal);
    private readonly HashSet<(int Term, int Field, int Ref)> _repeatedRefPostings = [];
    private readonly List<LunrTerm> _fieldScratch = [];
    private int _stamp;

    public LunrCorpus(LunrFieldSet fields, IReadOnlySet<string> repeatedRefs)
    {
        _fields = fields;
        _repeatedRefs = repeatedRefs;
        _tokenLookup = _termsByToken.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public LunrFieldSet Fields => _fields;

    /// <summary>Every add() counts, even one that repeats a ref, as in lunr's documentCount.</summary>
    public int DocumentCount { get; private set; }

    /// <summary>Distinct refs in the order first added; a ref's id is its position here.</summary>
    public List<string> Refs { get; } = [];

    /// <summary>Per ref id, per field: what the last document with that ref held, as lunr overwrites it.</summary>
    public List<FieldTerms[]> FieldTermsByRef { get; } = [];

    /// <summary>Terms in "_index" order.</summary>
    public List<LunrTerm> Terms { get; } = [];

    public void Add(SearchDocument document)
    {
        if (!_refIds.TryGetValue(document.Ref, out int refId))
        {
            refId = Refs.Count;
            _refIds.Add(document.Ref, refId);
            Refs.Add(document.Ref);
            FieldTermsByRef.Add(new FieldTerms[_fields.Count]);
        }

        DocumentCount++;
        bool repeated = _repeatedRefs.Contains(document.Ref);
        var perField = FieldTermsByRef[refId];
        for (int field = 0; field < _fields.Count; field++)
        {
            document.Fields.TryGetValue(_fields.Names[field], out string? text);
            perField[field] = AddField(text, field, refId, repeated);
        }
    }

    private FieldTerms AddField(string? text, int field, int refId, bool repeatedRef)
    {
        _stamp++;
        _fieldScratch.Clear();
        int length = 0;
        if (!string.IsNullOrEmpty(text))
        {
            string lowered = JsLowerCase.ToLower(text);
            int position = 0;
            while (LunrTokenizer.TryNext(lowered, ref position, out var token))
            {
                var term = TermFor(token);
                if (term is null) continue;

                length++;
                if (term.Stamp != _stamp)
                {
                    term.Stamp = _stamp;
                    term.Count = 0;
                    _fieldScratch.Add(term);
                }

                term.Count++;
            }
        }

        var counts = new (LunrTerm Term, int Count)[_fieldScratch.Count];
        for (int i = 0; i < counts.Length; i++)
        {
            var term = _fieldScratch[i];
            counts[i] = (term, term.Count);
            // A posting lists each ref once; only a ref seen in an earlier document can already be there.
            if (!repeatedRef || _repeatedRefPostings.Add((term.Index, field, refId))) term.AddRef(field, refId);
        }

        return new FieldTerms(length, counts);
    }

    // Tokens repeat far more than they vary, so each distinct token goes through the pipeline once.
    // The term is created, and so numbered, at its first occurrence, which is lunr's numbering.
    private LunrTerm? TermFor(ReadOnlySpan<char> token)
    {
        if (_tokenLookup.TryGetValue(token, out var cached)) return cached;

        LunrTerm? term = null;
        string? text = LunrTextPipeline.ToTerm(token);
        if (text is not null && !_termsByText.TryGetValue(text, out term))
        {
            term = new LunrTerm(text, Terms.Count, _fields.Count);
            _termsByText.Add(text, term);
            Terms.Add(term);
        }

        _tokenLookup[token] = term;
        return term;
    }
}
