using System.Globalization;
using System.Text;

namespace DirectoryPortal.Write.Verify;

/// Decodes character references in an attribute value. Numeric ones always; named ones from the few a URL
/// could be disguised with. An unknown named reference is kept as '\uFFFD', which is never a safe scheme,
/// so a disguised address is refused rather than passed.
public static class CharacterReferences
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'", ["colon"] = ":", ["sol"] = "/",
        ["bsol"] = "\\", ["tab"] = "\t", ["newline"] = "\n", ["nbsp"] = "\u00a0", ["semi"] = ";", ["comma"] = ",",
        ["period"] = ".", ["lpar"] = "(", ["rpar"] = ")", ["equals"] = "=", ["plus"] = "+", ["num"] = "#", ["excl"] = "!",
        ["quest"] = "?", ["commat"] = "@", ["percnt"] = "%", ["dollar"] = "$", ["lowbar"] = "_", ["hyphen"] = "-", ["dash"] = "-",
        ["AMP"] = "&", ["LT"] = "<", ["GT"] = ">", ["QUOT"] = "\"",
    };

    public static string Decode(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.UTF8.GetString(raw);
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '&') { result.Append(text[i]); continue; }
            var j = i + 1;
            if (j < text.Length && text[j] == '#')
            {
                var hex = j + 1 < text.Length && text[j + 1] is 'x' or 'X';
                var k = j + (hex ? 2 : 1);
                var digitsStart = k;
                while (k < text.Length && (hex ? char.IsAsciiHexDigit(text[k]) : char.IsAsciiDigit(text[k]))) k++;
                if (k > digitsStart && int.TryParse(text.AsSpan(digitsStart, Math.Min(k - digitsStart, 8)), hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
                {
                    result.Append(code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD");
                    i = k < text.Length && text[k] == ';' ? k : k - 1;
                    continue;
                }
                result.Append('&');
                continue;
            }
            while (j < text.Length && char.IsAsciiLetterOrDigit(text[j])) j++;
            if (j == i + 1) { result.Append('&'); continue; }
            var name = text[(i + 1)..j];
            if (Named.TryGetValue(name, out var value)) result.Append(value);
            else if (j < text.Length && text[j] == ';') result.Append('\uFFFD');
            else { result.Append(text, i, j - i); i = j - 1; continue; }
            i = j < text.Length && text[j] == ';' ? j : j - 1;
        }
        return result.ToString();
    }
}
