using DirectoryPortal.Model;

namespace DirectoryPortal.Render;

/// One service's page with every way to reach it.
public sealed class ServicePage : PageModel
{
    public required Service Service { get; init; }
    /// Rendered on first use, in parallel with other pages, and not at all for pages a rebuild skips.
    public string DetailsHtml => _details ??= Service.Details is null ? ""
        : Site.Language.RightToLeft ? BidiNumbers.Isolate(MarkdownRenderer.ToHtml(Service.Details)) : MarkdownRenderer.ToHtml(Service.Details);
    private string? _details;
    public override string Title => Service.Name;
    public override string? Description => Service.Description;
    public override Model.Record? Content => Service;
    public override string Layout => "service";
    public override string? StructuredData => ServiceJsonLd.For(this);
}
