using DirectoryPortal.Load;
using DirectoryPortal.Model;

namespace DirectoryPortal.Localize;

/// Works out the site's languages from site.yml and each language's strings: its name, direction and prefix.
public static class SiteLanguages
{
    public static IReadOnlyList<Language> Resolve(ContentSet content)
    {
        var codes = content.Site.LanguageCodes.Distinct(StringComparer.Ordinal).ToList();
        // English is always the main language, at the root, whatever order site.yml lists them in.
        codes.Remove(UiStringsLoader.English);
        codes.Insert(0, UiStringsLoader.English);
        return codes.Select(code =>
        {
            var strings = content.Strings.GetValueOrDefault(code) ?? content.Strings[UiStringsLoader.English];
            var main = code == UiStringsLoader.English;
            return new Language(
                code,
                main ? content.Site.LanguageOrDefault : code,
                strings.Defines("language.name") ? strings["language.name"] : code,
                strings.Defines("language.direction") && strings["language.direction"] == "rtl",
                main ? "" : code + "/");
        }).ToList();
    }
}
