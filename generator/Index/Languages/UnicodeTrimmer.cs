using System.Globalization;

namespace DirectoryPortal.Index.Languages;

/// <summary>Our trimmer for languages lunr-languages does not cover: strips what is not a letter, mark or digit of any script from both ends.</summary>
/// <remarks>
/// lunr's trimmer keeps only ASCII \w, and lunr-languages' keep one script each, so either would cut Bengali or
/// Urdu letters (and their vowel signs, which are combining marks) off the ends of words. This one works on code
/// points, so a letter outside the BMP is kept whole and a lone surrogate is stripped like punctuation. What it
/// strips is <see cref="UnicodeNonWordRanges"/>; the browser's copy is lunr-unicode.js.
/// </remarks>
public sealed class UnicodeTrimmer : TokenMap
{
    public const string Name = "dp-trimmer-unicode";

    private static readonly int[] Starts;
    private static readonly int[] Ends;

    static UnicodeTrimmer()
    {
        var ranges = UnicodeNonWordRanges.Table.Split(' ');
        Starts = new int[ranges.Length];
        Ends = new int[ranges.Length];
        for (int i = 0; i < ranges.Length; i++)
        {
            var parts = ranges[i].Split('-');
            Starts[i] = int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            Ends[i] = parts.Length == 1 ? Starts[i] : int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
    }

    public static readonly UnicodeTrimmer Instance = new();

    private UnicodeTrimmer() : base(Name)
    {
    }

    /// <summary>True for a code point the trimmer keeps at the end of a token.</summary>
    public static bool IsWordCodePoint(int codePoint)
    {
        int i = Array.BinarySearch(Starts, codePoint);
        if (i >= 0) return false;
        i = ~i - 1;
        return i < 0 || codePoint > Ends[i];
    }

    public override string Map(string text)
    {
        int start = 0;
        while (start < text.Length)
        {
            int length = CodePointAt(text, start, out int codePoint);
            if (IsWordCodePoint(codePoint)) break;
            start += length;
        }

        int end = text.Length;
        while (end > start)
        {
            int length = CodePointBefore(text, end, out int codePoint);
            if (IsWordCodePoint(codePoint)) break;
            end -= length;
        }

        return start == 0 && end == text.Length ? text : text[start..end];
    }

    // A lone surrogate stands for itself, as String.prototype.codePointAt gives it.
    private static int CodePointAt(string text, int index, out int codePoint)
    {
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            codePoint = char.ConvertToUtf32(text[index], text[index + 1]);
            return 2;
        }

        codePoint = text[index];
        return 1;
    }

    private static int CodePointBefore(string text, int end, out int codePoint)
    {
        if (char.IsLowSurrogate(text[end - 1]) && end >= 2 && char.IsHighSurrogate(text[end - 2]))
        {
            codePoint = char.ConvertToUtf32(text[end - 2], text[end - 1]);
            return 2;
        }

        codePoint = text[end - 1];
        return 1;
    }
}
