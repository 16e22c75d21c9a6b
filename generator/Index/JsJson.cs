using System.Globalization;
using System.Text;

namespace DirectoryPortal.Index;

// Writes strings and numbers exactly as JSON.stringify does, so the output can be compared byte for byte
// with lunr's. System.Text.Json escapes more (non-ASCII, '<', '+') and formats numbers differently.
internal static class JsJson
{
    public static void AppendString(StringBuilder output, string value)
    {
        output.Append('"');
        int clean = 0;
        for (int i = 0; i < value.Length; i++)
        {
            string? escape = EscapeFor(value, i);
            if (escape is null) continue;
            output.Append(value, clean, i - clean).Append(escape);
            clean = i + 1;
        }
        output.Append(value, clean, value.Length - clean).Append('"');
    }

    // JSON.stringify escapes quotes, backslashes, control characters and (since ES2019) lone surrogates.
    private static string? EscapeFor(string value, int i)
    {
        char c = value[i];
        switch (c)
        {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\b': return "\\b";
            case '\f': return "\\f";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
        }

        if (c < 0x20) return UnicodeEscape(c);
        if (char.IsHighSurrogate(c))
        {
            bool paired = i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            return paired ? null : UnicodeEscape(c);
        }

        if (char.IsLowSurrogate(c))
        {
            bool paired = i > 0 && char.IsHighSurrogate(value[i - 1]);
            return paired ? null : UnicodeEscape(c);
        }

        return null;
    }

    private static string UnicodeEscape(char c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);

    public static void AppendNumber(StringBuilder output, int value) =>
        output.Append(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Number::toString as JSON.stringify uses it (NaN and infinities become null).</summary>
    public static void AppendNumber(StringBuilder output, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            output.Append("null");
            return;
        }

        if (value == 0)
        {
            output.Append('0'); // -0 prints as 0 too
            return;
        }

        if (value < 0) output.Append('-');
        // .NET's round-trip format already picks the shortest digit string that reads back to the
        // same double, which is the digit string ECMAScript specifies; only the layout differs.
        string shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        (string digits, int pointPosition) = Decompose(shortest);
        AppendEcmaScriptLayout(output, digits, pointPosition);
    }

    // Splits a .NET "R" string into significant digits and the position of the decimal point
    // relative to the first digit (ECMAScript's n).
    private static (string Digits, int PointPosition) Decompose(string formatted)
    {
        int exponent = 0;
        int e = formatted.IndexOfAny(['E', 'e']);
        string mantissa = formatted;
        if (e >= 0)
        {
            exponent = int.Parse(formatted.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = formatted[..e];
        }

        int dot = mantissa.IndexOf('.');
        string integerPart = dot >= 0 ? mantissa[..dot] : mantissa;
        string fractionPart = dot >= 0 ? mantissa[(dot + 1)..] : "";
        string all = integerPart + fractionPart;
        int pointPosition = integerPart.Length + exponent;

        int leadingZeros = 0;
        while (leadingZeros < all.Length - 1 && all[leadingZeros] == '0') leadingZeros++;
        string digits = all[leadingZeros..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, pointPosition - leadingZeros);
    }

    private static void AppendEcmaScriptLayout(StringBuilder output, string digits, int n)
    {
        int k = digits.Length;
        if (k <= n && n <= 21)
        {
            output.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            output.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            output.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            output.Append(digits[0]);
            if (k > 1) output.Append('.').Append(digits, 1, k - 1);
            int exponent = n - 1;
            output.Append('e').Append(exponent >= 0 ? '+' : '-')
                .Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }
    }
}
