using DirectoryPortal.Import;
using DirectoryPortal.Load;
using DirectoryPortal.Model;
using DirectoryPortal.Pipeline;

namespace DirectoryPortal.Cli;

/// `import oruk PATH`: service records from an Open Referral UK 3.0 feed saved as files, with a report of
/// what each could not hold and then `check`'s verdict on every file written.
public static class ImportCommand
{
    public const string Help = """
        Usage: dotnet run --project generator -- import oruk PATH [--content DIR] [--source URL] [--force]

        Turns an Open Referral UK 3.0 feed saved as files into service records in
        content/services/. PATH is a saved /services page, one service's JSON, or a folder of
        them (a /services/{id} answer gives a service in full; a /services page has no phones).
        Each record keeps the service's ORUK id. For each one, the command lists what it could
        not map, then runs 'check' on the files it wrote and prints what must still be fixed.

          --content DIR   content folder (default: content)
          --theme DIR     theme folder, for the names of areas (default: themes/default)
          --source URL    where the feed came from, written as each record's 'source'
          --force         replace a record file that already exists (never done otherwise)
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, ["content", "theme", "source"], ["force"]);
        if (a.Help) { stdout.WriteLine(Help); return CommandLine.Success; }
        if (a.Positional.Count != 2 || a.Positional[0] != "oruk")
            throw new UsageException("Say what to import and from where, for example: import oruk saved-feed/services");
        var content = a.Get("content", "content");
        var theme = a.Get("theme", Path.Combine("themes", "default"));
        if (!Directory.Exists(content)) throw new DirectoryNotFoundException($"Content folder '{content}' does not exist.");
        IReadOnlyList<(string Origin, System.Text.Json.JsonElement Service)> services;
        try { services = OrukFiles.Read(a.Positional[1]); }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return CommandLine.BadUsage;
        }

        var existing = ContentLoader.Load(content, new ProblemList(), themeDirectory: Directory.Exists(theme) ? theme : null);
        var importer = new OrukImporter(existing.Taxonomy, existing.Strings[UiStringsLoader.English], a.Get("source"));
        var byId = existing.Services.Where(s => s.Id is not null).GroupBy(s => s.Id!).ToDictionary(g => g.Key, g => g.First().Slug);
        var taken = new HashSet<string>(Directory.EnumerateFiles(Path.Combine(content, "services")).Select(Path.GetFileNameWithoutExtension)!, StringComparer.Ordinal);
        var written = new List<string>();
        var force = a.Has("force");
        foreach (var (origin, json) in services)
        {
            var imported = importer.Import(json, origin);
            var s = imported.Record;
            if (imported.Skipped is not null)
            {
                stdout.WriteLine($"{origin}: not imported: {imported.Skipped}.");
                continue;
            }
            // The same service (by id) goes back into its own file; another takes a slug of its own.
            var slug = s.Id is not null && byId.TryGetValue(s.Id, out var own) ? own : Unused(ContentLoader.MakeSlug(s.Name), taken);
            var relative = $"services/{slug}.yml";
            var path = Path.Combine(content, "services", slug + ".yml");
            if (File.Exists(path) && !force)
            {
                stdout.WriteLine($"{origin}: not imported: {relative} already exists (it has the same id). Use --force to replace it.");
                continue;
            }
            taken.Add(slug);
            if (s.Id is not null) byId[s.Id] = slug;
            File.WriteAllText(path, RecordYaml.Write(s, $"Imported from an Open Referral UK 3.0 feed ({origin}). Check every fact before publishing."));
            written.Add(relative);
            stdout.WriteLine($"{origin}: wrote {relative}" + (imported.Unmapped.Count == 0 ? "; everything mapped." : $"; could not map {imported.Unmapped.Count} thing(s):"));
            foreach (var line in imported.Unmapped) stdout.WriteLine($"    {line}");
        }
        if (written.Count == 0)
        {
            stdout.WriteLine("No record was written.");
            return CommandLine.Success;
        }

        var (_, problems) = SiteBuilder.Check(content, DateOnly.FromDateTime(DateTime.UtcNow), themeDirectory: Directory.Exists(theme) ? theme : null);
        var mine = problems.Sorted().Where(p => written.Contains(p.File)).ToList();
        var errors = mine.Count(p => p.Severity == Severity.Error);
        if (mine.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine("What 'check' says about the records written:");
            ProblemPrinter.PrintText(stdout, mine, colour: false);
        }
        stdout.WriteLine(errors == 0
            ? $"Wrote {written.Count} record(s); every one passes 'check'."
            : $"Wrote {written.Count} record(s); {errors} error(s) above must be fixed before the site will build.");
        return errors == 0 ? CommandLine.Success : CommandLine.ContentErrors;
    }

    private static string Unused(string slug, HashSet<string> taken)
    {
        if (!taken.Contains(slug)) return slug;
        for (var n = 2; ; n++)
            if (!taken.Contains($"{slug}-{n}")) return $"{slug}-{n}";
    }
}
