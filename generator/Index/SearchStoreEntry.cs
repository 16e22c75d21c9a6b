namespace DirectoryPortal.Index;

/// What the search page shows for a result without fetching the page: kind ("s" service, "g" guidance),
/// title, address, summary, categories, audiences, languages, open 24/7, free, main phone and its link, and
/// the weekly opening spans (see Render.OpeningHours) from which the page works out "Open now".
/// One-letter names keep the index small; search.js reads them.
public sealed record SearchStoreEntry(
    string k, string t, string u, string? s, IReadOnlyList<string> c, IReadOnlyList<string> a, IReadOnlyList<string> l,
    bool o, bool f, string? p, string? h, IReadOnlyList<int[]>? w = null);
