using DirectoryPortal.Load;
using DirectoryPortal.Model;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Browser.Support;

/// The shipped site's languages and each one's theme words, as the generator reads them.
public static class SiteLanguages
{
    private static readonly Lazy<ContentSet> Content = new(() => ContentLoader.Load(Repo.Content, new ProblemList(), themeDirectory: Repo.Theme));

    /// Language codes in site.yml's order, English first.
    public static IReadOnlyList<string> Codes => Content.Value.Site.LanguageCodes;

    /// The prefix of a language's pages: "" for English, "pl/" for Polish.
    public static string Prefix(string code) => code == "en" ? "" : code + "/";

    public static UiStrings Strings(string code) => Content.Value.Strings[code];

    /// The language of a page, from its path: "pl" for "pl/a-z.html", "en" for "a-z.html".
    public static string Of(string page)
    {
        var slash = page.IndexOf('/');
        return slash > 0 && Codes.Contains(page[..slash]) && page[..slash] != "en" ? page[..slash] : "en";
    }

    /// The lang attribute a page's html element must carry: site.yml's language for English, else the code.
    public static string Tag(string code) => code == "en" ? Content.Value.Site.LanguageOrDefault : code;

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var code in Codes) data.Add(code);
            return data;
        }
    }
}
