using System.Globalization;
using System.Text;

namespace DirectoryPortal.Index;

// lunr lowercases with String.prototype.toLowerCase, which applies Unicode's full, context-sensitive
// mapping. .NET's invariant lowercasing is the simple per-character mapping, so the cases where they
// differ are handled here: dotted capital I, final sigma, and letters newer than .NET's Unicode tables.
internal static class JsLowerCase
{
    private const char CapitalIWithDot = '\u0130';
    private const char CapitalSigma = '\u03A3';

    public static string ToLower(string text)
    {
        if (Ascii.IsValid(text)) return text.ToLowerInvariant();

        var output = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == CapitalIWithDot)
            {
                output.Append("i\u0307"); // full mapping keeps the dot as a combining mark
            }
            else if (c == CapitalSigma)
            {
                output.Append(IsFinalSigma(text, i) ? '\u03C2' : '\u03C3');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                AppendLower(output, char.ConvertToUtf32(c, text[i + 1]));
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                output.Append(c); // a lone surrogate has no case and JS leaves it alone
            }
            else
            {
                AppendLower(output, c);
            }
        }

        return output.ToString();
    }

    /// <summary>The lowercase form of one code point on its own (no sigma context), as JS gives it.</summary>
    public static string ToLower(int codePoint) =>
        codePoint == CapitalSigma ? "\u03C3" : ToLower(char.ConvertFromUtf32(codePoint));

    private static void AppendLower(StringBuilder output, int codePoint)
    {
        int lower = LowerAddedAfterDotNetTables(codePoint) ?? Rune.ToLowerInvariant(new Rune(codePoint)).Value;
        if (lower < 0x10000) output.Append((char)lower);
        else output.Append(char.ConvertFromUtf32(lower));
    }

    // Unicode 17 (which Node's ICU has) adds case pairs that .NET 10's tables do not know yet.
    private static int? LowerAddedAfterDotNetTables(int codePoint) => codePoint switch
    {
        0xA7CE or 0xA7D2 or 0xA7D4 => codePoint + 1,
        >= 0x16EA0 and <= 0x16EB8 => codePoint + 0x1B,
        _ => null,
    };

    // Unicode's Final_Sigma condition: a cased letter comes before (ignoring case-ignorable characters)
    // and no cased letter comes after.
    private static bool IsFinalSigma(string text, int sigmaIndex)
    {
        int i = sigmaIndex;
        bool casedBefore = false;
        while (i > 0)
        {
            int width = char.IsLowSurrogate(text[i - 1]) && i > 1 && char.IsHighSurrogate(text[i - 2]) ? 2 : 1;
            int codePoint = width == 2 ? char.ConvertToUtf32(text[i - 2], text[i - 1]) : text[i - 1];
            i -= width;
            if (IsCaseIgnorable(codePoint)) continue;
            casedBefore = IsCased(codePoint);
            break;
        }

        if (!casedBefore) return false;

        i = sigmaIndex + 1;
        while (i < text.Length)
        {
            bool pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            int codePoint = pair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            i += pair ? 2 : 1;
            if (IsCaseIgnorable(codePoint)) continue;
            return !IsCased(codePoint);
        }

        return true;
    }

    private static bool IsCaseIgnorable(int codePoint)
    {
        if (codePoint is >= 0xD800 and <= 0xDFFF) return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.ModifierSymbol:
                return true;
        }

        // Word_Break MidLetter, MidNumLet and Single_Quote characters.
        return codePoint is 0x27 or 0x2E or 0x3A or 0xB7 or 0x387 or 0x55F or 0x5F4 or 0x2018 or 0x2019
            or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
    }

    // Approximates Unicode's Cased property: letters with case, anything with a case mapping, and the
    // two ordinal indicators that are lowercase without a mapping.
    private static bool IsCased(int codePoint)
    {
        if (codePoint is >= 0xD800 and <= 0xDFFF) return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
                return true;
        }

        var rune = new Rune(codePoint);
        return codePoint is 0xAA or 0xBA || Rune.ToLowerInvariant(rune) != rune || Rune.ToUpperInvariant(rune) != rune;
    }
}
