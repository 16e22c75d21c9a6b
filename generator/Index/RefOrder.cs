namespace DirectoryPortal.Index;

// A posting is a JS object keyed by ref, so JSON.stringify lists refs that look like array indices
// ("7", "42") first in numeric order, then the rest in the order they were added.
internal sealed class RefOrder
{
    private readonly uint[] _arrayIndex;
    private readonly bool[] _isArrayIndex;
    private readonly bool _anyArrayIndex;
    private readonly List<int> _buffer = [];
    private readonly List<int> _rest = [];

    public RefOrder(IReadOnlyList<string> refs)
    {
        _arrayIndex = new uint[refs.Count];
        _isArrayIndex = new bool[refs.Count];
        for (int i = 0; i < refs.Count; i++)
        {
            _isArrayIndex[i] = JsPropertyOrder.IsArrayIndex(refs[i], out _arrayIndex[i]);
            _anyArrayIndex |= _isArrayIndex[i];
        }
    }

    /// <summary>The ref ids in serialization order; the returned list is reused by the next call.</summary>
    public IReadOnlyList<int> Arrange(IReadOnlyList<int> refIdsInInsertionOrder)
    {
        if (!_anyArrayIndex || IsAlreadyOrdered(refIdsInInsertionOrder)) return refIdsInInsertionOrder;

        _buffer.Clear();
        _rest.Clear();
        foreach (int id in refIdsInInsertionOrder) (_isArrayIndex[id] ? _buffer : _rest).Add(id);
        _buffer.Sort((a, b) => _arrayIndex[a].CompareTo(_arrayIndex[b]));
        _buffer.AddRange(_rest);
        return _buffer;
    }

    // The usual case: numeric refs added in ascending order, or no numeric refs in this posting.
    private bool IsAlreadyOrdered(IReadOnlyList<int> ids)
    {
        bool seenOther = false;
        uint previous = 0;
        for (int i = 0; i < ids.Count; i++)
        {
            int id = ids[i];
            if (!_isArrayIndex[id])
            {
                seenOther = true;
                continue;
            }

            if (seenOther || (i > 0 && _arrayIndex[id] < previous)) return false;
            previous = _arrayIndex[id];
        }

        return true;
    }
}
