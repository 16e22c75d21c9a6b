namespace DirectoryPortal.Index;

// JSON.stringify lists an object's keys in property order: keys that are array indices ("0", "17", but not
// "007" or "4294967295") first in ascending numeric order, then every other key in insertion order.
// lunr keys its postings by document ref and its fields by name, so numeric refs are reordered.
internal static class JsPropertyOrder
{
    /// <summary>True when JS treats the key as an array index, with its numeric value.</summary>
    public static bool IsArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length == 0 || key.Length > 10) return false;
        if (key[0] == '0') return key.Length == 1;

        ulong value = 0;
        foreach (char c in key)
        {
            if (c < '0' || c > '9') return false;
            value = value * 10 + (uint)(c - '0');
        }

        // 2^32 - 1 is the one uint32 that is not an array index (it is one past the longest array).
        if (value >= uint.MaxValue) return false;
        index = (uint)value;
        return true;
    }

    /// <summary>Returns the keys, given in insertion order, in the order a JS object would list them.</summary>
    public static List<string> Order(IEnumerable<string> keysInInsertionOrder)
    {
        var indices = new List<(uint Index, string Key)>();
        var others = new List<string>();
        foreach (string key in keysInInsertionOrder)
        {
            if (IsArrayIndex(key, out uint index)) indices.Add((index, key));
            else others.Add(key);
        }

        indices.Sort((a, b) => a.Index.CompareTo(b.Index));
        var ordered = new List<string>(indices.Count + others.Count);
        foreach (var (_, key) in indices) ordered.Add(key);
        ordered.AddRange(others);
        return ordered;
    }
}
