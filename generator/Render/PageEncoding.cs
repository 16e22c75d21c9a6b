using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DirectoryPortal.Render;

/// The one HTML encoder pages are written with, shared by Razor and by code that builds markup itself.
public static class PageEncoding
{
    /// Escapes what HTML needs escaped (&amp; &lt; &gt; " ' +, exactly as Razor's default does) and leaves the
    /// letters of every language as they are, so a page in Arabic is not three times its size in references.
    public static HtmlEncoder Html { get; } = HtmlEncoder.Create(UnicodeRanges.All);
}
