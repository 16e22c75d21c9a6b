using DirectoryPortal.Model;

namespace DirectoryPortal.Render;

/// Read-only lookups over the content that every page template needs, built once per build.
public sealed class SiteView
{
    /// <paramref name="partials"/> holds rendered service cards; a new one unless only services changed.
    /// <paramref name="language"/> is the language this view's content is in (English when not given), and
    /// <paramref name="languages"/> every language the site is published in, for links between them.
    /// <paramref name="assets"/> names the published assets; without it every asset keeps its own name.
    public SiteView(ContentSet content, PartialCache partials, Language? language = null, IReadOnlyList<Language>? languages = null, AssetManifest? assets = null)
        : this(content, partials, content.Services.Order(AToZ).ToList(), language ?? English(content), languages, assets ?? AssetManifest.Unhashed)
    {
    }

    private SiteView(ContentSet content, PartialCache partials, List<Service> services, Language language, IReadOnlyList<Language>? languages, AssetManifest assets)
    {
        Content = content;
        Partials = partials;
        Language = language;
        Languages = languages ?? [language];
        Assets = assets;
        Site = content.Site;
        Strings = content.Strings[language.Code];
        Describe = new Describer(Strings);
        Categories = content.Taxonomy.Categories;
        Services = services;
        Guidance = content.Guidance.OrderBy(g => g.Order ?? int.MaxValue).ThenBy(g => g.Title, StringComparer.Ordinal).ToList();
        ServicesBySlug = content.Services.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        CategoriesBySlug = content.Taxonomy.Categories.GroupBy(c => c.Slug).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        AudiencesBySlug = content.Taxonomy.Audiences.GroupBy(a => a.Slug).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // Built once so a service page or card asks a dictionary, not every guidance page (no quadratic step).
        _guidanceTitles = new HashSet<string>(Guidance.Select(g => g.Title), StringComparer.OrdinalIgnoreCase);
        _mentioning = Guidance.SelectMany(g => g.RelatedServices.Distinct(StringComparer.Ordinal).Select(slug => (slug, g)))
            .ToLookup(x => x.slug, x => x.g, StringComparer.Ordinal);
    }

    /// The same site after <paramref name="edited"/> services were re-read, added or removed and nothing else
    /// changed: the A-Z order is patched rather than sorted again, and the rendered cards are kept.
    /// <paramref name="assets"/> replaces the asset names (the search index is made again).
    public SiteView WithEditedServices(ContentSet content, IReadOnlySet<string> edited, AssetManifest? assets = null)
    {
        // Nothing but these services changed, so every other service's cards are still right.
        Partials.Forget(edited);
        var services = Services.Where(s => !edited.Contains(s.Slug)).ToList();
        foreach (var service in content.Services.Where(s => edited.Contains(s.Slug)))
        {
            var at = services.BinarySearch(service, AToZ);
            services.Insert(at < 0 ? ~at : at, service);
        }
        return new SiteView(content, Partials, services, Language, Languages, assets ?? Assets);
    }

    private static Language English(ContentSet content) =>
        new(Load.UiStringsLoader.English, content.Site.LanguageOrDefault, "English", false, "");

    // By name as people read it, then by slug so that the order is total and every build agrees.
    private static readonly Comparer<Service> AToZ = Comparer<Service>.Create((a, b) =>
    {
        var byName = StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name);
        return byName != 0 ? byName : StringComparer.Ordinal.Compare(a.Slug, b.Slug);
    });

    private readonly HashSet<string> _guidanceTitles;
    private readonly ILookup<string, Guidance> _mentioning;

    public ContentSet Content { get; }
    /// The language this view shows the site in; its pages live under its prefix ("" for English, "pl/").
    public Language Language { get; }
    /// Every language the site is published in, English first.
    public IReadOnlyList<Language> Languages { get; }
    public PartialCache Partials { get; }
    /// Where each asset was published, under the name its content gives it.
    public AssetManifest Assets { get; }
    public Site Site { get; }
    /// The theme's words in this site's language.
    public UiStrings Strings { get; }
    /// Whether this language's theme words are a draft translation (meta.translation in its i18n file).
    public bool StringsAreDraft => !Language.IsMain && !(Strings.Has("meta.translation") && Strings["meta.translation"] == "reviewed");
    /// Days, times, dates and areas in words, in this site's language.
    public Describer Describe { get; }
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
    public string EmergencyNoticeHtml(string root) => _notice.GetOrAdd(root, r => Language.RightToLeft
        ? BidiNumbers.Isolate(MarkdownRenderer.ToHtml(Site.EmergencyNotice, r))
        : MarkdownRenderer.ToHtml(Site.EmergencyNotice, r));

    public string CategoryName(string slug) => CategoriesBySlug.TryGetValue(slug, out var c) ? c.Name : slug;
    public string AudienceName(string slug) => AudiencesBySlug.TryGetValue(slug, out var a) ? a.Name : slug;
    /// A language's name from its ISO 639-1 code, in this site's language (the theme's language_name.&lt;code&gt;).
    public string LanguageName(string code) => Strings.Defines("language_name." + code) ? Strings["language_name." + code] : code;

    public IEnumerable<Service> ServicesIn(string category) => Services.Where(s => s.Categories.Contains(category));
    public IEnumerable<Guidance> GuidanceIn(string category) => Guidance.Where(g => g.Categories.Contains(category));
    /// Guidance pages that list the service in related_services, in guidance order.
    public IEnumerable<Guidance> GuidanceMentioning(string serviceSlug) => _mentioning[serviceSlug];

    /// True when a guidance page has this title, so a link to a service of the same name needs telling apart.
    public bool IsGuidanceTitle(string text) => _guidanceTitles.Contains(text);
}
