namespace DirectoryPortal.Render;

/// What every page template gets: the site, where the page sits, and how to link from it.
public abstract class PageModel
{
    public required SiteView Site { get; init; }
    /// The page's output path, e.g. "services/karma-nirvana/index.html".
    public required string Path { get; init; }
    public abstract string Title { get; }
    public virtual string? Description => null;
    /// The layout in themes/&lt;name&gt;/layouts that renders this page.
    public abstract string Layout { get; }

    // Asked for by every link on the page, so worked out once.
    private string? _root;
    public string Root => _root ??= SitePaths.RootFrom(Path);
    /// A relative link from this page to a site path.
    public string Link(string sitePath) => Root + sitePath;
    public string Asset(string name) => Root + SitePaths.Asset(name);
    /// A service's partial, rendered once per page depth and reused across pages and rebuilds (see PartialCache).
    public Task<string> ServicePartialAsync(string template, Model.Service service) =>
        Site.Partials.RenderAsync(template, this, service);
    public string FullTitle => Path == SitePaths.Home ? Site.Site.Title : $"{Title} - {Site.Site.Title}";
}
