namespace DirectoryPortal.Render;

/// Where each asset a page names was published: "assets/search.js" went out as "assets/search.1a2b3c4d5e.js".
/// Files the build makes while pages render (the search index) are named when they are ready: a page that
/// asks for one first waits for it.
public sealed class AssetManifest
{
    private readonly IReadOnlyDictionary<string, string> _published;
    private readonly IReadOnlyDictionary<string, Task<string>> _pending;

    /// <paramref name="published"/> maps each asset's own path to its published path; <paramref name="pending"/>
    /// does the same for assets still being made.
    public AssetManifest(IReadOnlyDictionary<string, string> published, IReadOnlyDictionary<string, Task<string>>? pending = null)
    {
        _published = published;
        _pending = pending ?? new Dictionary<string, Task<string>>();
    }

    /// For rendering outside a build (tests, tools): every asset keeps its own name.
    public static AssetManifest Unhashed { get; } = new(new Dictionary<string, string>());

    private bool IsUnhashed => ReferenceEquals(this, Unhashed);

    /// The published path of the asset at <paramref name="path"/> (relative to the site's root).
    public string PathOf(string path)
    {
        if (_published.TryGetValue(path, out var published)) return published;
        // Blocks only the page that names the file, and only until the index (built alongside) is done.
        if (_pending.TryGetValue(path, out var making)) return making.GetAwaiter().GetResult();
        if (IsUnhashed) return path;
        throw new AssetNotFoundException(
            $"A template names the asset '{path}', which neither the theme nor the build makes. Check the name, or add the file to the theme's static/assets or a component's folder.");
    }

    /// Every asset's own path with its published path, pending ones once they are made.
    public async Task<IReadOnlyDictionary<string, string>> AllAsync()
    {
        var all = new Dictionary<string, string>(_published, StringComparer.Ordinal);
        foreach (var (path, making) in _pending) all[path] = await making;
        return all;
    }

    /// The same manifest with <paramref name="path"/> to be named by <paramref name="making"/> (a rebuilt index).
    public AssetManifest WithPending(string path, Task<string> making)
    {
        var pending = new Dictionary<string, Task<string>>(_pending, StringComparer.Ordinal) { [path] = making };
        return new AssetManifest(_published, pending);
    }
}

/// A template names an asset the site does not have.
public sealed class AssetNotFoundException(string message) : Exception(message);
