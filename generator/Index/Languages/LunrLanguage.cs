namespace DirectoryPortal.Index.Languages;

/// <summary>How one language's text becomes search terms: the index and search pipelines and the scripts the browser needs for them.</summary>
/// <remarks>
/// Use <see cref="For"/> for the site. English is lunr's own pipeline, unchanged. Polish, Romanian, Spanish,
/// Portuguese, Turkish and Arabic use lunr-languages 1.22.0's trimmer, stop-word filter and stemmer, plus our
/// diacritic fold (and, for Arabic, our Unicode trimmer in place of lunr-languages', which strips Latin letters
/// and Urdu and Persian letters from word ends). Bengali and Urdu have our pipeline only. docs/search.md
/// explains each choice. <see cref="LunrLanguagesOnly"/> gives exactly what this.use(lunr.xx) sets up, which the
/// tests compare with lunr-languages itself.
/// </remarks>
public sealed class LunrLanguage
{
    internal LunrLanguage(string code, LunrPipeline index, LunrPipeline search, IReadOnlyList<string> scripts)
    {
        Code = code;
        IndexPipeline = index;
        SearchPipeline = search;
        Scripts = scripts;
    }

    /// <summary>The language code the site uses ("en", "pl", ...).</summary>
    public string Code { get; }

    /// <summary>What lunr's builder runs over each token of each field.</summary>
    public LunrPipeline IndexPipeline { get; }

    /// <summary>What lunr runs over each query term; it is serialized with the index and rebuilt in the browser.</summary>
    public LunrPipeline SearchPipeline { get; }

    /// <summary>The index's "pipeline" list: lunr serializes the search pipeline's function names.</summary>
    public IReadOnlyList<string> PipelineNames => SearchPipeline.Labels;

    /// <summary>Scripts the search page must load, in order, after lunr.min.js and before the index, as names under assets/.</summary>
    public IReadOnlyList<string> Scripts { get; }

    internal bool IsEnglish => ReferenceEquals(this, English);

    /// <summary>lunr's own pipeline. Defined here rather than with the others so that an English-only build never
    /// builds them (and never loads Lucene.Net for the Snowball stemmers).</summary>
    public static LunrLanguage English { get; } = new("en",
        new LunrPipeline(new EnglishTrimmer(), new StopWordFilter("stopWordFilter", string.Join(' ', LunrStopWords.All)), new FunctionStemmer("stemmer", PorterStemmer.Stem)),
        new LunrPipeline(new FunctionStemmer("stemmer", PorterStemmer.Stem)),
        []);

    /// <summary>Every code <see cref="For"/> knows.</summary>
    public static IReadOnlyList<string> Codes => LunrLanguageCatalog.Codes;

    /// <summary>The site's pipeline for a language code; an unknown code is an error that lists the known ones.</summary>
    public static LunrLanguage For(string code) => LunrLanguageCatalog.Site(code);

    /// <summary>A site language's pipeline: <see cref="For"/>'s for a code it knows; for any other ("fr", "so"), a plain one
    /// that keeps the letters and marks of every script, folds Latin diacritics and neither stems nor drops stop words.</summary>
    public static LunrLanguage ForSite(string code) => LunrLanguageCatalog.SiteOrGeneric(code);

    /// <summary>Exactly lunr-languages 1.22.0's pipelines for pl, ro, es, pt, tr or ar, without our additions.</summary>
    public static LunrLanguage LunrLanguagesOnly(string code) => LunrLanguageCatalog.LunrLanguagesOnly(code);

    /// <summary>The terms lunr would index for a field value: lowercased, tokenized, then the index pipeline.</summary>
    public List<string> IndexTerms(string? text)
    {
        var terms = new List<string>();
        foreach (string token in LunrTokenizer.Tokenize(text)) AddIndexTerms(token, terms);
        return terms;
    }

    /// <summary>What the browser's lunr searches for a query term (Pipeline.runString, so no lowercasing).</summary>
    public List<string> SearchTerms(string term) => SearchPipeline.RunString(term);

    internal void AddIndexTerms(string token, List<string> terms)
    {
        if (IsEnglish)
        {
            string? term = LunrTextPipeline.ToTerm(token);
            if (term is not null) terms.Add(term);
        }
        else
        {
            IndexPipeline.Run(token, terms);
        }
    }

    public override string ToString() => Code;
}
