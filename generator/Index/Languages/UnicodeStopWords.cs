namespace DirectoryPortal.Index.Languages;

/// <summary>Our stop words for Bengali and Urdu, which lunr-languages does not cover; docs/search.md gives each word's reason.</summary>
/// <remarks>
/// Short on purpose. lunr's scoring already gives little weight to a word in every document, so a stop word only
/// saves index size; a wrong one makes a word unfindable. Only connectives, postpositions and the copula are
/// listed, never a negation or a pronoun a person might search with. The filter runs after the fold, so words are
/// written folded, and it also drops the empty token that trimming leaves of a punctuation-only word.
/// </remarks>
internal static class UnicodeStopWords
{
    // and, or, or, but, this, that (এবং অথবা বা কিন্তু এই সেই), and the empty token.
    public static readonly StopWordFilter Bengali = new("dp-stopWordFilter-bn", "এবং অথবা বা কিন্তু এই সেই ");

    // and, or, of (three forms), from, to, is, are (اور یا کا کی کے سے کو ہے ہیں), and the empty token.
    public static readonly StopWordFilter Urdu = new("dp-stopWordFilter-ur", "اور یا کا کی کے سے کو ہے ہیں ");
}
