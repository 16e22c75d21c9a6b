using System.Buffers;
using System.Runtime.CompilerServices;

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
    // Addresses up to this long are read in a buffer on the stack: nearly all of them, dozens on every page.
    private const int OnStack = 512;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static UrlKind Classify(ReadOnlySpan<byte> raw)
    {
        char[]? rented = null;
        var buffer = raw.Length <= OnStack ? stackalloc char[2 * OnStack] : (rented = ArrayPool<char>.Shared.Rent(2 * raw.Length));
        try { return Classify(CharacterReferences.Decode(raw, buffer)); }
        finally { if (rented is not null) ArrayPool<char>.Shared.Return(rented); }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static UrlKind Classify(Span<char> text)
    {
        var trimmed = text.Trim(Ignored.AsSpan());
        var length = 0;
        foreach (var c in trimmed)
            if (c is not ('\t' or '\n' or '\r')) trimmed[length++] = c;
        var url = trimmed[..length];
        // A character reference that could not be decoded may be hiding anything, so it is not trusted.
        if (url.Contains('\uFFFD')) return UrlKind.OtherScheme;
        if (url.Length >= 2 && url[0] is '/' or '\\' && url[1] is '/' or '\\') return UrlKind.OtherHost;
        var colon = url.IndexOf(':');
        if (colon <= 0) return UrlKind.SameSite;
        var separator = url.IndexOfAny(Separators);
        if (separator >= 0 && separator < colon) return UrlKind.SameSite;
        Span<char> scheme = colon <= 32 ? stackalloc char[colon] : new char[colon];
        url[..colon].ToLowerInvariant(scheme);
        if (!char.IsAsciiLetter(scheme[0])) return UrlKind.SameSite;
        foreach (var c in scheme)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return UrlKind.SameSite;
        return scheme switch
        {
            "http" or "https" => UrlKind.OtherHost,
            "mailto" or "tel" or "sms" => UrlKind.Contact,
            "javascript" or "vbscript" => UrlKind.Script,
            _ => UrlKind.OtherScheme,
        };
    }

    // C0 control characters and space, which a browser strips from both ends of an address.
    private const string Ignored =
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f ";

    private static readonly SearchValues<char> Separators = SearchValues.Create("/\\?#");
}
