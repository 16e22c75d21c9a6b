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
    /// How links on this page reach the site's root: "../" per folder level, so the site works under any
    /// path and from disk. The not-found page is served in place of any missing path, at any depth, so it
    /// links from the site's path on the server instead ("/", or the path of base_url).
    public string Root => _root ??= Path == SitePaths.NotFound ? SitePaths.ServerRoot(Site.Site.BaseUrl) : SitePaths.RootFrom(Path);
    /// A relative link from this page to a site path.
    public string Link(string sitePath) => Root + sitePath;
    /// A link to a file of assets/ by its own name ("search.js"), as published (named by its content).
    public string Asset(string name) => Root + Site.Assets.PathOf(SitePaths.Asset(name));
    /// The page's Content-Security-Policy for its meta tag; servers send it, with more, as a header (deploy/).
    public string ContentSecurityPolicy => Deploy.SecurityHeaders.MetaPolicy;
    /// A service's partial, rendered once per page depth and reused across pages and rebuilds (see PartialCache).
    public Task<string> ServicePartialAsync(string template, Model.Service service) =>
        Site.Partials.RenderAsync(template, this, service);
    public string FullTitle => Path == SitePaths.Home ? Site.Site.Title : $"{Title} - {Site.Site.Title}";

    /// A theme string in the page's language, from themes/&lt;name&gt;/i18n (see LocalText for how it is written).
    public LocalText T(string key) => new(Site.Strings[key]);

    /// A theme string with its "{name}" placeholders filled in; the values are encoded like any expression.
    public LocalText T(string key, params (string Name, object? Value)[] values) =>
        new(Site.Strings[key], values.Select(v => (v.Name, Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", false)).ToArray());

    /// A theme string whose placeholders hold markup the template built (a link, a &lt;strong&gt;): each value
    /// is written as it is, so it must already be safe HTML (use Encode on any text inside it).
    public LocalText THtml(string key, params (string Name, string Html)[] values) =>
        new(Site.Strings[key], values.Select(v => (v.Name, v.Html, true)).ToArray());

    /// Text made safe to put in HTML, exactly as Razor encodes an expression.
    public static string Encode(string text) => PageEncoding.Html.Encode(text);

    /// A theme string as the HTML Razor would write for it, for markup a template builds in code.
    public static string Html(LocalText text)
    {
        using var writer = new StringWriter();
        text.WriteTo(writer, PageEncoding.Html);
        return writer.ToString();
    }

    /// Plain words for days, times, dates and areas in the page's language.
    public Describer Describe => Site.Describe;
}
