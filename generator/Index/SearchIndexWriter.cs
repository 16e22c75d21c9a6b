using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DirectoryPortal.Index.Languages;
using DirectoryPortal.Model;
using DirectoryPortal.Render;
using DirectoryPortal.Write;

namespace DirectoryPortal.Index;

/// Stage 4: writes the search index of a language's site: a lunr index, the result store, the filters'
/// values, the categories' names, the synonyms and what the page's query code needs. A few hundred documents
/// go in one script, assets/search-index.js; a bigger directory's index is split into parts loaded as queries
/// need them (SplitIndexWriter). Scripts, not JSON, so the search page also works when the site is opened from disk.
/// Another language's index (<see cref="For"/>) holds that language's words and, in fields of their own that lunr's
/// English pipeline analyzes, the English words of the same pages, so a search can mix the two (docs/search.md).
public sealed class SearchIndexWriter
{
    public const string OutputPath = "assets/search-index.js";

    /// The index script for one language's site: the English one's name, or "assets/search-index.pl.js".
    public static string PathFor(Language language) => language.IsMain ? OutputPath : $"assets/search-index.{language.Code}.js";

    /// The name a language's search page loads, relative to assets/.
    public static string AssetFor(Language language) => PathFor(language)["assets/".Length..];

    /// Whether a path is one of the parts of a split index (which a new index replaces, all of them).
    public static bool IsPart(string path) =>
        path.StartsWith("assets/search-index", StringComparison.Ordinal) && path.Contains("-parts/", StringComparison.Ordinal);

    /// Name first, then keywords and categories, then the description with everything else.
    /// Three fields, not four: each field adds a vector per document, and size matters on a slow phone.
    public static readonly IReadOnlyList<SearchField> Fields =
    [
        new("title", 10),
        new("keywords", 5),
        new("body", 1),
    ];

    /// What the English fields' names end in, in another language's index: "title_en".
    public const string EnglishSuffix = "_en";

    /// Another language's fields: <see cref="Fields"/> for its own words, then the same for the English words,
    /// with the same boosts, analyzed by lunr's English pipeline.
    public static readonly IReadOnlyList<SearchField> BilingualFields =
        [.. Fields, .. Fields.Select(f => new SearchField(f.Name + EnglishSuffix, f.Boost, LunrLanguage.English))];

