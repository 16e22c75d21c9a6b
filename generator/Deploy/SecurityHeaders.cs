namespace DirectoryPortal.Deploy;

/// The headers every response carries and the policy every page's meta tag holds: the one source for both,
/// so the layout, `serve` and each server configuration in deploy/ cannot drift apart.
public static class SecurityHeaders
{
    /// What a page may load: the site's own files only. Nothing inline, nothing from elsewhere, no fonts,
    /// no plugins. A page opened from disk, or from a server without these headers, still gets this much.
    public static readonly IReadOnlyList<(string Directive, string Value)> PageDirectives =
    [
        ("default-src", "'self'"),
        ("script-src", "'self'"),
        ("style-src", "'self'"),
        ("img-src", "'self'"),
        ("font-src", "'none'"),
        ("connect-src", "'self'"),
        ("object-src", "'none'"),
        ("base-uri", "'none'"),
        ("form-action", "'self'"),
    ];

    /// Directives a browser obeys only in a header: in a meta tag it ignores frame-ancestors (and says so
    /// in the console). 'none' stops any other site showing the directory inside a frame (clickjacking).
    public static readonly IReadOnlyList<(string Directive, string Value)> HeaderOnlyDirectives =
    [
        ("frame-ancestors", "'none'"),
    ];

    /// The policy in each page's &lt;meta http-equiv="Content-Security-Policy"&gt;.
    public static string MetaPolicy { get; } = Join(PageDirectives);

    /// The policy in the Content-Security-Policy header: the meta policy and the header-only directives.
    public static string HeaderPolicy { get; } = Join([.. PageDirectives, .. HeaderOnlyDirectives]);

    /// Powerful features no page of the directory uses, denied to the page and anything it could embed.
    /// Only names Chromium knows: an unknown name is an error in the console.
    public static readonly IReadOnlyList<string> DeniedFeatures =
    [
        "accelerometer", "autoplay", "bluetooth", "browsing-topics", "camera", "display-capture", "encrypted-media",
        "fullscreen", "gamepad", "geolocation", "gyroscope", "hid", "idle-detection", "local-fonts", "magnetometer",
        "microphone", "midi", "otp-credentials", "payment", "picture-in-picture", "publickey-credentials-create",
        "publickey-credentials-get", "screen-wake-lock", "serial", "storage-access", "usb", "web-share",
        "window-management", "xr-spatial-tracking",
    ];

    /// One year. Browsers remember to use HTTPS only for this long; subdomains are left out because the
    /// City's other sites under the same domain are not ours to decide for.
    public const int StrictTransportSeconds = 31536000;

    /// Every header, in the order each configuration writes them.
    public static IReadOnlyList<(string Name, string Value)> All { get; } =
    [
        ("Content-Security-Policy", HeaderPolicy),
        // Nothing about a visit (which service page someone came from) goes to the next site, the quick exit's included.
        ("Referrer-Policy", "no-referrer"),
        ("X-Content-Type-Options", "nosniff"),
        ("Permissions-Policy", string.Join(", ", DeniedFeatures.Select(f => f + "=()"))),
        ("Strict-Transport-Security", $"max-age={StrictTransportSeconds}"),
        // A window this site opens, or that opens it, gets no handle on the other.
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ];

    /// What a server adds to its response for <paramref name="urlPath"/>: every header above, and under
    /// the feed's folder the header that lets any site read it. Cache-Control is CachePolicy's.
    public static IEnumerable<(string Name, string Value)> For(string urlPath) =>
        FeedRoutes.FileFor(urlPath) is null ? All : [.. All, FeedRoutes.Cors];

    private static string Join(IEnumerable<(string Directive, string Value)> directives) =>
        string.Join("; ", directives.Select(d => d.Directive + " " + d.Value));
}
