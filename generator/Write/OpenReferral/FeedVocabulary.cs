using DirectoryPortal.Model;
using DirectoryPortal.Render;

namespace DirectoryPortal.Write.OpenReferral;

/// The taxonomies the feed publishes, built once per build from taxonomy.yml: our categories and
/// audiences, the yes/no features we record about services and phones, and any LGA esd Needs or
/// Circumstances terms editors gave for a category.
public sealed class FeedVocabulary
{
    /// The yes/no facts (and one text) we hold that ORUK has no field for; an attribute linking to the
    /// term says which, and carries the answer in HSDS 3.0's "value" ("true", "false" or the text).
    public static readonly IReadOnlyList<(string Key, string Name, string Description)> Features =
    [
        ("self-referral", "Self-referral", "Whether people can contact the service themselves."),
        ("professional-referral", "Professional referral", "Whether professionals can refer people to the service."),
        ("interpreters", "Interpreters", "Whether the service arranges interpreters."),
        ("bsl", "British Sign Language", "Whether the service offers British Sign Language (BSL) support."),
        ("relay-uk", "Relay UK", "Whether people can contact the service through Relay UK."),
        ("step-free", "Step-free access", "Whether the service's premises have step-free access."),
        ("accessibility-notes", "Accessibility notes", "What else the service offers deaf and disabled people, in words."),
        ("free-to-call", "Free to call", "Whether calls to this number are free."),
        ("shows-on-bill", "Shows on phone bills", "Whether calls to this number show on phone bills."),
    ];

    // Addresses given by Open Referral UK's technical overview for the LGA's lists.
    private static readonly Dictionary<string, (string Name, string Uri)> EsdLists = new(StringComparer.Ordinal)
    {
        ["needs"] = ("LGA esd Needs", "http://id.esd.org.uk/list/needs"),
        ["circumstances"] = ("LGA esd Circumstances", "https://standards.esd.org.uk/?uri=list%2FcircumstancesPersonal"),
    };

    private readonly Dictionary<string, FeedTerm> _categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FeedTerm> _audiences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FeedTerm> _features = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FeedTerm>> _esdByCategory = new(StringComparer.Ordinal);

    public FeedVocabulary(SiteView site)
    {
        var title = site.Site.Title;
        var baseUrl = site.Site.BaseUrl is { Length: > 0 } b ? b.TrimEnd('/') + "/" : null;
        var categories = new FeedTaxonomy(FeedIds.Of("taxonomy:categories"), $"{title}: categories",
            "The needs people browse this directory by.", baseUrl is null ? null : baseUrl + SitePaths.Categories, "category");
        foreach (var c in site.Categories)
            _categories[c.Slug] = Add(categories, new FeedTerm(FeedIds.Of("category:" + c.Slug), c.Slug, c.Name, c.Description,
                baseUrl is null ? null : baseUrl + SitePaths.Category(c.Slug), categories));
        var audiences = new FeedTaxonomy(FeedIds.Of("taxonomy:audiences"), $"{title}: audiences", "The groups of people services are for.", null, "audience");
        foreach (var a in site.Content.Taxonomy.Audiences)
            _audiences[a.Slug] = Add(audiences, new FeedTerm(FeedIds.Of("audience:" + a.Slug), a.Slug, a.Name, a.Name, null, audiences));
        var features = new FeedTaxonomy(FeedIds.Of("taxonomy:features"), $"{title}: features",
            "Facts about services and phone lines, each answered in the attribute's value.", null, "feature");
        foreach (var (key, name, description) in Features)
            _features[key] = Add(features, new FeedTerm(FeedIds.Of("feature:" + key), key, name, description, null, features));

        var esd = new Dictionary<string, FeedTaxonomy>(StringComparer.Ordinal);
        var esdTerms = new Dictionary<string, FeedTerm>(StringComparer.Ordinal);
        foreach (var c in site.Categories)
        {
            var linked = new List<FeedTerm>();
            foreach (var t in c.EsdTerms)
            {
                if (!EsdLists.TryGetValue(t.List, out var list)) continue;
                if (!esd.TryGetValue(t.List, out var taxonomy))
                    esd[t.List] = taxonomy = new FeedTaxonomy(FeedIds.Of("taxonomy:esd:" + t.List), list.Name,
                        $"Terms from the Local Government Association's esd {list.Name[8..]} list that this directory's categories match.",
                        list.Uri, t.List == "needs" ? "need" : "circumstance");
                if (!esdTerms.TryGetValue(t.Uri, out var term))
                    esdTerms[t.Uri] = term = Add(taxonomy, new FeedTerm(FeedIds.Of("esd:" + t.Uri), t.Uri, t.Label, t.Label, t.Uri, taxonomy));
                if (!linked.Contains(term)) linked.Add(term);
            }
            _esdByCategory[c.Slug] = linked;
        }
        Taxonomies = [categories, audiences, features, .. esd.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    private static FeedTerm Add(FeedTaxonomy taxonomy, FeedTerm term)
    {
        taxonomy.Terms.Add(term);
        return term;
    }

    public IReadOnlyList<FeedTaxonomy> Taxonomies { get; }
    public IEnumerable<FeedTerm> Terms => Taxonomies.SelectMany(t => t.Terms);

    public FeedTerm? Category(string slug) => _categories.GetValueOrDefault(slug);
    public FeedTerm? Audience(string slug) => _audiences.GetValueOrDefault(slug);
    public FeedTerm Feature(string key) => _features[key];
    public IReadOnlyList<FeedTerm> EsdTermsOf(string category) => _esdByCategory.GetValueOrDefault(category) ?? [];
}
