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
        var services = previous.Services.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        foreach (var relative in changedFiles)
        {
            var name = relative["services/".Length..];
            var slug = Path.GetFileNameWithoutExtension(name);
            if (Path.GetExtension(name) != ".yml" || name.Contains('/') || !ContentLoader.SafeSlug().IsMatch(slug)) return null;
            var path = Path.Combine(previous.ContentDirectory, "services", name);
            services.Remove(slug);
            if (!File.Exists(path)) continue;
            var text = YamlFile.ReadText(path, relative, problems);
            if (text is null) continue;
            var service = ContentLoader.BindRecord<Service>(text, relative, problems);
            if (service is null) continue;
            service.Slug = slug;
            services[slug] = service;
        }
        return new ContentSet
        {
            ContentDirectory = previous.ContentDirectory,
            Site = previous.Site,
            Taxonomy = previous.Taxonomy,
            // The same order a full load gives: by file name.
            Services = services.Values.OrderBy(s => s.Slug + ".yml", StringComparer.Ordinal).ToList(),
            Guidance = previous.Guidance,
            Synonyms = previous.Synonyms,
        };
    }
}
