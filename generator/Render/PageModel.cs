namespace DirectoryPortal.Render;

/// What every page template gets: the site, where the page sits, and how to link from it.
public abstract class PageModel
{
    public required SiteView Site { get; init; }
    /// The page's output path, e.g. "services/karma-nirvana/index.html", or "pl/services/karma-nirvana/index.html"
    /// for the same page in Polish.
    public required string Path { get; init; }
    /// The page's path within its language's site: the same for every translation of the page.
    public string SitePath => Path[Site.Language.Prefix.Length..];
    public abstract string Title { get; }
    public virtual string? Description => null;
    /// The page's schema.org description as JSON-LD, for the layout's head; null for none.
    public virtual string? StructuredData => null;
    /// The layout in themes/&lt;name&gt;/layouts that renders this page.
    public abstract string Layout { get; }

    // Asked for by every link on the page, so worked out once.
    private string? _root;
    /// How links on this page reach the site's root: "../" per folder level, so the site works under any
    /// path and from disk. The not-found page is served in place of any missing path, at any depth, so it
    /// links from the site's path on the server instead ("/", or the path of base_url).
    public string Root => _root ??= SitePath == SitePaths.NotFound ? SitePaths.ServerRoot(Site.Site.BaseUrl) : SitePaths.RootFrom(Path);
    /// A relative link from this page to a page of the same language's site.
    public string Link(string sitePath) => Root + Site.Language.Prefix + sitePath;
    /// A relative link from this page to a file every language shares, at the root of the whole site ("favicon.ico").
    public string SharedFile(string path) => Root + path;
    /// A relative link from this page to a page of another language's site.
    public string LinkIn(Model.Language language, string sitePath) => Root + language.Prefix + sitePath;
    /// The address of this page in <paramref name="language"/> for a hreflang alternate: absolute when site.yml
    /// gives base_url (search engines want that), relative otherwise.
    public string AlternateHref(Model.Language language) => Site.Site.BaseUrl is { Length: > 0 } baseUrl
        ? baseUrl.TrimEnd('/') + "/" + language.Prefix + SitePath
        : LinkIn(language, SitePath);
    /// This page in every other language the site has, for links and hreflang alternates.
    public IEnumerable<Model.Language> OtherLanguages => Site.Languages.Where(l => l.Code != Site.Language.Code);
    /// A link to a file of assets/ by its own name ("search.js"), as published (named by its content).
    public string Asset(string name) => Root + Site.Assets.PathOf(SitePaths.Asset(name));
    /// The page's Content-Security-Policy for its meta tag; servers send it, with more, as a header (deploy/).
    public string ContentSecurityPolicy => Deploy.SecurityHeaders.MetaPolicy;
    /// A service's partial, rendered once per page depth and reused across pages and rebuilds (see PartialCache).
    public Task<string> ServicePartialAsync(string template, Model.Service service) =>
        Site.Partials.RenderAsync(template, this, service);
    public string FullTitle => SitePath == SitePaths.Home ? Site.Site.Title : $"{Title} - {Site.Site.Title}";

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

    /// "en" when this field of the record is shown in English on a page in another language (it has no
    /// translation), for a lang attribute; null otherwise, which Razor leaves out.
    public string? LangOf(Model.Record record, string field) =>
        !Site.Language.IsMain && (record.Localization is null || record.Localization.English.Contains(field)) ? "en" : null;

    /// Text as Razor would write it, wrapped in &lt;span lang="..."&gt; only when <paramref name="lang"/> is given:
    /// for English words inside a sentence on a page in another language.
    public LocalText Span(string? text, string? lang)
    {
        var html = Encode(text ?? "");
        var dir = DirFor(lang) is { } d ? $" dir=\"{d}\"" : "";
        return new LocalText("{text}", ("text", lang is null ? html : $"<span lang=\"{Encode(lang)}\"{dir}>{html}</span>", true));
    }

    /// Text as Razor would write it; on a right-to-left page, numbers written in groups are kept left to right.
    public LocalText Text(string? text)
    {
        var html = Encode(text ?? "");
        return new LocalText("{text}", ("text", Site.Language.RightToLeft ? BidiNumbers.Isolate(html) : html, true));
    }

    /// "ltr" for a passage marked as English (<paramref name="lang"/> not null) on a right-to-left page, so the
    /// English reads left to right; null, which Razor leaves out, everywhere else.
    public string? DirFor(string? lang) => lang is not null && Site.Language.RightToLeft ? "ltr" : null;

    /// "ltr" on a right-to-left page, for an element holding a phone number; null (no attribute) otherwise.
    public string? NumberDir => Site.Language.RightToLeft ? "ltr" : null;

    /// "en" on a page in another language for names, which are never translated.
    public string? NameLang => Site.Language.IsMain ? null : "en";

    /// "en" when a category's name is shown in English on a page in another language.
    public string? LangOf(Model.Category category) => !Site.Language.IsMain && category.InEnglish ? "en" : null;

    /// "en" when the category with this slug is named in English on a page in another language.
    public string? CategoryLang(string slug) => Site.CategoriesBySlug.TryGetValue(slug, out var c) ? LangOf(c) : null;

    /// "en" when the audience with this slug is named in English on a page in another language.
    public string? AudienceLang(string slug) =>
        !Site.Language.IsMain && Site.AudiencesBySlug.TryGetValue(slug, out var a) && a.InEnglish ? "en" : null;

    /// The record this page shows in full (a service, a guidance page), whose translation the page reports on.
    public virtual Model.Record? Content => null;

    /// True when what the page says in its language has not been checked by a qualified translator: the
    /// language's theme words, its site words or the page's own translation is a draft.
    public bool TranslationIsDraft =>
        !Site.Language.IsMain && (Site.StringsAreDraft || Site.Site.Localization?.IsDraft != false || Content?.Localization?.IsDraft == true);

    /// Words a component's script shows, for a script that carries the theme's English as its defaults: each
    /// key under <paramref name="prefix"/> whose text here differs becomes a data-i18n-* attribute.
    public LocalText ScriptStrings(string prefix)
    {
        var html = new System.Text.StringBuilder();
        foreach (var key in Site.Strings.KeysStartingWith(prefix))
        {
            if (Site.Strings.IsThemeEnglish(key)) continue;
            html.Append(" data-i18n-").Append(key[prefix.Length..].Replace('_', '-'))
                .Append("=\"").Append(Encode(Site.Strings[key])).Append('"');
        }
        return new LocalText("{attributes}", ("attributes", html.ToString(), true));
    }
}
