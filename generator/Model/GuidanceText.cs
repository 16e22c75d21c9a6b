namespace DirectoryPortal.Model;

/// A guidance page in another language: content/guidance/&lt;slug&gt;.&lt;lang&gt;.md. Only its words; the page's
/// categories, audience, order and related services always come from the English page.
public sealed class GuidanceText : TranslationRecord
{
    [Required] public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public List<string> Keywords { get; set; } = new();
    [NotInFile] public string Body { get; set; } = "";
    [NotInFile] public int BodyFirstLine { get; set; } = 1;
}
