namespace DirectoryPortal.Index;

/// What the search page's filters test for a result: categories, audiences, languages, open 24/7, free and the
/// weekly opening spans ("Open now"), named as in SearchStoreEntry. Kept apart from the store, so a split index
/// loads them only when a filter is used (as SearchFilters: only what that filter tests).
public sealed record SearchFilterEntry(IReadOnlyList<string> c, IReadOnlyList<string> a, IReadOnlyList<string> l, bool o, bool f,
    IReadOnlyList<int[]>? w = null);
