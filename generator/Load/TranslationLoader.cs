using System.Text.RegularExpressions;
using DirectoryPortal.Model;

namespace DirectoryPortal.Load;

/// Reads translation files, which sit beside what they translate with the language before the extension:
/// site.pl.yml, taxonomy.pl.yml, services/&lt;slug&gt;.pl.yml, guidance/&lt;slug&gt;.pl.md.
public static partial class TranslationLoader
{
    [GeneratedRegex("^(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\\.(?<lang>[a-z]{2,3})\\.(?<ext>yml|md)$")]
    private static partial Regex TranslationName();

    /// Whether a file name is a translation's ("reporting.pl.md"), which the English loaders leave alone.
    public static bool IsTranslationName(string fileName) => LanguageOf(fileName) is not null;

    /// The language a translation's file name carries ("pl" for "reporting.pl.md"), or null for any other file.
    public static string? LanguageOf(string fileName) => TranslationName().Match(fileName) is { Success: true } match ? match.Groups["lang"].Value : null;

    /// Every translation for the site's languages other than English, by language.
    public static IReadOnlyDictionary<string, LanguageTranslations> Load(string root, IReadOnlyList<string> languages, ProblemList problems)
    {
        var result = languages.Where(l => l != UiStringsLoader.English).Distinct(StringComparer.Ordinal)
            .ToDictionary(l => l, l => new LanguageTranslations(l), StringComparer.Ordinal);
        foreach (var (language, into) in result)
        {
            into.Site = ReadYaml<SiteText>(root, $"site.{language}.yml", "site", language, "site.yml", problems);
            into.Taxonomy = ReadYaml<TaxonomyText>(root, $"taxonomy.{language}.yml", "taxonomy", language, "taxonomy.yml", problems);
            into.Synonyms = ReadSynonyms(root, language, problems);
        }
        WarnAboutOtherSynonyms(root, result.Keys, problems);
        foreach (var (folder, ext) in new[] { ("services", "yml"), ("guidance", "md") })
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var path in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                var match = TranslationName().Match(name);
                if (!match.Success) continue;
                var relative = $"{folder}/{name}";
                var (slug, language) = (match.Groups["slug"].Value, match.Groups["lang"].Value);
                if (match.Groups["ext"].Value != ext)
                {
                    problems.Warning(relative, 0, 0, "", $"A translation in {folder}/ should end in .{language}.{ext}; this file is ignored.",
                        $"Rename it to {slug}.{language}.{ext}.");
                    continue;
                }
                if (!result.TryGetValue(language, out var into))
                {
                    problems.Warning(relative, 0, 0, "", $"This is a translation into '{language}', which is not one of the site's languages in site.yml, so it is not published.",
                        $"Add {language} to 'languages' in site.yml, or remove the file.");
                    continue;
                }
                var source = $"{folder}/{slug}.{(ext == "md" ? "md" : "yml")}";
                if (folder == "services")
                {
                    var text = ReadYaml<ServiceText>(root, relative, slug, language, source, problems);
                    if (text is not null) into.Services[slug] = text;
                }
                else
                {
                    var text = ReadGuidance(path, relative, slug, language, source, problems);
                    if (text is not null) into.Guidance[slug] = text;
                }
            }
        }
        return result;
    }

    private static T? ReadYaml<T>(string root, string relative, string slug, string language, string source, ProblemList problems) where T : TranslationRecord, new()
    {
        var path = Path.Combine(root, relative);
        if (!File.Exists(path)) return null;
        var text = YamlFile.ReadText(path, relative, problems);
        if (text is null) return null;
        var record = ContentLoader.BindRecord<T>(text, relative, problems);
        if (record is null) return null;
        record.Slug = slug;
        record.Language = language;
        record.SourceOf = source;
        return record;
    }

    // Not a translation of synonyms.yml but a list of its own: the words people use in that language.
    private static Synonyms? ReadSynonyms(string root, string language, ProblemList problems)
    {
        var relative = $"search/synonyms.{language}.yml";
        var path = Path.Combine(root, relative);
        if (!File.Exists(path)) return null;
        var text = YamlFile.ReadText(path, relative, problems);
        return text is null ? null : ContentLoader.BindRecord<Synonyms>(text, relative, problems);
    }

    // A synonyms file for a language the site does not publish is never used; say so rather than ignore it.
    private static void WarnAboutOtherSynonyms(string root, IEnumerable<string> languages, ProblemList problems)
    {
        var dir = Path.Combine(root, "search");
        if (!Directory.Exists(dir)) return;
        var known = languages.ToHashSet(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
        {
            var match = TranslationName().Match(Path.GetFileName(path));
            if (!match.Success || match.Groups["slug"].Value != "synonyms") continue;
            var (language, relative) = (match.Groups["lang"].Value, "search/" + Path.GetFileName(path));
            if (language == UiStringsLoader.English)
                problems.Warning(relative, 0, 0, "", "English synonyms go in search/synonyms.yml; this file is ignored.", "Move its groups into search/synonyms.yml.");
            else if (match.Groups["ext"].Value != "yml")
                problems.Warning(relative, 0, 0, "", "A synonyms file must end in .yml; this file is ignored.", $"Rename it to synonyms.{language}.yml.");
            else if (!known.Contains(language))
                problems.Warning(relative, 0, 0, "", $"These are synonyms for '{language}', which is not one of the site's languages in site.yml, so no search page uses them.",
                    $"Add {language} to 'languages' in site.yml, or remove the file.");
        }
    }

    private static GuidanceText? ReadGuidance(string path, string relative, string slug, string language, string source, ProblemList problems)
    {
        var text = YamlFile.ReadText(path, relative, problems);
        if (text is null) return null;
        var page = FrontMatter.Read<GuidanceText>(text, relative, problems, out var body, out var bodyFirstLine);
        if (page is null) return null;
        page.Body = body;
        page.BodyFirstLine = bodyFirstLine;
        page.Positions["body"] = new Position(bodyFirstLine, 1);
        page.Slug = slug;
        page.Language = language;
        page.SourceOf = source;
        return page;
    }
}
