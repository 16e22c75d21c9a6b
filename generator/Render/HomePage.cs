namespace DirectoryPortal.Render;

/// The home page: emergency notice, browse by need, search box and main guidance.
public sealed class HomePage : PageModel
{
    public override string Title => Site.Site.Title;
    public override string? Description => Site.Site.Description;
    public override string Layout => "home";
}
