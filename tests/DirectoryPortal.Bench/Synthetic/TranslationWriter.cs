using System.Text;
using System.Text.RegularExpressions;

namespace DirectoryPortal.Bench.Synthetic;

/// Makes a synthetic directory multilingual: site.yml lists the languages, each gets the theme's words (from
/// the theme when it has them, else the English under the language's code), and every service description
/// and guidance page gets a "translation" of the same length, so each language's site does the same work a
/// translated one would. Numbers and link addresses are kept, as the checks require.
public static partial class TranslationWriter
{
    /// The shipped site's languages, in the order site.yml lists them.
    public static readonly string[] AllLanguages = ["en", "pl", "ro", "es", "pt", "bn", "ur", "ar", "tr"];

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"\b[A-Za-z]{3,}\b")]
    private static partial Regex Word();

    public static void Write(SynthDirectory directory, string content, string theme, int languages)
    {
        var codes = AllLanguages.Take(languages).ToArray();
        var site = Path.Combine(content, "site.yml");
        var lines = File.ReadAllLines(site).Where(l => !l.StartsWith("languages:", StringComparison.Ordinal)).ToList();
        lines.Add($"languages: [{string.Join(", ", codes)}]");
        File.WriteAllLines(site, lines);
        var english = File.ReadAllText(Path.Combine(theme, "i18n", "en.yml"));
        foreach (var code in codes.Skip(1))
        {
            if (File.Exists(Path.Combine(theme, "i18n", code + ".yml"))) continue;
            Directory.CreateDirectory(Path.Combine(content, "i18n"));
            File.WriteAllText(Path.Combine(content, "i18n", code + ".yml"), english.Replace("language.name: English", $"language.name: {code}"));
        }
        foreach (var code in codes.Skip(1))
        {
            foreach (var s in directory.Services)
                File.WriteAllText(Path.Combine(content, "services", $"{s.Slug}.{code}.yml"),
                    $"translation: draft\ndescription: {Yaml.Q(Translate(s.Description, code))}\n");
            foreach (var g in directory.Guidance)
                File.WriteAllText(Path.Combine(content, "guidance", $"{g.Slug}.{code}.md"),
                    $"---\ntitle: {Yaml.Q(Translate(g.Title, code))}\nsummary: {Yaml.Q(Translate(g.Summary, code))}\ntranslation: draft\n---\n{Translate(g.Body, code)}\n");
        }
    }

    // Each word of three letters or more gets the language's code, outside link addresses: the same length
    // of text, different words, the same numbers and links.
    private static string Translate(string text, string code)
    {
        var sb = new StringBuilder(text.Length + text.Length / 3);
        var at = 0;
        foreach (Match link in LinkTarget().Matches(text))
        {
            sb.Append(Word().Replace(text[at..link.Index], w => w.Value + code)).Append(link.Value);
            at = link.Index + link.Length;
        }
        sb.Append(Word().Replace(text[at..], w => w.Value + code));
        return sb.ToString();
    }
}
