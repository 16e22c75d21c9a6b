namespace DirectoryPortal.Model;

/// A guidance page from content/guidance/&lt;slug&gt;.md: front matter plus a Markdown body.
public sealed class Guidance : Record
{
    [NotInFile] public string Slug { get; set; } = "";
    [NotInFile] public string Body { get; set; } = "";
    /// Line in the file where the body starts, so Markdown problems point at the right line.
    [NotInFile] public int BodyFirstLine { get; set; } = 1;

    [Required] public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public List<string> Audience { get; set; } = new();
    public List<string> Categories { get; set; } = new();
    public int? Order { get; set; }
    public List<string> RelatedServices { get; set; } = new();
    /// Extra words people might search with, as for services.
    public List<string> Keywords { get; set; } = new();
    /// Old slugs whose addresses still lead to this page.
    public List<string> Aliases { get; set; } = new();
}
