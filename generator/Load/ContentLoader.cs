using System.Text.RegularExpressions;
using DirectoryPortal.Model;

namespace DirectoryPortal.Load;

/// Stage 1: reads every file under a content folder into models, reporting what cannot be read.
public static partial class ContentLoader
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    public static partial Regex SafeSlug();

    /// Loads the whole content folder, and the theme's words from <paramref name="themeDirectory"/> when given.
    /// Never throws for bad content: problems go to <paramref name="problems"/>.
    public static ContentSet Load(string contentDirectory, ProblemList problems, RecordCache? cache = null, string? themeDirectory = null)
    {
        cache?.StartLoad();
        var root = Path.GetFullPath(contentDirectory);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"Content folder '{contentDirectory}' does not exist.");

        var site = LoadRecord<Site>(root, "site.yml", problems) ?? new Site { SourceFile = "site.yml" };
        var taxonomy = LoadRecord<Taxonomy>(root, "taxonomy.yml", problems) ?? new Taxonomy { SourceFile = "taxonomy.yml" };
        var services = LoadServices(root, problems, cache);
        var guidance = LoadGuidance(root, problems);
        var synonyms = File.Exists(Path.Combine(root, "search", "synonyms.yml"))
            ? LoadRecord<Synonyms>(root, "search/synonyms.yml", problems) ?? new Synonyms()
            : new Synonyms();
        return new ContentSet
        {
            ContentDirectory = root,
            Site = site,
            Taxonomy = taxonomy,
            Services = services,
            Guidance = guidance,
            Synonyms = synonyms,
            Strings = UiStringsLoader.Load(themeDirectory, root, site.LanguageCodes, problems),
            Translations = TranslationLoader.Load(root, site.LanguageCodes, problems),
        };
    }

    private static T? LoadRecord<T>(string root, string relative, ProblemList problems) where T : Record, new()
    {
        var path = Path.Combine(root, relative);
        if (!File.Exists(path))
        {
            problems.Error(relative, 0, 0, "", "The file is missing.", $"Create content/{relative} (see docs/content-model.md).");
            return null;
        }
        var text = YamlFile.ReadText(path, relative, problems);
        if (text is null) return null;
        return BindRecord<T>(text, relative, problems);
    }

    /// Parses and binds YAML text as one record; used for whole files and for front matter.
    public static T? BindRecord<T>(string text, string file, ProblemList problems, int firstLine = 1) where T : Record, new()
    {
        var node = YamlFile.Parse(text, file, problems, firstLine);
        var record = new T { SourceFile = file };
        if (node is null)
        {
            if (!problems.Sorted().Any(p => p.File == file))
                problems.Error(file, firstLine, 1, "", "The file is empty.", "Add the record's fields (see docs/content-model.md).");
            return null;
        }
        record.Positions[""] = new Position(firstLine, 1);
        new RecordBinder(file, problems, record, firstLine - 1).BindObject(node, record, "");
        return record;
    }

    private static IReadOnlyList<Service> LoadServices(string root, ProblemList problems, RecordCache? cache)
    {
        var dir = Path.Combine(root, "services");
        var result = new List<Service>();
        if (!Directory.Exists(dir)) return result;
        var toRead = new List<(string Path, string Relative, string Slug)>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (TranslationLoader.IsTranslationName(name)) continue;
            var relative = $"services/{name}";
            var ext = Path.GetExtension(name);
            if (ext is not (".yml" or ".yaml"))
            {
                if (!name.StartsWith('.'))
                    problems.Warning(relative, 0, 0, "", "This file is not a .yml service record and is ignored.", "Move it out of content/services/ or rename it to end in .yml.");
                continue;
            }
            var slug = Path.GetFileNameWithoutExtension(name);
            if (!SafeSlug().IsMatch(slug))
            {
                problems.Error(relative, 0, 0, "", $"'{slug}' cannot be used as a web address.",
                    $"Rename the file to lower case letters, digits and single hyphens, for example '{MakeSlug(slug)}.yml'.");
                continue;
            }
            if (seen.TryGetValue(slug, out var first))
            {
                problems.Error(relative, 0, 0, "", $"Another record, {first}, already uses the slug '{slug}'.",
                    "Rename one of the two files so each service has its own slug.");
                continue;
            }
            seen[slug] = relative;
            toRead.Add((path, relative, slug));
        }

        // Files are independent, so they are parsed in parallel; results are merged in file order.
        var loaded = new RecordCache.Entry?[toRead.Count];
        Parallel.For(0, toRead.Count, i =>
        {
            var (path, relative, slug) = toRead[i];
            var local = new ProblemList();
            var text = YamlFile.ReadText(path, relative, local);
            if (text is not null && cache is not null && cache.TryGet(path, text, out var hit))
            {
                loaded[i] = hit;
                return;
            }
            var service = text is null ? null : BindService(text, relative, slug, local);
            // The text is kept only for a cache to compare with; otherwise 10,000 files' text would stay
            // alive until every file is read, and the collector would copy it from generation to generation.
            var entry = new RecordCache.Entry(cache is null ? "" : text ?? "", service, local.Sorted());
            if (text is not null && cache is not null)
            {
                cache.Put(path, entry);
                cache.Changed.Add(relative);
            }
            loaded[i] = entry;
        });
        foreach (var entry in loaded)
        {
            foreach (var p in entry!.Problems) problems.Add(p);
            if (entry.Record is Service service) result.Add(service);
        }
        return result;
    }

    /// Binds one service record and withholds what it may not publish (see ConfidentialLocations).
    public static Service? BindService(string text, string file, string slug, ProblemList problems)
    {
        var service = BindRecord<Service>(text, file, problems);
        if (service is null) return null;
        service.Slug = slug;
        ConfidentialLocations.Redact(service);
        return service;
    }

    private static IReadOnlyList<Guidance> LoadGuidance(string root, ProblemList problems)
    {
        var dir = Path.Combine(root, "guidance");
        var result = new List<Guidance>();
        if (!Directory.Exists(dir)) return result;
        foreach (var path in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (TranslationLoader.IsTranslationName(name)) continue;
            var relative = $"guidance/{name}";
            if (Path.GetExtension(name) != ".md")
            {
                if (!name.StartsWith('.'))
                    problems.Warning(relative, 0, 0, "", "This file is not a .md guidance page and is ignored.", "Rename it to end in .md or move it elsewhere.");
                continue;
            }
            var slug = Path.GetFileNameWithoutExtension(name);
            if (!SafeSlug().IsMatch(slug))
            {
                problems.Error(relative, 0, 0, "", $"'{slug}' cannot be used as a web address.",
                    $"Rename the file to lower case letters, digits and single hyphens, for example '{MakeSlug(slug)}.md'.");
                continue;
            }
            var text = YamlFile.ReadText(path, relative, problems);
            if (text is null) continue;
            var page = FrontMatter.Read(text, relative, problems);
            if (page is null) continue;
            page.Slug = slug;
            result.Add(page);
        }
        return result;
    }

    /// Suggests a safe slug for a name, used in messages and by `new`.
    public static string MakeSlug(string name)
    {
        var lower = Regex.Replace(name.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
        return lower.Length == 0 ? "new-record" : lower;
    }
}
