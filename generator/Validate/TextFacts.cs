using System.Text.RegularExpressions;
using DirectoryPortal.Render;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DirectoryPortal.Validate;

/// The facts in a piece of text that a translation must carry over unchanged: numbers of three or more
/// digits (phone numbers, short codes such as 999, years) and the addresses of its links.
public static partial class TextFacts
{
    // Digits in groups, as numbers are written: "0808 2000 247", "+44 20 7008 1500", "999". Only the digits
    // 0 to 9 count: a translation that writes a number in other digits no longer matches, on purpose, since
    // people dial what they read and numbers must be shown as the English page shows them.
    [GeneratedRegex(@"\+?[0-9](?:[0-9]|[ \-](?=[0-9]))*")]
    private static partial Regex Number();

    /// The numbers in the text, each as its digits alone ("08082000247"), in order of first appearance.
    public static IReadOnlyList<string> Numbers(string? text)
    {
        var found = new List<string>();
        if (string.IsNullOrEmpty(text)) return found;
        foreach (Match m in Number().Matches(text))
        {
            var digits = new string(m.Value.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length >= 3 && !found.Contains(digits)) found.Add(digits);
        }
        return found;
    }

    /// The link addresses in Markdown, in order of first appearance.
    public static IReadOnlyList<string> Links(string? markdown)
    {
        var found = new List<string>();
        if (string.IsNullOrEmpty(markdown)) return found;
        var document = MarkdownRenderer.Parse(markdown, MarkdownRenderer.Inspect);
        foreach (var node in document.Descendants())
        {
            var url = node switch { LinkInline l => l.Url, AutolinkInline a => a.Url, _ => null };
            if (!string.IsNullOrEmpty(url) && !found.Contains(url)) found.Add(url);
        }
        return found;
    }
}
