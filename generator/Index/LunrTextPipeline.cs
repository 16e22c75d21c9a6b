namespace DirectoryPortal.Index;

// The pipeline lunr(...) installs for indexing: trimmer, then stopWordFilter, then stemmer. (The
// search pipeline is the stemmer alone, which is why the serialized index lists only "stemmer".)
internal static class LunrTextPipeline
{
    /// <summary>The index term for one token, or null when the stop-word filter drops it.</summary>
    /// <remarks>
    /// A token of punctuation alone ("...", "&amp;") trims to the empty string and is still indexed:
    /// lunr's pipeline discards a function's result only when the result itself is "", and the
    /// trimmer returns a token object whose text is "". The index therefore has a "" term.
    /// </remarks>
    public static string? ToTerm(ReadOnlySpan<char> token)
    {
        var trimmed = LunrTrimmer.Trim(token);
        if (LunrStopWords.Contains(trimmed)) return null;
        return PorterStemmer.Stem(trimmed.ToString());
    }

    /// <summary>The terms lunr would index for a field value, in order, repeats included.</summary>
    public static List<string> Terms(string? text)
    {
        var terms = new List<string>();
        foreach (string token in LunrTokenizer.Tokenize(text))
        {
            string? term = ToTerm(token);
            if (term is not null) terms.Add(term);
        }

        return terms;
    }
}
