namespace DirectoryPortal.Index;

// One entry of the inverted index while documents are being added.
internal sealed class LunrTerm
{
    // Null when only the counts are wanted: the packed index needs no posting lists.
    private readonly List<int>?[]? _refsByField;

    public LunrTerm(string text, int index, int fieldCount, bool keepRefs)
    {
        Text = text;
        Index = index;
        _refsByField = keepRefs ? new List<int>?[fieldCount] : null;
    }

    public string Text { get; }

    /// <summary>lunr's "_index": terms are numbered in the order they first occur while indexing.</summary>
    public int Index { get; }

    /// <summary>Ref ids of the documents whose field holds this term, in the order they were added.</summary>
    public IReadOnlyList<int> RefsIn(int field) =>
        _refsByField is null ? throw new InvalidOperationException("This corpus was built without posting lists.") : (IReadOnlyList<int>?)_refsByField[field] ?? [];

    public void AddRef(int field, int refId)
    {
        DocumentsWithTerm++;
        if (_refsByField is not null) (_refsByField[field] ??= new List<int>(2)).Add(refId);
    }

    /// <summary>lunr's idf counts a document once per field it has the term in, not once overall.</summary>
    public int DocumentsWithTerm { get; private set; }
}
