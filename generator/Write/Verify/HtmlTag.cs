namespace DirectoryPortal.Write.Verify;

/// One attribute of a tag, as offsets into the page's bytes (nothing is copied while scanning).
public readonly record struct HtmlAttribute(int NameStart, int NameLength, int ValueStart, int ValueLength);

/// One start or end tag found by HtmlScanner, with where it is in the page.
public sealed class HtmlTag
{
    /// The tag name in lower case ASCII.
    public string Name { get; internal set; } = "";
    public bool IsEnd { get; internal set; }
    /// Byte offset of the '&lt;'.
    public int Offset { get; internal set; }
    /// For script, style, title and the other raw-text elements: the text up to the end tag.
    public int ContentStart { get; internal set; }
    public int ContentLength { get; internal set; }
    internal List<HtmlAttribute> Attributes { get; } = new(16);
}
