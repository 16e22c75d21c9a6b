using DirectoryPortal.Model;

namespace DirectoryPortal.Render;

/// A guidance article rendered from Markdown.
public sealed class GuidancePage : PageModel
{
    public required Guidance Guidance { get; init; }
    public required string BodyHtml { get; init; }
    public override string Title => Guidance.Title;
    public override string? Description => Guidance.Summary;
    public override string Layout => "guidance";
}
