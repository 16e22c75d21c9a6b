using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DirectoryPortal.Disk;
using DirectoryPortal.Model;

namespace DirectoryPortal.Load;

/// Stage 1: reads every file under a content folder into models, reporting what cannot be read.
public static class ContentLoader
{
    public static Regex SafeSlug() => Slugs.Pattern();

    /// Loads the whole content folder, and the theme's words from <paramref name="themeDirectory"/> when given.
    /// Never throws for bad content: problems go to <paramref name="problems"/>.
    public static ContentSet Load(string contentDirectory, ProblemList problems, RecordCache? cache = null, string? themeDirectory = null)
    {
        cache?.StartLoad();
        var root = Path.GetFullPath(contentDirectory);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"Content folder '{contentDirectory}' does not exist.");

        var failed = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var site = LoadRecord<Site>(root, "site.yml", problems, failed) ?? new Site { SourceFile = "site.yml" };
        var taxonomy = LoadRecord<Taxonomy>(root, "taxonomy.yml", problems, failed) ?? new Taxonomy { SourceFile = "taxonomy.yml" };
        var services = LoadServices(root, problems, cache, failed);
        var guidance = LoadGuidance(root, problems, failed);
        var synonyms = EntryInfo.Of(Path.Combine(root, "search", "synonyms.yml")).Exists
            ? LoadRecord<Synonyms>(root, "search/synonyms.yml", problems, failed) ?? new Synonyms()
            : new Synonyms();
        var statics = StaticFolder.Load(root, problems);
        DeveloperFolders.Check(root, problems);
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
            Failed = failed.Keys.ToHashSet(StringComparer.Ordinal),
            Static = statics,
        };
    }

    private static T? LoadRecord<T>(string root, string relative, ProblemList problems, ConcurrentDictionary<string, bool> failed) where T : Record, new()
    {
        var text = YamlFile.ReadText(Path.Combine(root, relative), relative, problems);
        var record = text is null ? null : BindRecord<T>(text, relative, problems);
        if (record is null) failed[relative] = true;
        return record;
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

    /// The files directly in content/<paramref name="folder"/>/ with the given extensions, in name order,
    /// each with its slug; editors' leftovers are skipped, other files and unusable names reported.
    private static List<(string Path, string Relative, string Slug)> ListRecords(string root, string folder, string[] extensions, string what, ProblemList problems)
    {
        var dir = Path.Combine(root, folder);
        var found = new List<(string, string, string)>();
        var kind = EntryInfo.Of(dir).Kind;
        if (kind == EntryKind.Missing) return found;
        if (kind != EntryKind.Directory)
        {
            problems.Error(folder, 0, 0, "", $"content/{folder} is {(kind == EntryKind.SymbolicLink ? "a symbolic link" : "not a folder")}; it must be a real folder inside the content folder.",
                $"Replace it with a folder holding the {what} files themselves.");
            return found;
        }
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, entryKind) in TreeWalker.List(dir).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            // Hidden files are never records, and editors' leftovers are not mistakes.
            if (name.StartsWith('.') || EditorLeftovers.IsLeftover(name) || entryKind == EntryKind.Directory) continue;
            // Translations (reporting.pl.md) sit beside what they translate; TranslationLoader reads them.
            if (TranslationLoader.IsTranslationName(name)) continue;
            var relative = $"{folder}/{name}";
            var ext = Path.GetExtension(name);
            if (!extensions.Contains(ext))
            {
                problems.Warning(relative, 0, 0, "", $"This file is not a {extensions[0]} {what} and is ignored.",
                    $"Move it out of content/{folder}/ or rename it to end in {extensions[0]}.");
                continue;
            }
            var slug = Path.GetFileNameWithoutExtension(name);
            if (Slugs.Problem(slug) is { } problem)
            {
                problems.Error(relative, 0, 0, "", problem,
                    $"Rename the file to lower case letters, digits and single hyphens, for example '{Slugs.Make(slug)}{extensions[0]}'.");
                continue;
            }
            if (seen.TryGetValue(slug, out var first))
            {
                problems.Error(relative, 0, 0, "", $"Another file, {first}, already uses the slug '{slug}'.",
                    "Rename one of the two files so each has its own slug.");
                continue;
            }
            seen[slug] = relative;
            found.Add((Path.Combine(dir, name), relative, slug));
        }
        return found;
    }

    private static IReadOnlyList<Service> LoadServices(string root, ProblemList problems, RecordCache? cache, ConcurrentDictionary<string, bool> failed)
    {
        var toRead = ListRecords(root, "services", [".yml", ".yaml"], "service record", problems);
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
        var result = new List<Service>(toRead.Count);
        for (var i = 0; i < loaded.Length; i++)
        {
            var entry = loaded[i]!;
            foreach (var p in entry.Problems) problems.Add(p);
            if (entry.Record is Service service) result.Add(service);
            else failed[toRead[i].Relative] = true;
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

    private static IReadOnlyList<Guidance> LoadGuidance(string root, ProblemList problems, ConcurrentDictionary<string, bool> failed)
    {
        var result = new List<Guidance>();
        foreach (var (path, relative, slug) in ListRecords(root, "guidance", [".md"], "guidance page", problems))
        {
            var text = YamlFile.ReadText(path, relative, problems);
            var page = text is null ? null : FrontMatter.Read(text, relative, problems);
            if (page is null)
            {
                failed[relative] = true;
                continue;
            }
            page.Slug = slug;
            result.Add(page);
        }
        return result;
    }

    /// Suggests a safe slug for a name, used in messages and by `new`.
    public static string MakeSlug(string name) => Slugs.Make(name);
}
