namespace DirectoryPortal.Index.Languages;

/// <summary>lunr-languages' trimmerSupport.generateTrimmer: strips leading and trailing characters outside a language's word characters.</summary>
/// <remarks>
/// lunr-languages builds /^[^chars0-9]+/ and /[^chars0-9]+$/ from the language's wordCharacters, without the
/// RegExp u flag, so it works on UTF-16 code units: any character outside the BMP is two surrogates, neither of
/// them a word character, and is stripped at either end. Characters inside the token are never touched.
/// </remarks>
public sealed class WordCharacterTrimmer : TokenMap
{
    private readonly bool[] _isWordChar = new bool[char.MaxValue + 1];

    /// <param name="wordCharacters">The character-class body, as lunr-languages writes it: single characters and a-b ranges.</param>
    public WordCharacterTrimmer(string label, string wordCharacters) : base(label)
    {
        // generateTrimmer appends the ASCII digits, as lunr's own trimmer keeps them.
        string allowed = wordCharacters + "0-9";
        for (int i = 0; i < allowed.Length; i++)
        {
            char first = allowed[i];
            char last = first;
            if (i + 2 < allowed.Length && allowed[i + 1] == '-')
            {
                last = allowed[i + 2];
                i += 2;
            }

            for (int c = first; c <= last; c++) _isWordChar[c] = true;
        }
    }

    public bool IsWordCharacter(char c) => _isWordChar[c];

    public override string Map(string text)
    {
        int start = 0;
        while (start < text.Length && !_isWordChar[text[start]]) start++;
        int end = text.Length;
        while (end > start && !_isWordChar[text[end - 1]]) end--;
        return start == 0 && end == text.Length ? text : text[start..end];
    }
}
