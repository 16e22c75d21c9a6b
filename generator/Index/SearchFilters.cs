using System.Text.Json;

namespace DirectoryPortal.Index;

/// The filter values of an index's documents (from their store entries) as a split index writes them, a part each: a
/// flag per document for each test a filter makes ("o" for open 24/7, "c=housing" for a category), and a JSON value per
/// document for the rest ("w", the weekly hours that "Open now" reads). A filter then loads a bit per document, not every
/// document's values.
public sealed record SearchFilters(IReadOnlyList<(string Name, bool[] Holds)> Flags, IReadOnlyList<(string Name, IReadOnlyList<byte[]> Values)> Values)
{
    /// <summary>The parts search.js asks for: "o", "f", "c=&lt;category&gt;", "a=&lt;audience&gt;", "l=&lt;language&gt;"
    /// (a part for each value some document holds) and "w".</summary>
    public static SearchFilters Of(IReadOnlyList<SearchStoreEntry> entries, JsonSerializerOptions json)
    {
        var flags = new List<(string, bool[])>
        {
            ("o", entries.Select(e => e.o).ToArray()),
            ("f", entries.Select(e => e.f).ToArray()),
        };
        foreach (var (field, valuesOf) in new (string, Func<SearchStoreEntry, IReadOnlyList<string>>)[] { ("c", e => e.c), ("a", e => e.a), ("l", e => e.l) })
            foreach (var value in entries.SelectMany(valuesOf).Distinct().Order(StringComparer.Ordinal))
                flags.Add(($"{field}={value}", entries.Select(e => valuesOf(e).Contains(value)).ToArray()));
        return new SearchFilters(flags, [("w", entries.Select(e => JsonSerializer.SerializeToUtf8Bytes(e.w, json)).ToList())]);
    }
}
