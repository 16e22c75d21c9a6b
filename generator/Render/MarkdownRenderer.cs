using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using DirectoryPortal.Validate;

namespace DirectoryPortal.Render;

/// Turns editors' Markdown into safe HTML. Pipelines are built once and shared; they are thread-safe.
public static class MarkdownRenderer
{
    /// Parses raw HTML as HTML, so validation can find and refuse it.
    public static MarkdownPipeline Inspect { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    /// Treats any HTML as text, so even content that slipped past validation cannot put markup on a page.
    public static MarkdownPipeline Output { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    /// Renders Markdown; <paramref name="rootPrefix"/> goes before relative links written from the site root.
    public static string ToHtml(string markdown, string rootPrefix = "")
    {
        var document = Markdown.Parse(markdown, Output);
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (!Addresses.IsAllowedLink(url))
            {
                link.Url = "#";
                continue;
            }
            if (Addresses.IsExternal(url))
                link.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
            else if (rootPrefix.Length > 0 && IsRelative(url))
                link.Url = rootPrefix + url;
        }
        foreach (var link in document.Descendants<AutolinkInline>())
            if (!Addresses.IsAllowedLink(link.Url)) link.Url = "#";
        return Markdown.ToHtml(document, Output).Replace("\r\n", "\n");
    }

    private static bool IsRelative(string url) =>
        url.Length > 0 && url[0] is not ('#' or '/') && !url.Contains(':');

    /// Plain text of Markdown, for search and summaries.
    public static string ToPlainText(string markdown) => PlainText.GetValue(markdown, m => Markdown.ToPlainText(m, Output).Trim());

    // Keyed by the source string itself: `serve` keeps unchanged records between rebuilds, so their
    // Markdown is converted once rather than on every rebuild of the search index. Entries go when
    // the record's text does.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> PlainText = new();
}
