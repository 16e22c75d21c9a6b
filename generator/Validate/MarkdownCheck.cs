using DirectoryPortal.Model;
using DirectoryPortal.Render;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DirectoryPortal.Validate;

/// Markdown may not carry raw HTML or unsafe links, since either could put script on a page.
public sealed class MarkdownCheck : IContentCheck
{
    public void Check(ContentSet content, CheckContext context)
    {
        foreach (var g in context.GuidanceToCheck(content))
            Inspect(g, "body", g.Body, g.BodyFirstLine, context);
        foreach (var s in context.ServicesToCheck(content))
            if (s.Details is { } details)
                Inspect(s, "details", details, s.PositionOf("details").Line + 1, context);
    }

    private static void Inspect(Record record, string field, string markdown, int firstLine, CheckContext context)
    {
        var document = Markdown.Parse(markdown, MarkdownRenderer.Inspect);
        foreach (var node in document.Descendants())
        {
            var line = firstLine + node.Line;
            var column = node.Column + 1;
            switch (node)
            {
                case HtmlBlock:
                case HtmlInline:
                    context.Problems.Error(record.SourceFile, line, column, field, "contains raw HTML, which is not allowed.",
                        "Use Markdown instead: '## ' for headings, '- ' for lists, [text](address) for links. To show a '<' sign, write \\<.");
                    break;
                case LinkInline link when !Addresses.IsAllowedLink(link.Url ?? ""):
                    context.Problems.Error(record.SourceFile, line, column, field, $"the link '{link.Url}' uses a kind of address that is not allowed.",
                        "Links may only start with https://, http://, mailto: or tel:, or point to another page of this site.");
                    break;
                case AutolinkInline auto when !Addresses.IsAllowedLink(auto.Url):
                    context.Problems.Error(record.SourceFile, line, column, field, $"the link '{auto.Url}' uses a kind of address that is not allowed.",
                        "Links may only start with https://, http://, mailto: or tel:.");
                    break;
            }
        }
    }
}
