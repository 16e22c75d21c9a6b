using System.Text.RegularExpressions;
using DirectoryPortal.Model;

namespace DirectoryPortal.Load;

/// Reads the words a theme shows, per language: themes/&lt;name&gt;/i18n/&lt;lang&gt;.yml, overridden key by key by
/// content/i18n/&lt;lang&gt;.yml, so a site can reword one label without copying the theme's file.
public static partial class UiStringsLoader
{
    /// The language whose strings every other language falls back to.
    public const string English = "en";

    [GeneratedRegex("^[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*$")]
    private static partial Regex KeyPattern();

    /// Strings for each of <paramref name="languages"/> (English is always loaded, as the fallback).
    public static IReadOnlyDictionary<string, UiStrings> Load(string? themeDirectory, string contentDirectory, IEnumerable<string> languages, ProblemList problems)
    {
        var themeEnglish = ReadTheme(themeDirectory, English, problems);
        var english = new Dictionary<string, string>(themeEnglish, StringComparer.Ordinal);
        ReadSite(contentDirectory, English, english, problems);
        var result = new Dictionary<string, UiStrings>(StringComparer.Ordinal) { [English] = new UiStrings(English, english, english, themeEnglish) };
        foreach (var language in languages.Distinct(StringComparer.Ordinal))
        {
            if (language == English) continue;
            var own = ReadTheme(themeDirectory, language, problems);
            ReadSite(contentDirectory, language, own, problems);
            result[language] = new UiStrings(language, own, english, themeEnglish);
        }
        return result;
    }

    private static Dictionary<string, string> ReadTheme(string? themeDirectory, string language, ProblemList problems)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (themeDirectory is null) return strings;
        var theme = Path.Combine(themeDirectory, "i18n", language + ".yml");
        ReadFile(theme, Path.GetRelativePath(Environment.CurrentDirectory, theme).Replace('\\', '/'), strings, problems);
        return strings;
    }

    private static void ReadSite(string contentDirectory, string language, Dictionary<string, string> into, ProblemList problems) =>
        ReadFile(Path.Combine(contentDirectory, "i18n", language + ".yml"), $"i18n/{language}.yml", into, problems);

    // A strings file is a flat list of 'key: text' lines; a later file's key replaces an earlier one's.
    private static void ReadFile(string path, string displayName, Dictionary<string, string> into, ProblemList problems)
    {
        if (!File.Exists(path)) return;
        var text = YamlFile.ReadText(path, displayName, problems);
        if (text is null) return;
        var node = YamlFile.Parse(text, displayName, problems);
        if (node is null) return;
        if (node is not YamlMap map)
        {
            problems.Error(displayName, node.Line, node.Column, "", "should be a list of 'key: text' lines.",
                "Write one string per line, for example: quick_exit.label: Exit this page");
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Pairs)
        {
            var key = (keyNode as YamlScalar)?.Value ?? "";
            if (!KeyPattern().IsMatch(key))
            {
                problems.Error(displayName, keyNode.Line, keyNode.Column, Excerpt.Of(key), "is not a string name.",
                    "Keep the name exactly as in the theme's i18n/en.yml: lower case letters, digits, '_', '-' and '.'.");
                continue;
            }
            if (!seen.Add(key))
            {
                problems.Error(displayName, keyNode.Line, keyNode.Column, key, $"'{key}' appears twice.", "Keep one and delete the other.");
                continue;
            }
            if (valueNode is not YamlScalar value || value.Plain && value.Value is "" or "~" or "null")
            {
                problems.Error(displayName, valueNode.Line, valueNode.Column, key, "needs a text.",
                    "Write the text after the colon, in quotes if it starts with a special character.");
                continue;
            }
            into[key] = value.Value;
        }
    }
}
