namespace DirectoryPortal.Index.Languages;

/// <summary>The word patterns lunr-languages' Arabic stemmer checks words of four to seven letters against.</summary>
/// <remarks>
/// Each entry is "position:letters ..." (the word's letter at each position must be one of those letters),
/// optionally followed by " > " and what the word becomes: a letter stands for itself and a digit for the word's
/// letter at that position. A matching pattern without a rewrite keeps the word as it is. Patterns are tried in
/// order and the first match ends stemming. Named as lunr.ar.js names its tables: pt + length + root length.
/// </remarks>
internal static class ArabicPatterns
{
    public static readonly ArabicPattern[] Pt43 = Parse(
        "1:ا",
        "0:اتني > 1 2 3",
        "2:و > 0 1 3",
        "2:ا",
        "2:ي > 0 1 ا 3",
        "0:م");

    public static readonly ArabicPattern[] Pt53 = Parse(
        "0:ت 2:ا",
        "0:انتي 2:ت > ا 1 ت 3 ا 4",
        "0:ا 2:ا > ا 1 3 4 ا 4",
        "0:ا 3:ا > 1 2 4",
        "3:ا 4:ن",
        "0:ت 3:ي",
        "0:م 3:و",
        "1:ا 3:و",
        "1:و 2:ا",
        "0:م 3:ا",
        "0:م 3:ي",
        "2:ا 3:ن",
        "0:م 1:ن > ا ن 2 3 ا 4",
        "0:م 2:ت > ا 1 ت 3 ا 4",
        "0:م 2:ا",
        "1:م 3:ا",
        "0:يتان 1:ت > 2 3 ا 4",
        "0:تيان 2:ت > ا 1 ت 3 ا 4",
        "2:ا 3:ي",
        "0:ايتن 1:ن > ا ن 2 3 ا 4",
        "3:ا 4:ء");

    public static readonly ArabicPattern[] Pt63 = Parse(
        "0:ا 2:ت 4:ا",
        "0:اتني 1:س 2:ت > ا س ت 3 4 ا 5",
        "0:انتي 3:و",
        "0:م 1:س 2:ت > ا س ت 3 4 ا 5",
        "1:ي 3:ي 4:ا 5:ء",
        "0:ا 1:ن 4:ا");

    public static readonly ArabicPattern[] Pt54 = Parse(
        "0:ت",
        "0:ايتن > ا 1 2 3 4 ا 4",
        "0:م > ا 1 2 3 4 ا 4",
        "2:ا",
        "0:ا 2:ن");

    public static readonly ArabicPattern[] Pt64 = Parse(
        "0:ا 4:ا",
        "0:م 1:ت");

    public static readonly ArabicPattern[] Pt73 = Parse(
        "0:ا 1:س 2:ت 5:ا");

    private static ArabicPattern[] Parse(params string[] patterns) => patterns.Select(ArabicPattern.Parse).ToArray();
}
