using DirectoryPortal.Model;

namespace DirectoryPortal.Render;

/// The services and guidance for one need.
public sealed class CategoryPage : PageModel
{
    public required Category Category { get; init; }
    public override string Title => Category.Name;
    public override string? Description => Category.Description;
    public override string Layout => "category";
}
