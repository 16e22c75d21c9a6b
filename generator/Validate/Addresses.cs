using System.Text.RegularExpressions;

namespace DirectoryPortal.Validate;

/// Rules for web addresses and email addresses, shared by every check that meets one.
public static partial class Addresses
{
    [GeneratedRegex(@"^[^@\s""<>()\[\],;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")]
    private static partial Regex EmailPattern();

    public static bool IsEmail(string value) => EmailPattern().IsMatch(value.Trim());

    /// An absolute http(s) address with a host: what every web field holds.
    public static bool IsWebUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) &&
        !string.IsNullOrEmpty(uri.Host) && !value.Contains(' ');

    /// For links in Markdown: relative links, and https/http/mailto/tel. Never javascript:, data: or others.
    public static bool IsAllowedLink(string url)
    {
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so we do too.
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        var colon = cleaned.IndexOf(':');
        if (colon < 0) return true;
        var firstSeparator = cleaned.IndexOfAny(['/', '?', '#']);
        if (firstSeparator >= 0 && firstSeparator < colon) return true;
        var scheme = cleaned[..colon];
        return scheme is "https" or "http" or "mailto" or "tel";
    }

    public static bool IsExternal(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
}
