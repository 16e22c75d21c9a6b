using System.Text.RegularExpressions;

namespace DirectoryPortal.Render;

/// Keeps numbers written in groups ("0808 2000 247", "+44 20 7008 1500") in their order inside right-to-left
/// text. Without this the browser's bidirectional algorithm treats the spaces between the groups as neutral
/// and shows "247 2000 0808" in an Arabic or Urdu sentence: a wrong number for anyone who dials what they see.
public static partial class BidiNumbers
{
    // Digit groups joined by spaces or hyphens, perhaps after a "+". A number in one group needs nothing.
    [GeneratedRegex(@"\+?[0-9]+(?:[ \-\u00A0][0-9]+)+")]
    private static partial Regex Grouped();

    // The text between tags of finished HTML; attribute values never hold a raw '>' (they are encoded).
    [GeneratedRegex("(?<=^|>)[^<]+")]
    private static partial Regex TextRuns();

    /// Finished HTML with each grouped number in its text wrapped in &lt;span dir="ltr"&gt;.
    public static string Isolate(string html) =>
        TextRuns().Replace(html, run => Grouped().Replace(run.Value, m => $"<span dir=\"ltr\">{m.Value}</span>"));
}
