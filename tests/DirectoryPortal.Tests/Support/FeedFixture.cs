using DirectoryPortal.Deploy;

namespace DirectoryPortal.Tests.Support;

/// The Open Referral UK feed's files, for testing how servers answer for them: the build's own feed when
/// it writes one, otherwise small stand-ins at the same paths. Also the other site of the framing test.
public static class FeedFixture
{
    /// URL paths under the feed and the file that must answer each (relative to the site's root).
    public static IReadOnlyList<(string Url, string File)> Routes(string siteRoot)
    {
        var routes = new List<(string, string)> { ($"/{FeedRoutes.Folder}/", $"{FeedRoutes.Folder}/{FeedRoutes.IndexFile}") };
        foreach (var list in new[] { "services", "taxonomies", "taxonomy_terms", "service_at_locations" })
        {
            routes.Add(($"/{FeedRoutes.Folder}/{list}", $"{FeedRoutes.Folder}/{list}.json"));
            routes.Add(($"/{FeedRoutes.Folder}/{list}?page=1&per_page=10", $"{FeedRoutes.Folder}/{list}.json"));
            var one = Directory.EnumerateFiles(Path.Combine(siteRoot, FeedRoutes.Folder, list), "*.json").Order(StringComparer.Ordinal).First();
            var id = Path.GetFileNameWithoutExtension(one);
            routes.Add(($"/{FeedRoutes.Folder}/{list}/{id}", $"{FeedRoutes.Folder}/{list}/{id}.json"));
            routes.Add(($"/{FeedRoutes.Folder}/{list}/{id}.json", $"{FeedRoutes.Folder}/{list}/{id}.json"));
        }
        return routes;
    }

    /// Writes stand-in feed files into <paramref name="siteRoot"/> unless the build wrote a feed.
    public static void AddIfMissing(string siteRoot)
    {
        var folder = Path.Combine(siteRoot, FeedRoutes.Folder);
        if (File.Exists(Path.Combine(folder, FeedRoutes.IndexFile))) return;
        Write(folder, FeedRoutes.IndexFile, """{"version":"3.0","stand_in":"index"}""");
        foreach (var list in new[] { "services", "taxonomies", "taxonomy_terms", "service_at_locations" })
        {
            Write(folder, list + ".json", $$"""{"stand_in":"{{list}}","contents":[]}""");
            Write(folder, $"{list}/0d9c2f4e-1b7a-4c3e-9a51-{list.Length:D12}.json", $$"""{"stand_in":"one of {{list}}"}""");
        }
    }

    /// Another site: frame.html shows whatever address follows its "#" in an iframe; plain.html is a page
    /// without any headers, which it can frame (so a refusal of the directory is the directory's doing).
    public static void WriteFramingSite(string root)
    {
        Write(root, "frame.html", """
            <!DOCTYPE html><html lang="en"><title>Another site</title>
            <iframe id="framed" title="framed page" width="600" height="400"></iframe>
            <script>document.getElementById("framed").src = decodeURIComponent(location.hash.slice(1));</script>
            </html>
            """);
        Write(root, "plain.html", """<!DOCTYPE html><html lang="en"><title>Plain</title><h1>A page that may be framed</h1></html>""");
    }

    private static void Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
