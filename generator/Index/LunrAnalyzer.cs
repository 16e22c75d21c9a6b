using DirectoryPortal.Index.Languages;

namespace DirectoryPortal.Index;

// Runs documents' fields through lunr's lower-casing, tokenizer and pipeline. One analyzer is meant
// for one batch of documents on one thread: it remembers each distinct token's term, because tokens
// repeat far more than they vary and the stemmer is the costly step.
internal sealed class LunrAnalyzer
{
    private readonly LunrFieldSet _fields;
    private readonly LunrVocabulary _vocabulary;
    // One per field: the field's own language (English text in another language's index) or the index's.
    private readonly TokenTerms[] _byField;
    private readonly List<int[]> _multiple = [];
    private readonly List<string> _pipelineOutput = [];
    private readonly Dictionary<int, int> _scratch = [];
    private readonly List<int> _order = [];

    // What each distinct token became in one language: a term id, -1 for a token the pipeline drops, or -2 - k for
    // a token that gives several terms (_multiple[k]); only languages with an unaccented copy step give several.
    private sealed class TokenTerms
    {
        public TokenTerms(LunrLanguage language)
        {
            Language = language;
            Lookup = Terms.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public LunrLanguage Language { get; }
        public Dictionary<string, int> Terms { get; } = new(StringComparer.Ordinal);
        // A field, not a property: the lookup is a struct, and adding through a copy would not compile.
        public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup;
    }

    public LunrAnalyzer(LunrFieldSet fields, LunrVocabulary vocabulary, LunrLanguage language)
    {
        _fields = fields;
        _vocabulary = vocabulary;
        var byLanguage = new Dictionary<LunrLanguage, TokenTerms>(ReferenceEqualityComparer.Instance);
        _byField = fields.Languages.Select(l =>
        {
            var own = l ?? language;
            if (!byLanguage.TryGetValue(own, out var terms)) byLanguage[own] = terms = new TokenTerms(own);
            return terms;
        }).ToArray();
    }

    public AnalyzedDocument Analyze(IReadOnlyDictionary<string, string> document)
    {
        var fields = new AnalyzedField[_fields.Count];
        for (int field = 0; field < fields.Length; field++)
        {
            document.TryGetValue(_fields.Names[field], out string? text);
            fields[field] = AnalyzeField(text, _byField[field]);
        }

        return new AnalyzedDocument(fields);
    }

    private AnalyzedField AnalyzeField(string? text, TokenTerms language)
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
                int term = TermFor(token, language);
                if (term < 0)
                {
                    if (term < -1)
                        foreach (int each in _multiple[-2 - term]) Count(each, ref length);
                    continue;
                }

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

    // The same counting as the loop above, for a token the pipeline turned into several terms.
    private void Count(int term, ref int length)
    {
        length++;
        if (_scratch.TryGetValue(term, out int count)) _scratch[term] = count + 1;
        else
        {
            _scratch.Add(term, 1);
            _order.Add(term);
        }
    }

    private int TermFor(ReadOnlySpan<char> token, TokenTerms language)
    {
        if (language.Lookup.TryGetValue(token, out int cached)) return cached;
        int term;
        if (language.Language.IsEnglish)
        {
            string? text = LunrTextPipeline.ToTerm(token);
            term = text is null ? -1 : _vocabulary.IdOf(text);
        }
        else
        {
            _pipelineOutput.Clear();
            language.Language.AddIndexTerms(token.ToString(), _pipelineOutput);
            if (_pipelineOutput.Count == 0) term = -1;
            else if (_pipelineOutput.Count == 1) term = _vocabulary.IdOf(_pipelineOutput[0]);
            else
            {
                term = -2 - _multiple.Count;
                _multiple.Add(_pipelineOutput.Select(_vocabulary.IdOf).ToArray());
            }
        }

        language.Lookup[token] = term;
        return term;
    }
}
