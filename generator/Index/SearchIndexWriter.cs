using System.Text;
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

    /// Name first, then keywords and categories, then the description with everything else.
    /// Three fields, not four: each field adds a vector per document, and size matters on a slow phone.
    public static readonly IReadOnlyList<SearchField> Fields =
    [
        new("title", 10),
        new("keywords", 5),
        new("body", 1),
    ];

    private readonly LunrIndexBuilder _builder = new(Fields);

    public void Add(OutputFiles output, SiteView site)
    {
        var documents = new List<SearchDocument>();
        var store = new List<object>();
        foreach (var s in site.Services)
        {
            documents.Add(new SearchDocument(documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, string>
            {
                ["title"] = s.Name,
                ["keywords"] = Join(s.Keywords.Concat(s.Categories.Select(site.CategoryName)).Append(s.Organization.Name)),
                ["body"] = Join(new[] { s.Description, s.Details is null ? null : MarkdownRenderer.ToPlainText(s.Details), s.Eligibility, s.SafetyNotes, s.ScheduleNotes, s.Referral?.Notes }
                    .Concat(s.Languages).Concat(s.Audiences.Select(site.AudienceName))),
            }));
            var phone = s.MainPhone;
            store.Add(new
            {
                k = "s",
                t = s.Name,
                u = SitePaths.Service(s.Slug),
                s = s.Description,
                c = s.Categories,
                a = s.Audiences,
                l = s.Languages,
                o = s.Open247 == true,
                f = s.Free == true,
                p = phone?.Display,
                h = phone?.Href,
            });
        }
        foreach (var g in site.Guidance)
        {
            documents.Add(new SearchDocument(documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, string>
            {
                ["title"] = g.Title,
                ["keywords"] = Join(g.Keywords.Concat(g.Categories.Select(site.CategoryName))),
                ["body"] = Join([g.Summary, MarkdownRenderer.ToPlainText(g.Body)]),
            }));
            store.Add(new
            {
                k = "g",
                t = g.Title,
                u = SitePaths.GuidancePage(g.Slug),
                s = g.Summary,
                c = g.Categories,
                a = g.Audience,
                l = Array.Empty<string>(),
                o = false,
                f = false,
                p = (string?)null,
                h = (string?)null,
            });
        }

        var index = _builder.BuildPacked(documents);
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default,
        };
        var script = new StringBuilder();
        script.Append("window.DirectoryPortalSearch={\"index\":").Append(index)
            .Append(",\"docs\":").Append(JsonSerializer.Serialize(store, options))
            .Append(",\"categories\":").Append(JsonSerializer.Serialize(site.Categories.ToDictionary(c => c.Slug, c => c.Name), options))
            .Append(",\"synonyms\":").Append(JsonSerializer.Serialize(site.Content.Synonyms.Groups, options))
            .Append("};\n");
        output.Add(OutputPath, script.ToString());
    }

    private static string Join(IEnumerable<string?> parts) => string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
