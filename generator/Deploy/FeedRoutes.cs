namespace DirectoryPortal.Deploy;

/// Where the Open Referral UK feed lives and how servers answer for it: "/openreferral/" is index.json and
/// "/openreferral/services/abc" is services/abc.json (any query string ignored), as JSON that any site may read.
public static class FeedRoutes
{
    /// The feed's folder in the output and its URL path below the site's root.
    public const string Folder = "openreferral";
    /// The file that answers for the feed's base URL.
    public const string IndexFile = "index.json";
    /// What each endpoint's file name adds to its URL.
    public const string Extension = ".json";
    public const string ContentType = "application/json";

    /// The feed is open data: any other site or tool may read it from a browser.
    public static readonly (string Name, string Value) Cors = ("Access-Control-Allow-Origin", "*");

    /// The file that answers a URL path under the feed, or null for a path outside it.
    public static string? FileFor(string urlPath)
    {
        var path = urlPath.Split('?', 2)[0].TrimStart('/');
        if (path == Folder || path == Folder + "/") return $"{Folder}/{IndexFile}";
        if (!path.StartsWith(Folder + "/", StringComparison.Ordinal)) return null;
        return path.EndsWith(Extension, StringComparison.Ordinal) ? path : path + Extension;
    }
}
