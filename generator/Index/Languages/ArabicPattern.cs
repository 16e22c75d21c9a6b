namespace DirectoryPortal.Index.Languages;

/// <summary>One of <see cref="ArabicPatterns"/>: letters required at positions, and what a matching word becomes.</summary>
internal sealed class ArabicPattern
{
    private readonly (int Position, string Letters)[] _conditions;
    // Per output letter: a letter of its own, or (Letter == '\0') the word's letter at Position.
    private readonly (char Letter, int Position)[]? _rewrite;

    private ArabicPattern((int, string)[] conditions, (char, int)[]? rewrite)
    {
        _conditions = conditions;
        _rewrite = rewrite;
    }

    public static ArabicPattern Parse(string text)
    {
        var halves = text.Split(" > ");
        var conditions = halves[0].Split(' ').Select(c => (int.Parse(c[..c.IndexOf(':')], System.Globalization.CultureInfo.InvariantCulture), c[(c.IndexOf(':') + 1)..])).ToArray();
        var rewrite = halves.Length == 1 ? null : halves[1].Split(' ')
            .Select(p => char.IsAsciiDigit(p[0]) ? ('\0', p[0] - '0') : (p[0], -1)).ToArray();
        return new ArabicPattern(conditions, rewrite);
    }

    /// <summary>True when the word fits; <paramref name="result"/> is then what it becomes.</summary>
    public bool TryMatch(string word, out string result)
    {
        result = word;
        foreach (var (position, letters) in _conditions)
            if (position >= word.Length || letters.IndexOf(word[position]) < 0) return false;

        if (_rewrite is not null)
        {
            // A position past the word's end reads as JavaScript's undefined, which Array.join writes as "".
            var output = new System.Text.StringBuilder(_rewrite.Length);
            foreach (var (letter, position) in _rewrite)
            {
                if (letter != '\0') output.Append(letter);
                else if (position < word.Length) output.Append(word[position]);
            }

            result = output.ToString();
        }

        return true;
    }
}
