namespace DirectoryPortal.Render;

/// Where each kind of page lives in the output. Every link is built from these, so they stay consistent.
public static class SitePaths
{
    public const string Home = "index.html";
    public const string AToZ = "a-z.html";
    public const string Print = "print.html";
    public const string Search = "search.html";
    public const string NotFound = "404.html";
    public const string Guidance = "guidance/index.html";
    public const string Categories = "categories/index.html";

    public static string Service(string slug) => $"services/{slug}/index.html";
    public static string Category(string slug) => $"categories/{slug}/index.html";
    public static string GuidancePage(string slug) => $"guidance/{slug}.html";
    public static string Asset(string name) => $"assets/{name}";

    /// "../" once per folder level, so a page can reach the site root with a relative link.
    public static string RootFrom(string pagePath)
    {
        var depth = pagePath.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }
}
