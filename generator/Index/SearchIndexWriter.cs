using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DirectoryPortal.Index.Languages;
using DirectoryPortal.Model;
using DirectoryPortal.Render;
using DirectoryPortal.Write;

namespace DirectoryPortal.Index;

/// Stage 4: writes assets/search-index.js: the lunr index, a small document store and the synonyms.
/// It is a script, not JSON, so the search page also works when the site is opened from disk.
public sealed class SearchIndexWriter
{
    public const string OutputPath = "assets/search-index.js";

    /// The index script for one language's site: the English one's name, or "assets/search-index.pl.js".
    public static string PathFor(Language language) => language.IsMain ? OutputPath : $"assets/search-index.{language.Code}.js";

    /// The name a language's search page loads, relative to assets/.
    public static string AssetFor(Language language) => PathFor(language)["assets/".Length..];

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

    private sealed record Entry(Taxonomy Taxonomy, string LanguageNames, AnalyzedDocument Document, byte[] Stored);

    /// <summary>Adds the index script of the site's language to <paramref name="output"/>.</summary>
    public void Add(OutputFiles output, SiteView site) => output.Add(PathFor(site.Language), Write(site));

    /// <summary>The index script's bytes. Safe to call from several threads: what it keeps between calls is thread-safe.</summary>
    public byte[] Write(SiteView site)
    {
        var taxonomy = site.Content.Taxonomy;
        var analyzer = _builder.NewAnalyzer();
        var documents = new List<(string Ref, AnalyzedDocument Document)>(site.Services.Count + site.Guidance.Count);
        var stored = new List<byte[]>(documents.Capacity);
        void AddEntry(object record, string languageNames, Func<Dictionary<string, string>> fields, Func<SearchStoreEntry> store)
        {
            if (!_entries.TryGetValue(record, out var entry) || entry.Taxonomy != taxonomy || entry.LanguageNames != languageNames)
            {
                entry = new Entry(taxonomy, languageNames, analyzer.Analyze(fields()), JsonSerializer.SerializeToUtf8Bytes(store(), StoreJson));
                _entries.AddOrUpdate(record, entry);
            }
            documents.Add((documents.Count.ToString(CultureInfo.InvariantCulture), entry.Document));
            stored.Add(entry.Stored);
        }

        foreach (var s in site.Services)
            AddEntry(s, s.Languages.Count == 0 ? "" : string.Join('|', s.Languages.Select(site.LanguageName)), () => ServiceFields(s, site), () => ServiceStore(s));
        foreach (var g in site.Guidance) AddEntry(g, "", () => GuidanceFields(g, site), () => GuidanceStore(g));

        // Sized for the usual few bytes per posting, so the buffer seldom has to grow and copy.
        var postings = documents.Sum(d => d.Document.Fields.Sum(f => f.TermIds.Length));
        var script = new ArrayBufferWriter<byte>(postings * 9 + stored.Sum(s => s.Length + 1) + 65536);
        script.Append("window.DirectoryPortalSearch={\"index\":"u8);
        _builder.WritePacked(documents, script);
        script.Append(",\"docs\":["u8);
        for (int i = 0; i < stored.Count; i++) script.Append(i == 0 ? ""u8 : ","u8).Append(stored[i]);
        script.Append("],\"categories\":"u8).AppendJson(site.Categories.ToDictionary(c => c.Slug, c => c.Name), StoreJson)
            .Append(",\"synonyms\":"u8).AppendJson(site.Content.Synonyms.Groups, StoreJson)
            .Append("};\n"u8);
        return script.WrittenSpan.ToArray();
    }

    /// <summary>The documents <see cref="Write"/> indexes, with the refs it gives them; for tests against lunr.js.</summary>
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
