namespace DirectoryPortal.Render;

/// A page that lists site content without its own record: A-Z, print, search, lists, 404.
public sealed class ListPage : PageModel
{
    public required string PageTitle { get; init; }
    public required string LayoutName { get; init; }
    public string? PageDescription { get; init; }
    public override string Title => PageTitle;
    public override string? Description => PageDescription;
    public override string Layout => LayoutName;
}
