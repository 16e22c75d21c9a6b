using RazorLight.Razor;

namespace DirectoryPortal.Render;

/// Finds a template in the site's own folder first, then the theme's: overriding one file needs only that file.
public sealed class LayeredProject : RazorLightProject
{
    private readonly IReadOnlyList<FileSystemRazorProject> _layers;

    /// <paramref name="roots"/> in priority order; folders that do not exist are skipped.
    public LayeredProject(IEnumerable<string> roots)
    {
        _layers = roots.Where(Directory.Exists).Select(r => new FileSystemRazorProject(Path.GetFullPath(r), ".cshtml")).ToList();
        if (_layers.Count == 0) throw new DirectoryNotFoundException("No theme folder found.");
    }

    public override async Task<RazorLightProjectItem> GetItemAsync(string templateKey)
    {
        RazorLightProjectItem? missing = null;
        foreach (var layer in _layers)
        {
            var item = await layer.GetItemAsync(templateKey);
            if (item.Exists) return item;
            missing ??= item;
        }
        return missing!;
    }

    /// Which file a key resolves to, for error messages and tests.
    public string? Resolve(string templateKey)
    {
        foreach (var layer in _layers)
        {
            var path = System.IO.Path.Combine(layer.Root, templateKey + ".cshtml");
            if (File.Exists(path)) return path;
        }
        return null;
    }

    /// Every layout and component key any layer has ("layouts/service", "components/quick-exit/quick-exit").
    public IReadOnlyList<string> TemplateKeys()
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var layer in _layers)
            foreach (var folder in new[] { "layouts", "components" })
            {
                var dir = System.IO.Path.Combine(layer.Root, folder);
                if (!Directory.Exists(dir)) continue;
                foreach (var file in Directory.EnumerateFiles(dir, "*.cshtml", SearchOption.AllDirectories))
                    keys.Add(System.IO.Path.GetRelativePath(layer.Root, file)[..^".cshtml".Length].Replace('\\', '/'));
            }
        return keys.ToList();
    }

    public override Task<IEnumerable<RazorLightProjectItem>> GetImportsAsync(string templateKey) =>
        Task.FromResult(Enumerable.Empty<RazorLightProjectItem>());

    public override Task<IEnumerable<string>> GetKnownKeysAsync() => Task.FromResult(Enumerable.Empty<string>());
}
