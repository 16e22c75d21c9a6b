using System.Text.Json;

namespace DirectoryPortal.Index;

/// What the search page's filters test for a result: categories, audiences, languages, open 24/7, free and the
/// weekly opening spans ("Open now"), named as in SearchStoreEntry. Kept apart from the store, so a split index
/// loads them only when a filter is used, and only the fields that filter tests.
public sealed record SearchFilterEntry(IReadOnlyList<string> c, IReadOnlyList<string> a, IReadOnlyList<string> l, bool o, bool f,
    IReadOnlyList<int[]>? w = null)
{
    /// The fields' names, in the order of <see cref="Values"/>: search.js asks for them by these names.
    public static readonly IReadOnlyList<string> Names = ["c", "a", "l", "o", "f", "w"];

    /// Each field's value as JSON, in the order of <see cref="Names"/>; hours not known are null.
    public byte[][] Values(JsonSerializerOptions json) =>
    [
        JsonSerializer.SerializeToUtf8Bytes(c, json), JsonSerializer.SerializeToUtf8Bytes(a, json), JsonSerializer.SerializeToUtf8Bytes(l, json),
        JsonSerializer.SerializeToUtf8Bytes(o, json), JsonSerializer.SerializeToUtf8Bytes(f, json), JsonSerializer.SerializeToUtf8Bytes(w, json),
    ];
}
