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

    /// Markdig refuses (throws) text nested deeper than it can parse safely: 130 '>' quotes, say.
    public const string TooDeepMessage = "is nested too deeply: more levels of '>' quotes or indented '- ' lists than the Markdown reader allows.";

    /// Parses Markdown; text nested too deeply for Markdig gives an empty document (MarkdownCheck reports it).
    public static MarkdownDocument Parse(string markdown, MarkdownPipeline pipeline) =>
        TryParse(markdown, pipeline, out var document) ? document : new MarkdownDocument();

    /// False when Markdig refuses the text as nested too deeply.
    public static bool TryParse(string markdown, MarkdownPipeline pipeline, out MarkdownDocument document)
    {
        try
        {
            document = Markdown.Parse(markdown, pipeline);
            return true;
        }
        catch (ArgumentException ex) when (IsTooDeep(ex))
        {
            document = new MarkdownDocument();
            return false;
        }
    }

    /// Renders Markdown; <paramref name="rootPrefix"/> goes before relative links written from the site root.
    public static string ToHtml(string markdown, string rootPrefix = "")
    {
        var document = Parse(markdown, Output);
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
    public static string ToPlainText(string markdown) => PlainText.GetValue(markdown, m =>
    {
        // Parsed once: a TryParse first would read every record's text twice.
        try { return Markdown.ToPlainText(m, Output).Trim(); }
        catch (ArgumentException ex) when (IsTooDeep(ex)) { return ""; }
    });

    private static bool IsTooDeep(ArgumentException ex) => ex.Message.Contains("nested", StringComparison.OrdinalIgnoreCase);

    // Keyed by the source string itself: `serve` keeps unchanged records between rebuilds, so their
    // Markdown is converted once rather than on every rebuild of the search index. Entries go when
    // the record's text does.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> PlainText = new();
}
