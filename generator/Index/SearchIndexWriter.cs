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
/// values, the categories' names and the synonyms. A few hundred documents go in one script,
/// assets/search-index.js; a bigger directory's index is split into parts loaded as queries need them
/// (SplitIndexWriter). Scripts, not JSON, so the search page also works when the site is opened from disk.
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

    private static readonly JsonSerializerOptions StoreJson = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default,
    };

    private readonly LunrIndexBuilder _builder;

    /// <param name="language">Whose pipeline analyzes the text (<see cref="LunrLanguage.For"/>); English when null.
    /// <paramref name="fields"/>: the fields and boosts to index; <see cref="Fields"/> when null.</param>
    public SearchIndexWriter(LunrLanguage? language = null, IReadOnlyList<SearchField>? fields = null)
    {
        _builder = new LunrIndexBuilder(fields ?? Fields, language);
    }

    public LunrLanguage Language => _builder.Language;

    // What each service or guidance page contributes, kept while its record object lives: `serve`
    // re-reads only edited files, so an edit re-analyzes one document, not ten thousand. Category and
    // audience names come from the taxonomy, and language names from the theme's strings, so an entry is
    // only good for the taxonomy and strings it was made with.
    private readonly ConditionalWeakTable<object, Entry> _entries = new();

    private sealed record Entry(Taxonomy Taxonomy, string LanguageNames, AnalyzedDocument Document, byte[] Stored, byte[] Filters);

    /// <summary>Adds the index of the site's language to <paramref name="output"/>, in place of any parts an earlier index left there.</summary>
    public void Add(OutputFiles output, SiteView site)
    {
        var files = Write(site);
        output.RemoveWhere(path => IsPart(path) && path.StartsWith(SplitIndexWriter.PartsFolder(PathFor(site.Language)), StringComparison.Ordinal));
        foreach (var (path, bytes) in files) output.Add(path, bytes);
    }

    /// <summary>The index's files, the script the search page loads first. Safe to call from several threads: what it keeps between calls is thread-safe.</summary>
    public IReadOnlyList<(string Path, byte[] Bytes)> Write(SiteView site)
    {
        var taxonomy = site.Content.Taxonomy;
        var analyzer = _builder.NewAnalyzer();
        var documents = new List<(string Ref, AnalyzedDocument Document)>(site.Services.Count + site.Guidance.Count);
        var stored = new List<byte[]>(documents.Capacity);
        var filters = new List<byte[]>(documents.Capacity);
        void AddEntry(object record, string languageNames, Func<Dictionary<string, string>> fields, Func<SearchStoreEntry> store)
        {
            if (!_entries.TryGetValue(record, out var entry) || entry.Taxonomy != taxonomy || entry.LanguageNames != languageNames)
            {
                var shown = store();
                entry = new Entry(taxonomy, languageNames, analyzer.Analyze(fields()), JsonSerializer.SerializeToUtf8Bytes(shown, StoreJson),
                    JsonSerializer.SerializeToUtf8Bytes(new SearchFilterEntry(shown.c, shown.a, shown.l, shown.o, shown.f, shown.w), StoreJson));
                _entries.AddOrUpdate(record, entry);
            }
            documents.Add((documents.Count.ToString(CultureInfo.InvariantCulture), entry.Document));
            stored.Add(entry.Stored);
            filters.Add(entry.Filters);
        }

        foreach (var s in site.Services)
            AddEntry(s, s.Languages.Count == 0 ? "" : string.Join('|', s.Languages.Select(site.LanguageName)), () => ServiceFields(s, site), () => ServiceStore(s));
        foreach (var g in site.Guidance) AddEntry(g, "", () => GuidanceFields(g, site), () => GuidanceStore(g));

        var extra = new ArrayBufferWriter<byte>();
        extra.Append("{\"categories\":"u8).AppendJson(site.Categories.ToDictionary(c => c.Slug, c => c.Name), StoreJson)
            .Append(",\"synonyms\":"u8).AppendJson(site.Content.Synonyms.Groups, StoreJson)
            .Append("}"u8);
        var inline = documents.Count <= site.Content.Site.SearchSplitThreshold;
        return SplitIndexWriter.Write(_builder.Corpus(documents), PathFor(site.Language), site.Language.Code,
            stored, filters, extra.WrittenSpan.ToArray(), inline);
    }

    /// <summary>The documents <see cref="Write"/> indexes, with the refs it gives them ("0", "1", ...); for tests against lunr.js.</summary>
    internal static List<SearchDocument> Documents(SiteView site) =>
        site.Services.Select(s => ServiceFields(s, site)).Concat(site.Guidance.Select(g => GuidanceFields(g, site)))
            .Select((fields, i) => new SearchDocument(i.ToString(CultureInfo.InvariantCulture), fields)).ToList();

    private static Dictionary<string, string> ServiceFields(Service s, SiteView site) => new()
    {
        ["title"] = s.Name,
        ["keywords"] = Join(s.Keywords.Concat(s.Categories.Select(site.CategoryName)).Append(s.Organization.Name)),
        ["body"] = Join(new[] { s.Description, s.Details is null ? null : MarkdownRenderer.ToPlainText(s.Details), s.Eligibility, s.SafetyNotes, s.ScheduleNotes, s.Referral?.Notes }
            .Concat(s.Languages.Select(site.LanguageName)).Concat(s.Audiences.Select(site.AudienceName))),
    };

    private static SearchStoreEntry ServiceStore(Service s) =>
        new("s", s.Name, SitePaths.Service(s.Slug), s.Description, s.Categories, s.Audiences, s.Languages,
            s.Open247 == true, s.Free == true, s.MainPhone?.Display, s.MainPhone?.Href, OpeningHours.Spans(s));

    private static Dictionary<string, string> GuidanceFields(Guidance g, SiteView site) => new()
    {
        ["title"] = g.Title,
        ["keywords"] = Join(g.Keywords.Concat(g.Categories.Select(site.CategoryName))),
        ["body"] = Join([g.Summary, MarkdownRenderer.ToPlainText(g.Body)]),
    };

    private static SearchStoreEntry GuidanceStore(Guidance g) =>
        new("g", g.Title, SitePaths.GuidancePage(g.Slug), g.Summary, g.Categories, g.Audience, [], false, false, null, null);

    private static string Join(IEnumerable<string?> parts) => string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
