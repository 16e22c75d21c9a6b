namespace DirectoryPortal.Index;

// lunr.trimmer strips /^\W+/ and /\W+$/. Without the RegExp u flag \w is ASCII-only, so any non-ASCII
// letter at either end of a token is stripped too ("café" becomes "caf"); lunr's index has that quirk.
internal static class LunrTrimmer
{
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        int start = 0;
        while (start < token.Length && !IsWordChar(token[start])) start++;

        int end = token.Length;
        while (end > start && !IsWordChar(token[end - 1])) end--;

        return token[start..end];
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
