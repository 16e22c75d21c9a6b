using DirectoryPortal.Load;
using DirectoryPortal.Model;

namespace DirectoryPortal.Pipeline;

/// Applies edits to service files to a loaded content set, reading only the files that changed.
public static class ServiceEdit
{
    /// The content with the changed service files re-read (or removed), or null when the edit is not one
    /// this shortcut understands (an unusual file name, say) and a full build should run instead.
    public static ContentSet? Apply(ContentSet previous, IReadOnlyCollection<string> changedFiles, ProblemList problems)
    {
        var services = new List<Service?>(previous.Services);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < previous.Services.Count; i++) position[previous.Services[i].Slug] = i;
        var reordered = false;
        foreach (var relative in changedFiles)
        {
            var name = relative["services/".Length..];
            var slug = Path.GetFileNameWithoutExtension(name);
            if (Path.GetExtension(name) != ".yml" || name.Contains('/') || Slugs.Problem(slug) is not null) return null;
            var path = Path.Combine(previous.ContentDirectory, "services", name);
            var service = Disk.EntryInfo.Of(path).Exists ? Read(path, relative, slug, problems) : null;
            // An edited record keeps its place; only a new or deleted file changes the order.
            if (position.TryGetValue(slug, out int at))
            {
                services[at] = service;
                reordered |= service is null;
            }
            else if (service is not null)
            {
                position[slug] = services.Count;
                services.Add(service);
                reordered = true;
            }
        }
        var kept = services.OfType<Service>();
        // The same order a full load gives: by file name.
        if (reordered) kept = kept.OrderBy(s => s.Slug + ".yml", StringComparer.Ordinal);
        return new ContentSet
        {
            ContentDirectory = previous.ContentDirectory,
            Site = previous.Site,
            Taxonomy = previous.Taxonomy,
            Services = kept.ToList(),
            Guidance = previous.Guidance,
            Synonyms = previous.Synonyms,
            Strings = previous.Strings,
            Translations = previous.Translations,
        };
    }

    private static Service? Read(string path, string relative, string slug, ProblemList problems)
    {
        var text = YamlFile.ReadText(path, relative, problems);
        if (text is null) return null;
        return ContentLoader.BindService(text, relative, slug, problems);
    }
}
