using DirectoryPortal.Model;

namespace DirectoryPortal.Render;

/// One service's page with every way to reach it.
public sealed class ServicePage : PageModel
{
    public required Service Service { get; init; }
    public required string DetailsHtml { get; init; }
    public override string Title => Service.Name;
    public override string? Description => Service.Description;
    public override string Layout => "service";
}
