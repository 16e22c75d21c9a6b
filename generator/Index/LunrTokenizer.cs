namespace DirectoryPortal.Index;

// lunr.tokenizer: lowercase the whole text, then cut it at every run of characters matching the JS
// RegExp /[\s\-]+/. Only ASCII hyphen-minus counts as a hyphen; other dashes stay inside tokens.
internal static class LunrTokenizer
{
    /// <summary>Finds the next token at or after <paramref name="position"/> in already lowercased text.</summary>
    public static bool TryNext(string lowered, ref int position, out ReadOnlySpan<char> token)
    {
        int start = position;
        while (start < lowered.Length && IsSeparator(lowered[start])) start++;

        int end = start;
        while (end < lowered.Length && !IsSeparator(lowered[end])) end++;

        position = end;
        token = lowered.AsSpan(start, end - start);
        return end > start;
    }

    /// <summary>The tokens of a field value, as lunr.tokenizer would produce them.</summary>
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text)) return tokens;

        string lowered = JsLowerCase.ToLower(text);
        int position = 0;
        while (TryNext(lowered, ref position, out var token)) tokens.Add(token.ToString());
        return tokens;
    }

    /// <summary>JS RegExp \s (WhiteSpace and LineTerminator), plus '-'. Not char.IsWhiteSpace: that adds U+0085 and drops U+FEFF.</summary>
    public static bool IsSeparator(char c) => c switch
    {
        '-' or ' ' or '\t' or '\n' or '\v' or '\f' or '\r' => true,
        '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };
}
