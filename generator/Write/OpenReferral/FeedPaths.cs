namespace DirectoryPortal.Write.OpenReferral;

/// Where the Open Referral UK feed's files are, and how a request maps onto them. Fixed, so any web
/// server can be set up the same way: /openreferral/ is index.json, /openreferral/X (any query string
/// ignored) is X.json. docs/partners.md gives this layout to server administrators.
public static class FeedPaths
{
    public const string Folder = "openreferral";
    /// The API's base ("/"), with its version.
    public const string Index = Folder + "/index.json";
    public const string Services = Folder + "/services.json";
    public const string Taxonomies = Folder + "/taxonomies.json";
    public const string TaxonomyTerms = Folder + "/taxonomy_terms.json";
    public const string ServiceAtLocations = Folder + "/service_at_locations.json";

    public static string Service(string id) => $"{Folder}/services/{id}.json";
    public static string Taxonomy(string id) => $"{Folder}/taxonomies/{id}.json";
    public static string TaxonomyTerm(string id) => $"{Folder}/taxonomy_terms/{id}.json";
    public static string ServiceAtLocation(string id) => $"{Folder}/service_at_locations/{id}.json";

    /// The feed file for a request path ("/openreferral/services" gives "openreferral/services.json"),
    /// or null when the path is not in the feed. The query string must already be removed.
    public static string? FileFor(string requestPath)
    {
        var path = requestPath.TrimStart('/');
        if (path == Folder || path == Folder + "/") return Index;
        if (!path.StartsWith(Folder + "/", StringComparison.Ordinal)) return null;
        var rest = path[(Folder.Length + 1)..].TrimEnd('/');
        if (rest.Length == 0) return Index;
        // Only the feed's own names: letters, digits, '_', '-' and one '/' between an endpoint and an id.
        if (rest.Split('/') is not { Length: 1 or 2 } parts || parts.Any(p => p.Length == 0 || !p.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
            return null;
        return $"{Folder}/{rest}.json";
    }
}
