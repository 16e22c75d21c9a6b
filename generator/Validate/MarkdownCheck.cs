using DirectoryPortal.Model;
using DirectoryPortal.Render;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DirectoryPortal.Validate;

/// Markdown may not carry raw HTML or unsafe links, since either could put script on a page.
public sealed class MarkdownCheck : IReadOnlyCheck
{
    public void Check(ContentSet content, CheckContext context)
    {
        foreach (var g in context.GuidanceToCheck(content))
            Inspect(g, "body", g.Body, g.BodyFirstLine, context);
        foreach (var s in context.ServicesToCheck(content))
            if (s.Details is { } details)
                Inspect(s, "details", details, s.PositionOf("details").Line + 1, context);
        // site.yml's Markdown is on every page; a rebuild after a service edit (Scope set) leaves it alone.
        if (context.Scope is null && content.Site.EmergencyNotice.Length > 0)
            Inspect(content.Site, "emergency_notice", content.Site.EmergencyNotice, content.Site.PositionOf("emergency_notice").Line, context);
        // Translations carry Markdown too, and their pages are as public as the English ones.
        foreach (var (_, language) in content.Translations)
            foreach (var translation in language.All)
            {
                if (context.Scope is { } scope && !scope(translation)) continue;
                switch (translation)
                {
                    case GuidanceText g:
                        Inspect(g, "body", g.Body, g.BodyFirstLine, context);
                        break;
                    case ServiceText { Details: { } details } s:
                        Inspect(s, "details", details, s.PositionOf("details").Line + 1, context);
                        break;
                    case SiteText { EmergencyNotice: { Length: > 0 } notice } t:
                        Inspect(t, "emergency_notice", notice, t.PositionOf("emergency_notice").Line, context);
                        break;
                }
            }
    }

    private static void Inspect(Record record, string field, string markdown, int firstLine, CheckContext context)
    {
        if (!MarkdownRenderer.TryParse(markdown, MarkdownRenderer.Inspect, out var document))
        {
            context.Problems.Error(record.SourceFile, firstLine + DeepestLine(markdown), 1, field, MarkdownRenderer.TooDeepMessage,
                "Use at most a few levels of '>' and of indented lists; start a new paragraph or list instead of nesting further.");
            return;
        }
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
                    context.Problems.Error(record.SourceFile, line, column, field, $"the link '{Load.Excerpt.Of(link.Url ?? "")}' uses a kind of address that is not allowed.",
                        "Links may only start with https://, http://, mailto: or tel:, or point to another page of this site.");
                    break;
                case AutolinkInline auto when !Addresses.IsAllowedLink(auto.Url):
                    context.Problems.Error(record.SourceFile, line, column, field, $"the link '{Load.Excerpt.Of(auto.Url)}' uses a kind of address that is not allowed.",
                        "Links may only start with https://, http://, mailto: or tel:.");
                    break;
            }
        }
    }

    // The line (0-based) that opens the most '>' quotes and list items, where the nesting is deepest.
    private static int DeepestLine(string markdown)
    {
        var lines = markdown.Split('\n');
        var (best, deepest) = (0, -1);
        for (var i = 0; i < lines.Length; i++)
        {
            var depth = 0;
            var line = lines[i];
            for (var c = 0; c < line.Length; c++)
            {
                if (line[c] is '>' or '-' or '*' or '+') depth++;
                else if (line[c] == ' ') depth += c > 0 && line[c - 1] == ' ' ? 1 : 0;
                else if (!char.IsWhiteSpace(line[c])) break;
            }
            if (depth > deepest) (best, deepest) = (i, depth);
        }
        return best;
    }
}
