namespace DirectoryPortal.Render;

/// A small page at a record's old address that sends visitors on to where it lives now, without
/// JavaScript, and tells search engines the new address (layout "alias", like Hugo's aliases).
public sealed class AliasPage : PageModel
{
    /// The site path of the page the old address now leads to.
    public required string Target { get; init; }
    /// The title of that page.
    public required string TargetTitle { get; init; }
    public override string Title => TargetTitle;
    public override string Layout => "alias";

    /// The new address from this page, relative so it works under any sub-path and from disk.
    public string TargetLink => Link(Target);

    /// The new address for search engines: absolute when the site has a base_url.
    public string Canonical => Site.Site.BaseUrl is { Length: > 0 } baseUrl ? baseUrl.TrimEnd('/') + "/" + Site.Language.Prefix + Target : TargetLink;
}
