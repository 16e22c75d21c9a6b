using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
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

    private readonly LunrIndexBuilder _builder = new(Fields);

    // What each service or guidance page contributes, kept while its record object lives: `serve`
    // re-reads only edited files, so an edit re-analyzes one document, not ten thousand. Category and
    // audience names come from the taxonomy, so an entry is only good for the taxonomy it was made with.
    private readonly ConditionalWeakTable<object, Entry> _entries = new();

    private sealed record Entry(Taxonomy Taxonomy, AnalyzedDocument Document, byte[] Stored);

    /// <summary>Adds the index script of the site's language to <paramref name="output"/>.</summary>
    public void Add(OutputFiles output, SiteView site) => output.Add(PathFor(site.Language), Write(site));

    /// <summary>The index script's bytes. Safe to call from several threads: what it keeps between calls is thread-safe.</summary>
    public byte[] Write(SiteView site)
    {
        var taxonomy = site.Content.Taxonomy;
        var analyzer = _builder.NewAnalyzer();
        var documents = new List<(string Ref, AnalyzedDocument Document)>(site.Services.Count + site.Guidance.Count);
        var stored = new List<byte[]>(documents.Capacity);
        void AddEntry(object record, Func<Dictionary<string, string>> fields, Func<SearchStoreEntry> store)
        {
            if (!_entries.TryGetValue(record, out var entry) || entry.Taxonomy != taxonomy)
            {
                entry = new Entry(taxonomy, analyzer.Analyze(fields()), JsonSerializer.SerializeToUtf8Bytes(store(), StoreJson));
                _entries.AddOrUpdate(record, entry);
            }
            documents.Add((documents.Count.ToString(CultureInfo.InvariantCulture), entry.Document));
            stored.Add(entry.Stored);
        }

        foreach (var s in site.Services) AddEntry(s, () => ServiceFields(s, site), () => ServiceStore(s));
        foreach (var g in site.Guidance) AddEntry(g, () => GuidanceFields(g, site), () => GuidanceStore(g));

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

    private static Dictionary<string, string> ServiceFields(Service s, SiteView site) => new()
    {
        ["title"] = s.Name,
        ["keywords"] = Join(s.Keywords.Concat(s.Categories.Select(site.CategoryName)).Append(s.Organization.Name)),
        ["body"] = Join(new[] { s.Description, s.Details is null ? null : MarkdownRenderer.ToPlainText(s.Details), s.Eligibility, s.SafetyNotes, s.ScheduleNotes, s.Referral?.Notes }
            .Concat(s.Languages).Concat(s.Audiences.Select(site.AudienceName))),
    };

    private static SearchStoreEntry ServiceStore(Service s) =>
        new("s", s.Name, SitePaths.Service(s.Slug), s.Description, s.Categories, s.Audiences, s.Languages,
            s.Open247 == true, s.Free == true, s.MainPhone?.Display, s.MainPhone?.Href);

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
