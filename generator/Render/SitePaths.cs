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
    /// The site's icon, at the root where browsers look for it even on pages that do not name it.
    public const string Favicon = "favicon.ico";

    public static string Service(string slug) => $"services/{slug}/index.html";
    public static string Category(string slug) => $"categories/{slug}/index.html";
    public static string GuidancePage(string slug) => $"guidance/{slug}.html";
    public static string Asset(string name) => $"assets/{name}";

    /// The site's root as a path on its server: the path of <paramref name="baseUrl"/>, or "/" without one.
    public static string ServerRoot(string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl) || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)) return "/";
        var path = uri.AbsolutePath;
        return path.EndsWith('/') ? path : path + "/";
    }

    /// "../" once per folder level, so a page can reach the site root with a relative link.
    public static string RootFrom(string pagePath)
    {
        var depth = pagePath.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }
}
