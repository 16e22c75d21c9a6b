using System.Text.RegularExpressions;
using DirectoryPortal.Localize;
using DirectoryPortal.Model;
using DirectoryPortal.Pipeline;

namespace DirectoryPortal.Cli;

/// `translate status` lists what is translated in each language; `translate stamp FILE` records in a translation
/// which version of the English it now matches, so `check` can warn when the English changes after.
public static partial class TranslateCommand
{
    public const string Help = """
        Usage: dotnet run --project generator -- translate status [--lang CODE] [--content DIR]
               dotnet run --project generator -- translate stamp FILE... [--content DIR]

          status   For each language, what has a translation, which are drafts, and which are out of date
                   because the English changed after they were translated.
          stamp    Record in each translation FILE (for example content/guidance/reporting.pl.md) that it
                   now matches the English as it is today. Run it when you finish a translation or bring
                   one up to date. It changes only the 'translated_from:' line.
        """;

    [GeneratedRegex("^translated_from:.*$", RegexOptions.Multiline)]
    private static partial Regex TranslatedFromLine();

    [GeneratedRegex("^translation:.*$", RegexOptions.Multiline)]
    private static partial Regex TranslationLine();

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, "content", "lang", "theme");
        if (a.Help || a.Positional.Count == 0) { stdout.WriteLine(Help); return a.Help ? CommandLine.Success : CommandLine.BadUsage; }
        var contentDir = a.Get("content", "content");
        var (content, _) = SiteBuilder.Check(contentDir, DateOnly.FromDateTime(DateTime.UtcNow), themeDirectory: a.Get("theme", Path.Combine("themes", "default")));
        return a.Positional[0] switch
        {
            "status" => Status(content, a.Get("lang"), stdout),
            "stamp" => Stamp(content, a.Positional.Skip(1).ToList(), stdout, stderr),
            _ => throw new UsageException($"Unknown translate command '{a.Positional[0]}'. Use status or stamp."),
        };
    }

    private static int Status(ContentSet content, string? only, TextWriter stdout)
    {
        foreach (var (code, translations) in content.Translations.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (only is not null && only != code) continue;
            stdout.WriteLine($"{code}:");
            var sources = new List<(string File, TranslationRecord? Translation)>
            {
                ("site.yml", translations.Site),
                ("taxonomy.yml", translations.Taxonomy),
            };
            sources.AddRange(content.Guidance.Select(g => ($"guidance/{g.Slug}.md", (TranslationRecord?)translations.Guidance.GetValueOrDefault(g.Slug))));
            sources.AddRange(content.Services.Select(s => ($"services/{s.Slug}.yml", (TranslationRecord?)translations.Services.GetValueOrDefault(s.Slug))));
            foreach (var (file, translation) in sources)
            {
                var state = translation is null ? "not translated"
                    : translation.IsDraft ? "draft" : $"reviewed by {translation.ReviewedBy} on {translation.ReviewedOn:yyyy-MM-dd}";
                if (translation is not null && SourceText.For(translation, content) is { } text && translation.TranslatedFrom != SourceText.Fingerprint(text))
                    state += ", OUT OF DATE: the English has changed";
                stdout.WriteLine($"  {file,-60} {state}");
            }
        }
        return CommandLine.Success;
    }

    private static int Stamp(ContentSet content, IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr)
    {
        if (files.Count == 0) throw new UsageException("Name the translation files to stamp, for example content/guidance/reporting.pl.md.");
        var all = content.Translations.Values.SelectMany(t => t.All).ToList();
        var failed = 0;
        foreach (var file in files)
        {
            var full = Path.GetFullPath(file);
            var translation = all.FirstOrDefault(t => Path.GetFullPath(Path.Combine(content.ContentDirectory, t.SourceFile)) == full);
            var text = translation is null ? null : SourceText.For(translation, content);
            if (translation is null || text is null)
            {
                stderr.WriteLine($"error: {file} is not a translation of an existing English file (is its language in site.yml, and does 'check' read it without errors?).");
                failed++;
                continue;
            }
            var fingerprint = SourceText.Fingerprint(text);
            var source = File.ReadAllText(full);
            string updated;
            if (TranslatedFromLine().IsMatch(source)) updated = TranslatedFromLine().Replace(source, $"translated_from: {fingerprint}", 1);
            else if (TranslationLine().Match(source) is { Success: true } line) updated = source.Insert(line.Index + line.Length, $"\ntranslated_from: {fingerprint}");
            else
            {
                stderr.WriteLine($"error: {file} has no 'translation:' line; add 'translation: draft' first.");
                failed++;
                continue;
            }
            File.WriteAllText(full, updated);
            stdout.WriteLine($"{file}: translated from the English as it is now ({fingerprint}).");
        }
        return failed == 0 ? CommandLine.Success : CommandLine.ContentErrors;
    }
}
