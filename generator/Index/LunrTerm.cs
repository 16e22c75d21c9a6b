namespace DirectoryPortal.Index;

// One entry of the inverted index while documents are being added.
internal sealed class LunrTerm
{
    private readonly List<int>?[] _refsByField;

    public LunrTerm(string text, int index, int fieldCount)
    {
        Text = text;
        Index = index;
        _refsByField = new List<int>?[fieldCount];
    }

    public string Text { get; }

    /// <summary>lunr's "_index": terms are numbered in the order they first occur while indexing.</summary>
    public int Index { get; }

    /// <summary>Ref ids of the documents whose field holds this term, in the order they were added.</summary>
    public IReadOnlyList<int> RefsIn(int field) => (IReadOnlyList<int>?)_refsByField[field] ?? [];

    public void AddRef(int field, int refId) => (_refsByField[field] ??= new List<int>(2)).Add(refId);

    /// <summary>lunr's idf counts a document once per field it has the term in, not once overall.</summary>
    public int DocumentsWithTerm()
    {
        int total = 0;
        foreach (var refs in _refsByField) total += refs?.Count ?? 0;
        return total;
    }
}
