namespace DirectoryPortal.Index.Languages;

// The languages LunrLanguage.For knows, built once. Labels are the names the functions are registered under in the
// browser: lunr's and lunr-languages' own, and ours (all "dp-") from themes/default/.../lunr-unicode.js.
internal static class LunrLanguageCatalog
{
    // lunr-languages' wordCharacters for every Latin-script language it has.
    private const string LatinWordCharacters =
        "A-Za-z\u00AA\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02B8\u02E0-\u02E4\u1D00-\u1D25\u1D2C-\u1D5C\u1D62-\u1D65" +
        "\u1D6B-\u1D77\u1D79-\u1DBE\u1E00-\u1EFF\u2071\u207F\u2090-\u209C\u212A\u212B\u2132\u214E\u2160-\u2188" +
        "\u2C60-\u2C7F\uA722-\uA787\uA78B-\uA7AD\uA7B0-\uA7B7\uA7F7-\uA7FF\uAB30-\uAB5A\uAB5C-\uAB64\uFB00-\uFB06" +
        "\uFF21-\uFF3A\uFF41-\uFF5A";

    private const string ArabicWordCharacters = "\u0621-\u065B\u0671\u0640";

    private const string UnicodeScript = "lunr-unicode.js";
    private const string StemmerSupport = "lunr-languages/lunr.stemmer.support.min.js";

    private static readonly Dictionary<string, LunrLanguage> Sites = new(StringComparer.Ordinal)
    {
        ["en"] = LunrLanguage.English,
        ["pl"] = Latin("pl", LunrLanguagesStopWords.Polish, new FunctionStemmer("stemmer-pl", PolishStemmer.Stem)),
        ["ro"] = Latin("ro", LunrLanguagesStopWords.Romanian, SnowballStemmer.Romanian),
        ["es"] = Latin("es", LunrLanguagesStopWords.Spanish, SnowballStemmer.Spanish),
        ["pt"] = Latin("pt", LunrLanguagesStopWords.Portuguese, SnowballStemmer.Portuguese),
        ["tr"] = Latin("tr", LunrLanguagesStopWords.Turkish, SnowballStemmer.Turkish),
        ["ar"] = Arabic(),
        ["bn"] = Unicode("bn", FoldTables.Bengali, UnicodeStopWords.Bengali),
        ["ur"] = Unicode("ur", FoldTables.Urdu, UnicodeStopWords.Urdu),
    };

    private static readonly Dictionary<string, LunrLanguage> Originals = new(StringComparer.Ordinal)
    {
        ["pl"] = Original("pl", new WordCharacterTrimmer("trimmer-pl", LatinWordCharacters), LunrLanguagesStopWords.Polish, new FunctionStemmer("stemmer-pl", PolishStemmer.Stem)),
        ["ro"] = Original("ro", new WordCharacterTrimmer("trimmer-ro", LatinWordCharacters), LunrLanguagesStopWords.Romanian, SnowballStemmer.Romanian),
        ["es"] = Original("es", new WordCharacterTrimmer("trimmer-es", LatinWordCharacters), LunrLanguagesStopWords.Spanish, SnowballStemmer.Spanish),
        ["pt"] = Original("pt", new WordCharacterTrimmer("trimmer-pt", LatinWordCharacters), LunrLanguagesStopWords.Portuguese, SnowballStemmer.Portuguese),
        ["tr"] = Original("tr", new WordCharacterTrimmer("trimmer-tr", LatinWordCharacters), LunrLanguagesStopWords.Turkish, SnowballStemmer.Turkish),
        // lunr.ar's search pipeline is the stemmer alone: it has no trimmer.
        ["ar"] = new("ar",
            new LunrPipeline(new WordCharacterTrimmer("trimmer-ar", ArabicWordCharacters), new StopWordFilter("stopWordFilter-ar", LunrLanguagesStopWords.Arabic), ArabicStemmerStep),
            new LunrPipeline(ArabicStemmerStep),
            LunrLanguagesScripts("ar")),
    };

    public static IReadOnlyList<string> Codes { get; } = Sites.Keys.ToArray();

    private static FunctionStemmer ArabicStemmerStep => new("stemmer-ar", ArabicStemmer.Stem);

    public static LunrLanguage Site(string code) =>
        code is not null && Sites.TryGetValue(code, out var language) ? language
            : throw new ArgumentException($"No search pipeline for language '{code}'. Known: {string.Join(", ", Codes)}.", nameof(code));

    // A language without its own pipeline: words of any script kept whole and folded as Latin, nothing stemmed or
    // stopped. Made once per code, so a site's builds share one (and its analyzers' caches).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LunrLanguage> Generics = new(StringComparer.Ordinal);

    public static LunrLanguage SiteOrGeneric(string code) =>
        Sites.TryGetValue(code, out var language) ? language
            : Generics.GetOrAdd(code, c => new LunrLanguage(c,
                new LunrPipeline(UnicodeTrimmer.Instance, FoldTables.Latin),
                new LunrPipeline(UnicodeTrimmer.Instance, FoldTables.Latin),
                [UnicodeScript]));

    public static LunrLanguage LunrLanguagesOnly(string code) =>
        code is not null && Originals.TryGetValue(code, out var language) ? language
            : throw new ArgumentException($"lunr-languages has no pipeline here for '{code}'. Known: {string.Join(", ", Originals.Keys)}.", nameof(code));

    private static LunrLanguage Original(string code, TokenMap trimmer, string stopWords, TokenMap stemmer) => new(code,
        new LunrPipeline(trimmer, new StopWordFilter("stopWordFilter-" + code, stopWords), stemmer),
        new LunrPipeline(trimmer, stemmer),
        LunrLanguagesScripts(code));

    // lunr-languages' pipeline with the unaccented copy before the stemmer and the fold after it.
    private static LunrLanguage Latin(string code, string stopWords, TokenMap stemmer)
    {
        var trimmer = new WordCharacterTrimmer("trimmer-" + code, LatinWordCharacters);
        var fold = FoldTables.Latin;
        return new LunrLanguage(code,
            new LunrPipeline(trimmer, new StopWordFilter("stopWordFilter-" + code, stopWords), new UnaccentedCopy("dp-unaccented-latin", fold), stemmer, fold),
            new LunrPipeline(trimmer, stemmer, fold),
            [.. LunrLanguagesScripts(code), UnicodeScript]);
    }

    private static LunrLanguage Arabic()
    {
        var fold = FoldTables.Arabic;
        var stemmer = ArabicStemmerStep;
        return new LunrLanguage("ar",
            new LunrPipeline(UnicodeTrimmer.Instance, new StopWordFilter("stopWordFilter-ar", LunrLanguagesStopWords.Arabic), new UnaccentedCopy("dp-unaccented-ar", fold), stemmer, fold),
            new LunrPipeline(UnicodeTrimmer.Instance, stemmer, fold),
            [.. LunrLanguagesScripts("ar"), UnicodeScript]);
    }

    private static LunrLanguage Unicode(string code, DiacriticFold fold, StopWordFilter stopWords) => new(code,
        new LunrPipeline(UnicodeTrimmer.Instance, fold, stopWords),
        new LunrPipeline(UnicodeTrimmer.Instance, fold),
        [UnicodeScript]);

    private static string[] LunrLanguagesScripts(string code) => [StemmerSupport, $"lunr-languages/lunr.{code}.min.js"];
}
