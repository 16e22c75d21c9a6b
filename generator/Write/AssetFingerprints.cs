using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DirectoryPortal.Deploy;

namespace DirectoryPortal.Write;

/// Names every file under assets/ by a hash of its content ("search.js" becomes "search.1a2b3c4d5e.js"), so
/// browsers can keep it for a year (CachePolicy.Forever) and a changed file is a new name they have never seen.
/// Style sheets that point at other assets with url(...) are pointed at the new names before they are hashed.
/// A script cannot be rewritten like that: one that loads another asset gets its URL from the page (Asset()).
public static partial class AssetFingerprints
{
    /// Whether the file at <paramref name="path"/> (relative to the site's root) is named by its content.
    public static bool Applies(string path) => path.StartsWith(CachePolicy.AssetFolder + "/", StringComparison.Ordinal);

    /// "assets/x/search.js" with <paramref name="content"/> becomes "assets/x/search.1a2b3c4d5e.js".
    public static string Name(string path, ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        var hex = Convert.ToHexStringLower(hash)[..CachePolicy.HashLength];
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash + 1 ? $"{path[..dot]}.{hex}{path[dot..]}" : $"{path}.{hex}";
    }

    /// Adds <paramref name="files"/> to <paramref name="output"/>, assets under their fingerprinted names, and
    /// returns where each asset went (its own path to its published path).
    public static Dictionary<string, string> Publish(IReadOnlyDictionary<string, byte[]> files, OutputFiles output)
    {
        var published = new Dictionary<string, string>(StringComparer.Ordinal);
        var sheets = new List<string>();
        foreach (var (path, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!Applies(path)) { output.Add(path, bytes); continue; }
            if (path.EndsWith(".css", StringComparison.Ordinal)) { sheets.Add(path); continue; }
            published[path] = Name(path, bytes);
            output.Add(published[path], bytes);
        }
        // A sheet is hashed after the files it points at, so its hash covers their names too.
        while (sheets.Count > 0)
        {
            var ready = sheets.Where(s => References(s, files[s]).All(r => !sheets.Contains(r) || r == s)).ToList();
            if (ready.Count == 0)
                throw new InvalidDataException($"Style sheets import each other in a circle: {string.Join(", ", sheets)}.");
            foreach (var sheet in ready)
            {
                var bytes = Encoding.UTF8.GetBytes(Repoint(sheet, Encoding.UTF8.GetString(files[sheet]), published));
                published[sheet] = Name(sheet, bytes);
                output.Add(published[sheet], bytes);
                sheets.Remove(sheet);
            }
        }
        return published;
    }

    [GeneratedRegex("""url\(\s*(['"]?)([^'")\s]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""")]
    private static partial Regex UrlReference();

    // Assets the sheet names by a relative path, as paths from the site's root.
    private static IEnumerable<string> References(string sheet, byte[] bytes) =>
        UrlReference().Matches(Encoding.UTF8.GetString(bytes))
            .Select(m => Resolve(sheet, m.Groups[2].Success ? m.Groups[2].Value : m.Groups[4].Value))
            .OfType<string>();

    private static string Repoint(string sheet, string css, IReadOnlyDictionary<string, string> published) =>
        UrlReference().Replace(css, m =>
        {
            var group = m.Groups[2].Success ? m.Groups[2] : m.Groups[4];
            var target = Resolve(sheet, group.Value);
            if (target is null || !published.TryGetValue(target, out var name)) return m.Value;
            var suffix = group.Value[StripQuery(group.Value).Length..];
            var relative = Path.GetRelativePath(Path.GetDirectoryName(sheet)!, name).Replace('\\', '/') + suffix;
            return m.Value[..(group.Index - m.Index)] + relative + m.Value[(group.Index - m.Index + group.Length)..];
        });

    // A relative reference as a path from the site's root; null for data:, absolute and external URLs.
    private static string? Resolve(string sheet, string reference)
    {
        var plain = StripQuery(reference);
        if (plain.Length == 0 || plain.Contains(':') || plain.StartsWith('/')) return null;
        var parts = new List<string>(sheet.Split('/')[..^1]);
        foreach (var part in plain.Split('/'))
        {
            if (part == "..") { if (parts.Count == 0) return null; parts.RemoveAt(parts.Count - 1); }
            else if (part is not ("." or "")) parts.Add(part);
        }
        return string.Join('/', parts);
    }

    private static string StripQuery(string reference) => reference.Split('?', '#')[0];
}
