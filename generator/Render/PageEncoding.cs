using System.Text.Encodings.Web;

namespace DirectoryPortal.Render;

/// The one HTML encoder pages are written with, shared by Razor and by code that builds markup itself.
public static class PageEncoding
{
    public static HtmlEncoder Html { get; } = HtmlEncoder.Default;
}
