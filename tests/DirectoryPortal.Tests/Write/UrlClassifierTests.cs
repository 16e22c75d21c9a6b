using System.Globalization;
using System.Text;
using DirectoryPortal.Write.Verify;

namespace DirectoryPortal.Tests.Write;

/// The page check reads every address on every page without allocating (10,000 service pages, dozens of
/// addresses each). It must read them exactly as the plain string-based reading below does, which is how
/// browsers read them: compared on crafted disguises and on many random values.
public class UrlClassifierTests
{
    [Theory]
    [InlineData("../../services/refuge/index.html", UrlKind.SameSite)]
    [InlineData("tel:&#x2B;448082000247", UrlKind.Contact)]
    [InlineData("&#106;avascript:alert(1)", UrlKind.Script)]
    [InlineData(" java\tscript:alert(1)", UrlKind.Script)]
    [InlineData("javascript&colon;alert(1)", UrlKind.Script)]
    [InlineData("\\\\evil.example/x", UrlKind.OtherHost)]
    [InlineData("https://www.refuge.org.uk/", UrlKind.OtherHost)]
    [InlineData("tel:&bogus;", UrlKind.OtherScheme)]
    [InlineData("data:text/html,x", UrlKind.OtherScheme)]
    [InlineData("a/b:c", UrlKind.SameSite)]
    public void Reads_addresses_as_a_browser_does(string value, UrlKind expected)
    {
        Assert.Equal(expected, UrlClassifier.Classify(Encoding.UTF8.GetBytes(value)));
        Assert.Equal(expected, Reference.Classify(Encoding.UTF8.GetBytes(value)));
    }

    [Fact]
    public void Gives_the_plain_readings_answer_for_every_crafted_disguise()
    {
        string[] starts = ["", " ", "\t", "\u0001", "&#x20;", "&#9;", "\n\r"];
        string[] schemes = ["javascript", "JaVaScRiPt", "java\tscript", "jav&#x61;script", "jav&#97script", "tel", "http", "HTTPS", "mailto", "sms",
            "data", "vbscript", "file", "a b", "1abc", "+x", "javascr\u0130pt", "\u212Aey", "x&zzz;y", "/", "", "ab/c", "a?b", "a#b", "&#xD800;"];
        string[] colons = [":", "&colon;", "&#58;", "&#x3a;", "&#x3A", "&#0058;", "&#58", "&", "&#;"];
        string[] rests = ["", "//x", "alert(1)", "&#x2B;441", "&bogus;", "&amp;", "&#0;", "&#1114112;", "&#x10FFFF;", "&#xFFFFFFFF;", "&nbsp",
            "&lt;", "\u00e9", "&#123456789;", "&AMP", " ", "\u0000"];
        var count = 0;
        foreach (var start in starts)
            foreach (var scheme in schemes)
                foreach (var colon in colons)
                    foreach (var rest in rests)
                    {
                        AssertSame(Encoding.UTF8.GetBytes(start + scheme + colon + rest));
                        count++;
                    }
        Assert.True(count > 20_000);
        foreach (var bytes in new[] { new byte[] { 0xC3 }, [(byte)'j', 0xFF, (byte)':'], [0xE2, 0x82], [(byte)'t', (byte)'e', (byte)'l', (byte)':', 0x80] })
            AssertSame(bytes);
    }

    [Fact]
    public void Gives_the_plain_readings_answer_for_random_values()
    {
        string[] pieces = ["a", "J", "s", ":", "/", "\\", "?", "#", "&", "&#", "x", "3", "A", ";", "amp", "colon", "&#x", "0", " ", "\t", "\n",
            "\u0001", "\u00e9", "\u0130", "\uFFFD", "tel", "javascript", "http", "//", "&lt", "FFFF", "9", "D800"];
        var random = new Random(20261201);
        for (var i = 0; i < 50_000; i++)
        {
            var value = new StringBuilder();
            for (var n = random.Next(0, 12); n > 0; n--) value.Append(pieces[random.Next(pieces.Length)]);
            AssertSame(Encoding.UTF8.GetBytes(value.ToString()));
        }
        // Longer than the buffer kept on the stack.
        AssertSame(Encoding.UTF8.GetBytes("javascript:" + new string('a', 2000)));
        AssertSame(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("&#x2B;", 400)) + "x:y"));
    }

    private static void AssertSame(byte[] raw)
    {
        var shown = Encoding.UTF8.GetString(raw).ReplaceLineEndings("\\n");
        Assert.True(Reference.Decode(raw) == CharacterReferences.Decode(raw), $"decoding '{shown}'");
        Assert.True(Reference.Classify(raw) == UrlClassifier.Classify(raw), $"classifying '{shown}': expected {Reference.Classify(raw)}, got {UrlClassifier.Classify(raw)}");
    }

    /// The reading written plainly with strings, as the generator did before it was made allocation-free.
    private static class Reference
    {
        // The same table of named references: what is compared is the reading, not the list.
        private static readonly Dictionary<string, string> Named = CharacterReferences.Named;

        public static string Decode(ReadOnlySpan<byte> raw)
        {
            var text = Encoding.UTF8.GetString(raw);
            var result = new StringBuilder();
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

        public static UrlKind Classify(ReadOnlySpan<byte> raw)
        {
            var text = Decode(raw);
            var url = new string(text.Trim([.. Enumerable.Range(0, 32).Select(c => (char)c), ' ']).Where(c => c is not ('\t' or '\n' or '\r')).ToArray());
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
}
