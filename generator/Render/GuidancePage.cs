using DirectoryPortal.Model;

namespace DirectoryPortal.Render;

/// A guidance article rendered from Markdown.
public sealed class GuidancePage : PageModel
{
    public required Guidance Guidance { get; init; }
    /// Rendered on first use, in parallel with other pages, and not at all for pages a rebuild skips.
    public string BodyHtml => _body ??= Site.Language.RightToLeft ? BidiNumbers.Isolate(MarkdownRenderer.ToHtml(Guidance.Body)) : MarkdownRenderer.ToHtml(Guidance.Body);
    private string? _body;
    public override string Title => Guidance.Title;
    public override string? Description => Guidance.Summary;
    public override Model.Record? Content => Guidance;
    public override string Layout => "guidance";
}
