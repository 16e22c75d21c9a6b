using System.Text;
using System.Text.RegularExpressions;

namespace DirectoryPortal.Load;

/// Slugs: the part of a file name that becomes a page address, so it must be safe on every web server
/// and every computer the site is copied to.
public static partial class Slugs
{
    public const int MaxLength = 80;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    public static partial Regex Pattern();

    // Windows refuses files and folders with these names (with any extension), so a site with a page
    // services/con/ could not be copied to a Windows computer or a USB stick.
    private static readonly HashSet<string> WindowsReserved = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul",
        "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public static bool IsReserved(string slug) => WindowsReserved.Contains(slug);

    /// Why <paramref name="slug"/> cannot be used, or null when it can.
    public static string? Problem(string slug)
    {
        if (!Pattern().IsMatch(slug)) return $"'{Excerpt.Of(slug)}' cannot be used as a web address.";
        if (IsReserved(slug)) return $"'{slug}' is a name Windows reserves for devices, so the site could not be copied to a Windows computer.";
        if (slug.Length > MaxLength) return $"The name is {slug.Length} characters long; the limit is {MaxLength}.";
        return null;
    }

    // Base letter of each of U+00C0 to U+017F after lower-casing ('_' where there is no single one).
    private const string LatinBase =
        "aaaaaa_ceeeeiiii_nooooo__uuuuy__aaaaaa_ceeeeiiii_nooooo__uuuuy_yaaaaaaccccccccdd__eeeeeeeeeegggggggghh__iiiiiiiii___jjkk_llllll____nnnnnn___oooooo__rrrrrrsssssssstttt__uuuuuuuuuuuuwwyyyzzzzzz_";

    /// A safe slug for a name: accents dropped (Émergency gives emergency), anything else between letters
    /// and digits made one hyphen, at most MaxLength characters.
    public static string Make(string name)
    {
        var plain = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            // The generator runs with invariant globalization, where string.Normalize does nothing, so
            // accented Latin letters (U+00C0 to U+017F) are mapped to their base letters by table.
            if (c is >= '\u00c0' and <= '\u017f' && LatinBase[c - '\u00c0'] is var b and not '_') plain.Append(b);
            else plain.Append(c switch { 'ß' => "ss", 'æ' => "ae", 'œ' => "oe", 'ø' => "o", 'ł' => "l", 'đ' => "d", 'ð' => "d", 'þ' => "th", 'ı' => "i", _ => c.ToString() });
        }
        var slug = Regex.Replace(plain.ToString(), "[^a-z0-9]+", "-").Trim('-');
        if (slug.Length > MaxLength) slug = slug[..MaxLength].TrimEnd('-');
        if (slug.Length == 0) return "new-record";
        return IsReserved(slug) ? slug + "-page" : slug;
    }
}