    private static readonly JsonSerializerOptions StoreJson = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default,
    };

    private readonly LunrIndexBuilder _builder;
    private readonly bool _bilingual;

    /// <param name="language">Whose pipeline analyzes the text (<see cref="LunrLanguage.For"/>); English when null.
    /// <paramref name="fields"/>: the fields and boosts to index; <see cref="Fields"/> when null.</param>
    public SearchIndexWriter(LunrLanguage? language = null, IReadOnlyList<SearchField>? fields = null)
        : this(language, fields ?? Fields, bilingual: false)
    {
    }

    private SearchIndexWriter(LunrLanguage? language, IReadOnlyList<SearchField> fields, bool bilingual)
    {
        _builder = new LunrIndexBuilder(fields, language);
        _bilingual = bilingual;
    }

    /// The writer for a site in <paramref name="language"/>: English's index as it has always been; any other
    /// language's with its own words first and the English words of the same pages after (<see cref="BilingualFields"/>).
    public static SearchIndexWriter For(LunrLanguage language) => language.Code == Load.UiStringsLoader.English
        ? new SearchIndexWriter(language, Fields, bilingual: false)
        : new SearchIndexWriter(language, BilingualFields, bilingual: true);

    public LunrLanguage Language => _builder.Language;

    /// Whether this writer also indexes the English text (see <see cref="For"/>); Write then needs the English site.
    public bool Bilingual => _bilingual;

    // What each service or guidance page contributes, kept while its record object lives: `serve`
    // re-reads only edited files, so an edit re-analyzes one document, not ten thousand. Category and
    // audience names come from the taxonomy, and language names from the theme's strings, so an entry is
    // only good for the taxonomy and strings it was made with. A language's records are new copies in every
    // build, so its index keeps nothing.
    private readonly ConditionalWeakTable<object, Entry> _entries = new();

    private sealed record Entry(Taxonomy Taxonomy, string LanguageNames, AnalyzedDocument Document, byte[] Stored, SearchStoreEntry Shown);

    /// <summary>The index's files, the script the search page loads first; <paramref name="english"/> is the English site,
    /// which a bilingual writer needs. Safe to call from several threads: what it keeps between calls is thread-safe.</summary>
    public IReadOnlyList<(string Path, byte[] Bytes)> Write(SiteView site, SiteView? english = null)
    {
        if (_bilingual && english is null) throw new ArgumentException($"The {Language.Code} index also holds the English text: pass the English site.", nameof(english));
        var taxonomy = site.Content.Taxonomy;
        var analyzer = _builder.NewAnalyzer();
        var documents = new List<(string Ref, AnalyzedDocument Document)>(site.Services.Count + site.Guidance.Count);
        var stored = new List<byte[]>(documents.Capacity);
        var shownEntries = new List<SearchStoreEntry>(documents.Capacity);
        void AddEntry(object record, string languageNames, Func<Dictionary<string, string>> fields, Func<SearchStoreEntry> store)
        {
            if (_bilingual || !_entries.TryGetValue(record, out var entry) || entry.Taxonomy != taxonomy || entry.LanguageNames != languageNames)
            {
                var shown = store();
                entry = new Entry(taxonomy, languageNames, analyzer.Analyze(fields()), JsonSerializer.SerializeToUtf8Bytes(shown, StoreJson), shown);
                if (!_bilingual) _entries.AddOrUpdate(record, entry);
            }
            documents.Add((documents.Count.ToString(CultureInfo.InvariantCulture), entry.Document));
            stored.Add(entry.Stored);
            shownEntries.Add(entry.Shown);
        }

        var fields = FieldsOf(site, _bilingual ? english : null);
        int i = 0;
        foreach (var s in site.Services)
            AddEntry(s, s.Languages.Count == 0 ? "" : string.Join('|', s.Languages.Select(site.LanguageName)), fields[i++], () => ServiceStore(s));
        foreach (var g in site.Guidance) AddEntry(g, "", fields[i++], () => GuidanceStore(g));

        var extra = new ArrayBufferWriter<byte>();
        extra.Append("{\"categories\":"u8).AppendJson(site.Categories.ToDictionary(c => c.Slug, c => c.Name), StoreJson)
            .Append(",\"synonyms\":"u8).AppendJson(SynonymGroups(site), StoreJson)
            .Append(",\"languages\":"u8).AppendJson(LanguageNameSynonyms.Groups(site).Select(g => new { n = g.Names, t = g.Terms }), StoreJson);
        if (!Language.IsEnglish) extra.Append(",\"language\":"u8).AppendJson(QuerySettings(), StoreJson);
        extra.Append("}"u8);
        var inline = documents.Count <= site.Content.Site.SearchSplitThreshold;
        return SplitIndexWriter.Write(_builder.Corpus(documents), PathFor(site.Language), site.Language.Code,
            stored, SearchFilters.Of(shownEntries, StoreJson), extra.WrittenSpan.ToArray(), inline);
    }

    /// <summary>The documents <see cref="Write"/> indexes, with the refs it gives them ("0", "1", ...); for tests against lunr.js.
    /// With <paramref name="english"/>, a language's documents as a bilingual writer indexes them.</summary>
    internal static List<SearchDocument> Documents(SiteView site, SiteView? english = null) =>
        FieldsOf(site, english).Select((fields, i) => new SearchDocument(i.ToString(CultureInfo.InvariantCulture), fields())).ToList();

    /// <summary>The synonym groups a site's search page uses: its language's file (content/search/synonyms.&lt;code&gt;.yml),
    /// then the English file, which people who mix languages use too.</summary>
    internal static List<List<string>> SynonymGroups(SiteView site)
    {
        var own = site.Language.IsMain ? null : site.Content.Translations.GetValueOrDefault(site.Language.Code)?.Synonyms;
        return [.. own?.Groups ?? [], .. site.Content.Synonyms.Groups];
    }

    // In document order (services A to Z, then guidance): each record's fields, made when its entry is.
    private static List<Func<Dictionary<string, string>>> FieldsOf(SiteView site, SiteView? english)
    {
        var list = new List<Func<Dictionary<string, string>>>(site.Services.Count + site.Guidance.Count);
        if (english is null)
        {
            list.AddRange(site.Services.Select(s => (Func<Dictionary<string, string>>)(() => SearchDocumentFields.Service(s, site))));
            list.AddRange(site.Guidance.Select(g => (Func<Dictionary<string, string>>)(() => SearchDocumentFields.Guidance(g, site))));
            return list;
        }
        var guidance = english.Guidance.ToDictionary(g => g.Slug, StringComparer.Ordinal);
        list.AddRange(site.Services.Select(s => (Func<Dictionary<string, string>>)(() =>
            WithEnglish(SearchDocumentFields.OwnService(s, site), SearchDocumentFields.Service(english.ServicesBySlug[s.Slug], english)))));
        list.AddRange(site.Guidance.Select(g => (Func<Dictionary<string, string>>)(() =>
            WithEnglish(SearchDocumentFields.OwnGuidance(g, site), SearchDocumentFields.Guidance(guidance[g.Slug], english)))));
        return list;
    }

    private static Dictionary<string, string> WithEnglish(Dictionary<string, string> own, Dictionary<string, string> english)
    {
        foreach (var (name, text) in english) own[name + EnglishSuffix] = text;
        return own;
    }

    // What search-query.js needs to search this language: which fields hold its own words and which the English,
    // its index pipeline (a query word it drops is a stop word), and its search pipeline without the stemmer (for
    // the word being typed, matched as a prefix of index terms, which are folded).
    private Dictionary<string, object> QuerySettings()
    {
        var fields = _builder.Fields;
        var english = fields.Where(f => f.Language is not null && f.Language.IsEnglish && !Language.IsEnglish).Select(f => f.Name).ToList();
        return new Dictionary<string, object>
        {
            ["fields"] = fields.Select(f => f.Name).Except(english).ToList(),
            ["english"] = english,
            ["stop"] = Language.IndexPipeline.Labels,
            ["prefix"] = Language.SearchPipeline.Labels.Where(l => !l.StartsWith("stemmer", StringComparison.Ordinal)).ToList(),
            ["fold"] = Language.SearchPipeline.Labels.LastOrDefault(l => l.StartsWith("dp-fold-", StringComparison.Ordinal))?["dp-fold-".Length..] ?? "latin",
        };
    }

    private static SearchStoreEntry ServiceStore(Service s) =>
        new("s", s.Name, SitePaths.Service(s.Slug), s.Description, s.Categories, s.Audiences, s.Languages,
            s.Open247 == true, s.Free == true, s.MainPhone?.Display, s.MainPhone?.Href, OpeningHours.Spans(s));

    private static SearchStoreEntry GuidanceStore(Guidance g) =>
        new("g", g.Title, SitePaths.GuidancePage(g.Slug), g.Summary, g.Categories, g.Audience, [], false, false, null, null);
}
