using DirectoryPortal.Index.Languages;
using DirectoryPortal.Model;
using DirectoryPortal.Render;

namespace DirectoryPortal.Index;

/// Makes a language's names interchangeable in search, on every language's search page: "polski", "Polish" and every
/// other name the theme's words give Polish find the services whose staff speak it. Made from the theme's strings:
/// each language's own and English names (language.name, language.name_in_english) and every
/// language_name.&lt;code&gt;, for the site's languages and the languages services list.
internal static class LanguageNameSynonyms
{
    /// <summary>One language's names. <see cref="Names"/>: every name, lower case, its words trimmed as the search page
    /// trims a query's and joined by one space, also without diacritics; a query that holds one of them is about this
    /// language. <see cref="Terms"/>: the words then searched for, the English name (the index's English text names
    /// languages in English) and the site's own name for it (its language's text).</summary>
    public sealed record Group(IReadOnlyList<string> Names, IReadOnlyList<string> Terms);

    // The directory's own language is left out: every service speaks it, so searching its names would only make
    // "English" (or "angielski") match every service.
    private const string Main = Load.UiStringsLoader.English;

    private static readonly DiacriticFold[] Folds = [FoldTables.Latin, FoldTables.Arabic, FoldTables.Urdu, FoldTables.Bengali];

    public static List<Group> Groups(SiteView site)
    {
        var strings = site.Content.Strings;
        var english = strings[Main];
        var codes = site.Languages.Select(l => l.Code).Concat(site.Services.SelectMany(s => s.Languages))
            .Where(c => c != Main).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var groups = new List<Group>();
        foreach (var code in codes)
        {
            strings.TryGetValue(code, out var own);
            var englishName = english.Has("language_name." + code) ? english["language_name." + code]
                : own is not null && own.Has("language.name_in_english") ? own["language.name_in_english"] : null;
            var siteName = site.Language.IsMain ? null
                : site.Strings.Has("language_name." + code) ? site.Strings["language_name." + code]
                : code == site.Language.Code && site.Strings.Has("language.name") ? site.Strings["language.name"] : null;

            var names = new List<string>();
            if (own is not null && own.Has("language.name")) names.Add(own["language.name"]);
            if (englishName is not null) names.Add(englishName);
            foreach (var (_, words) in strings.OrderBy(s => s.Key, StringComparer.Ordinal))
                if (words.Has("language_name." + code)) names.Add(words["language_name." + code]);
            var keys = names.SelectMany(Parts).Select(Key).Where(k => k.Length > 0)
                .SelectMany(k => Folds.Select(f => string.Join(' ', k.Split(' ').Select(f.Map))).Prepend(k))
                .Distinct(StringComparer.Ordinal).ToList();
            var terms = new[] { englishName, siteName }.OfType<string>().SelectMany(Parts).Select(Key).Where(k => k.Length > 0)
                .Distinct(StringComparer.Ordinal).ToList();
            if (keys.Count > 0 && terms.Count > 0) groups.Add(new Group(keys, terms));
        }
        return groups;
    }

    // "Persian (Farsi, Dari)" is three names, each of which someone might type.
    private static IEnumerable<string> Parts(string name) =>
        name.Split(['(', ')', ',', '\u060C'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // As search-query.js reads a query: lower case, split at spaces and hyphens, each word trimmed of punctuation.
    private static string Key(string name) =>
        string.Join(' ', JsLowerCase.ToLower(name).Split([' ', '\t', '\n', '\r', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => UnicodeTrimmer.Instance.Map(w)).Where(w => w.Length > 0));
}
