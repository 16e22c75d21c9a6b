using System.Buffers;
using System.Globalization;
using System.Text;
using System.Runtime.CompilerServices;

namespace DirectoryPortal.Write.Verify;

/// Decodes character references in an attribute value. Numeric ones always; named ones from the few a URL
/// could be disguised with. An unknown named reference is kept as '\uFFFD', which is never a safe scheme,
/// so a disguised address is refused rather than passed.
public static class CharacterReferences
{
    /// The named references decoded; the tests' plain reading uses the same table.
    internal static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'", ["colon"] = ":", ["sol"] = "/",
        ["bsol"] = "\\", ["tab"] = "\t", ["newline"] = "\n", ["nbsp"] = "\u00a0", ["semi"] = ";", ["comma"] = ",",
        ["period"] = ".", ["lpar"] = "(", ["rpar"] = ")", ["equals"] = "=", ["plus"] = "+", ["num"] = "#", ["excl"] = "!",
        ["quest"] = "?", ["commat"] = "@", ["percnt"] = "%", ["dollar"] = "$", ["lowbar"] = "_", ["hyphen"] = "-", ["dash"] = "-",
        ["AMP"] = "&", ["LT"] = "<", ["GT"] = ">", ["QUOT"] = "\"",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NamedBySpan = Named.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Decode(ReadOnlySpan<byte> raw)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, 2 * raw.Length));
        try { return new string(Decode(raw, buffer)); }
        finally { ArrayPool<char>.Shared.Return(buffer); }
    }

    /// Decodes <paramref name="raw"/> using <paramref name="buffer"/> (at least twice raw's length) and returns
    /// the text, a slice of the buffer: every page has dozens of addresses, so nothing is allocated.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Span<char> Decode(ReadOnlySpan<byte> raw, Span<char> buffer)
    {
        // A reference is never shorter than what it stands for, so the result fits in the text's length.
        var text = buffer[..Encoding.UTF8.GetChars(raw, buffer)];
        if (text.IndexOf('&') < 0) return text;
        var result = buffer[text.Length..];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '&') { result[length++] = text[i]; continue; }
            var j = i + 1;
            if (j < text.Length && text[j] == '#')
            {
                var hex = j + 1 < text.Length && text[j + 1] is 'x' or 'X';
                var k = j + (hex ? 2 : 1);
                var digitsStart = k;
                while (k < text.Length && (hex ? char.IsAsciiHexDigit(text[k]) : char.IsAsciiDigit(text[k]))) k++;
                if (k > digitsStart && int.TryParse(text.Slice(digitsStart, Math.Min(k - digitsStart, 8)), hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
                {
                    if (code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF)) length += new Rune(code).EncodeToUtf16(result[length..]);
                    else result[length++] = '\uFFFD';
                    i = k < text.Length && text[k] == ';' ? k : k - 1;
                    continue;
                }
                result[length++] = '&';
                continue;
            }
            while (j < text.Length && char.IsAsciiLetterOrDigit(text[j])) j++;
            if (j == i + 1) { result[length++] = '&'; continue; }
            if (NamedBySpan.TryGetValue(text[(i + 1)..j], out var value)) { value.CopyTo(result[length..]); length += value.Length; }
            else if (j < text.Length && text[j] == ';') result[length++] = '\uFFFD';
            else { text[i..j].CopyTo(result[length..]); length += j - i; i = j - 1; continue; }
            i = j < text.Length && text[j] == ';' ? j : j - 1;
        }
        return result[..length];
    }
}
