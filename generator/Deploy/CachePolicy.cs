using System.Text.RegularExpressions;

namespace DirectoryPortal.Deploy;

/// How long browsers may keep each kind of file. A page may hold a phone number that changed this morning,
/// so pages are checked with the server on every visit; a file whose name carries its content's hash
/// (everything under assets/, see Write/AssetFingerprints) can never change, so it is kept for a year.
public static partial class CachePolicy
{
    /// Pages, the feed, the sitemap, the favicon: keep, but ask the server before every use (a 304 is cheap).
    public const string Revalidate = "no-cache";

    /// Fingerprinted assets: a new version has a new name, so the old one never needs asking about.
    public const string Forever = "public, max-age=31536000, immutable";

    /// The folder of fingerprinted files, relative to the site's root.
    public const string AssetFolder = "assets";

    /// Hex digits of the content hash in an asset's name: "search.1a2b3c4d5e.js".
    public const int HashLength = 10;

    /// A URL path of a fingerprinted asset, for the servers that can match one (nginx, Apache).
    public const string FingerprintedPathPattern = "/assets/(.+/)?[^/]+\\.[0-9a-f]{10}(\\.[A-Za-z0-9]+)?$";

    [GeneratedRegex(FingerprintedPathPattern)]
    private static partial Regex Fingerprinted();

    /// The Cache-Control value for a URL path.
    public static string For(string urlPath) => Fingerprinted().IsMatch(urlPath) ? Forever : Revalidate;
}
