namespace DirectoryPortal.Index;

// Runs documents' fields through lunr's lower-casing, tokenizer and pipeline. One analyzer is meant
// for one batch of documents on one thread: it remembers each distinct token's term, because tokens
// repeat far more than they vary and the stemmer is the costly step.
internal sealed class LunrAnalyzer
{
    private readonly LunrFieldSet _fields;
    private readonly LunrVocabulary _vocabulary;
    // -1 for a token the stop-word filter drops.
    private readonly Dictionary<string, int> _termsByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _tokenLookup;
    private readonly Dictionary<int, int> _scratch = [];
    private readonly List<int> _order = [];

    public LunrAnalyzer(LunrFieldSet fields, LunrVocabulary vocabulary)
    {
        _fields = fields;
        _vocabulary = vocabulary;
        _tokenLookup = _termsByToken.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public AnalyzedDocument Analyze(IReadOnlyDictionary<string, string> document)
    {
        var fields = new AnalyzedField[_fields.Count];
        for (int field = 0; field < fields.Length; field++)
        {
            document.TryGetValue(_fields.Names[field], out string? text);
            fields[field] = AnalyzeField(text);
        }

        return new AnalyzedDocument(fields);
    }

    private AnalyzedField AnalyzeField(string? text)
    {
        _scratch.Clear();
        _order.Clear();
        int length = 0;
        if (!string.IsNullOrEmpty(text))
        {
            string lowered = JsLowerCase.ToLower(text);
            int position = 0;
            while (LunrTokenizer.TryNext(lowered, ref position, out var token))
            {
                int term = TermFor(token);
                if (term < 0) continue;

                length++;
                if (_scratch.TryGetValue(term, out int count)) _scratch[term] = count + 1;
                else
                {
                    _scratch.Add(term, 1);
                    _order.Add(term);
                }
            }
        }

        var terms = _order.ToArray();
        var counts = new int[terms.Length];
        for (int i = 0; i < terms.Length; i++) counts[i] = _scratch[terms[i]];
        return new AnalyzedField(length, terms, counts);
    }

    private int TermFor(ReadOnlySpan<char> token)
    {
        if (_tokenLookup.TryGetValue(token, out int cached)) return cached;
        string? text = LunrTextPipeline.ToTerm(token);
        int term = text is null ? -1 : _vocabulary.IdOf(text);
        _tokenLookup[token] = term;
        return term;
    }
}
