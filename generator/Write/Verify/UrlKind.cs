using System.Text;

namespace DirectoryPortal.Write.Verify;

/// What an address in an attribute points at, as a browser would read it.
public enum UrlKind
{
    /// No scheme and no host: another file of this site.
    SameSite,
    /// http(s):// or //host: another web site.
    OtherHost,
    /// mailto:, tel: or sms:.
    Contact,
    /// javascript: or vbscript:, which run script.
    Script,
    /// data:, file: and every other scheme.
    OtherScheme,
}

/// Classifies attribute values the way browsers parse URLs: character references decoded, tabs and line
/// breaks inside removed, leading and trailing spaces and control characters ignored, '\' read as '/'.
public static class UrlClassifier
{
    public static UrlKind Classify(ReadOnlySpan<byte> raw)
    {
        var text = raw.IndexOf((byte)'&') >= 0 ? CharacterReferences.Decode(raw) : Encoding.UTF8.GetString(raw);
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text.Trim('\u0000', '\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0006', '\u0007', '\u0008', '\u0009', '\u000a',
                     '\u000b', '\u000c', '\u000d', '\u000e', '\u000f', '\u0010', '\u0011', '\u0012', '\u0013', '\u0014', '\u0015', '\u0016',
                     '\u0017', '\u0018', '\u0019', '\u001a', '\u001b', '\u001c', '\u001d', '\u001e', '\u001f', ' '))
            if (c is not ('\t' or '\n' or '\r')) cleaned.Append(c);
        var url = cleaned.ToString();
        // A character reference that could not be decoded may be hiding anything, so it is not trusted.
        if (url.Contains('\uFFFD')) return UrlKind.OtherScheme;
        if (url.Length >= 2 && url[0] is '/' or '\\' && url[1] is '/' or '\\') return UrlKind.OtherHost;
        var colon = url.IndexOf(':');
        if (colon <= 0) return UrlKind.SameSite;
        var separator = url.IndexOfAny(['/', '\\', '?', '#']);
        if (separator >= 0 && separator < colon) return UrlKind.SameSite;
        var scheme = url[..colon].ToLowerInvariant();
        if (!char.IsAsciiLetter(scheme[0]) || scheme.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))) return UrlKind.SameSite;
        return scheme switch
        {
            "http" or "https" => UrlKind.OtherHost,
            "mailto" or "tel" or "sms" => UrlKind.Contact,
            "javascript" or "vbscript" => UrlKind.Script,
            _ => UrlKind.OtherScheme,
        };
    }
}
