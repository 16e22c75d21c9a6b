using DirectoryPortal.Model;

namespace DirectoryPortal.Render;

/// Read-only lookups over the content that every page template needs, built once per build.
public sealed class SiteView
{
    public SiteView(ContentSet content)
    {
        Content = content;
        Site = content.Site;
        Categories = content.Taxonomy.Categories;
        Services = content.Services.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Slug, StringComparer.Ordinal).ToList();
        Guidance = content.Guidance.OrderBy(g => g.Order ?? int.MaxValue).ThenBy(g => g.Title, StringComparer.Ordinal).ToList();
        ServicesBySlug = content.Services.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        CategoriesBySlug = content.Taxonomy.Categories.GroupBy(c => c.Slug).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        AudiencesBySlug = content.Taxonomy.Audiences.GroupBy(a => a.Slug).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    }

    public ContentSet Content { get; }
    public Site Site { get; }
    public IReadOnlyList<Category> Categories { get; }
    /// Services in A-Z order of name.
    public IReadOnlyList<Service> Services { get; }
    /// Guidance in editor-chosen order, then by title.
    public IReadOnlyList<Guidance> Guidance { get; }
    public IReadOnlyDictionary<string, Service> ServicesBySlug { get; }
    public IReadOnlyDictionary<string, Category> CategoriesBySlug { get; }
    public IReadOnlyDictionary<string, Audience> AudiencesBySlug { get; }
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _notice = new(StringComparer.Ordinal);

    /// The emergency notice with its links made relative to a page at <paramref name="root"/>.
    public string EmergencyNoticeHtml(string root) => _notice.GetOrAdd(root, r => MarkdownRenderer.ToHtml(Site.EmergencyNotice, r));

    public string CategoryName(string slug) => CategoriesBySlug.TryGetValue(slug, out var c) ? c.Name : slug;
    public string AudienceName(string slug) => AudiencesBySlug.TryGetValue(slug, out var a) ? a.Name : slug;

    public IEnumerable<Service> ServicesIn(string category) => Services.Where(s => s.Categories.Contains(category));
    public IEnumerable<Guidance> GuidanceIn(string category) => Guidance.Where(g => g.Categories.Contains(category));
    public IEnumerable<Guidance> GuidanceMentioning(string serviceSlug) => Guidance.Where(g => g.RelatedServices.Contains(serviceSlug));
}
