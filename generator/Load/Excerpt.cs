using System.Globalization;
using System.Text;

namespace DirectoryPortal.Load;

/// Text from a content file quoted in a message: short, and with invisible and control characters shown
/// as codes, so a message can neither run on for pages nor hide or reorder what it shows.
public static class Excerpt
{
    public const int MaxLength = 40;

    public static string Of(string text)
    {
        var shown = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (shown.Length >= MaxLength)
            {
                shown.Append('…');
                break;
            }
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate)
                shown.Append($"\\u{rune.Value:X4}");
            else
                shown.Append(rune.ToString());
        }
        return shown.ToString();
    }
}
