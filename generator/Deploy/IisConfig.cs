using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DirectoryPortal.Deploy;

/// deploy/iis/web.config, for the published folder of an IIS 10 site with the URL Rewrite module.
public static class IisConfig
{
    /// The whole file.
    public static string WebConfig()
    {
        var server = new XElement("system.webServer",
            new XElement("defaultDocument", new XAttribute("enabled", "true"),
                new XElement("files", new XElement("clear"), new XElement("add", new XAttribute("value", "index.html")))),
            new XElement("staticContent",
                // "DisableCache" sends Cache-Control: no-cache, so pages are checked on every visit.
                new XElement("clientCache", new XAttribute("cacheControlMode", "DisableCache")),
                MimeMaps()),
            new XElement("httpProtocol",
                new XElement("customHeaders",
                    new XElement("remove", new XAttribute("name", "X-Powered-By")),
                    SecurityHeaders.All.Select(h => new XElement("add", new XAttribute("name", h.Name), new XAttribute("value", h.Value))))),
            new XComment(" Any missing path gets the site's own not-found page, with status 404. "),
            new XElement("httpErrors", new XAttribute("errorMode", "Custom"), new XAttribute("existingResponse", "Replace"),
                new XElement("remove", new XAttribute("statusCode", "404")),
                new XElement("error", new XAttribute("statusCode", "404"), new XAttribute("path", "/404.html"), new XAttribute("responseMode", "ExecuteURL"))),
            new XComment($" The Open Referral UK feed: /{FeedRoutes.Folder}/ is {FeedRoutes.IndexFile} and /{FeedRoutes.Folder}/services/abc is services/abc{FeedRoutes.Extension} (a rule's url never holds the query string). "),
            new XElement("rewrite", new XElement("rules",
                new XElement("rule", new XAttribute("name", "Open Referral feed base"), new XAttribute("stopProcessing", "true"),
                    new XElement("match", new XAttribute("url", $"^{FeedRoutes.Folder}/?$")),
                    new XElement("action", new XAttribute("type", "Rewrite"), new XAttribute("url", $"{FeedRoutes.Folder}/{FeedRoutes.IndexFile}"))),
                new XElement("rule", new XAttribute("name", "Open Referral feed endpoints"), new XAttribute("stopProcessing", "true"),
                    new XElement("match", new XAttribute("url", $"^{FeedRoutes.Folder}/(.+)$")),
                    new XElement("conditions",
                        new XElement("add", new XAttribute("input", "{REQUEST_FILENAME}"), new XAttribute("matchType", "IsFile"), new XAttribute("negate", "true"))),
                    new XElement("action", new XAttribute("type", "Rewrite"), new XAttribute("url", $"{FeedRoutes.Folder}/{{R:1}}{FeedRoutes.Extension}"))))));

        var doc = new XDocument(
            new XComment(Notice()),
            new XElement("configuration",
                server,
                new XComment(" Files named by their content (assets/search.1a2b3c4d5e.js) never change: keep them for a year. "),
                new XElement("location", new XAttribute("path", CachePolicy.AssetFolder),
                    new XElement("system.webServer", new XElement("staticContent",
                        new XElement("clientCache", new XAttribute("cacheControlMode", "UseMaxAge"),
                            new XAttribute("cacheControlMaxAge", "365.00:00:00"), new XAttribute("cacheControlCustom", "public, immutable"))))),
                new XElement("location", new XAttribute("path", FeedRoutes.Folder),
                    new XElement("system.webServer", new XElement("httpProtocol", new XElement("customHeaders",
                        new XElement("add", new XAttribute("name", FeedRoutes.Cors.Name), new XAttribute("value", FeedRoutes.Cors.Value))))))));

        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings)) doc.Save(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// The types IIS sends for the site's files; each is removed first, as IIS refuses a duplicate.
    public static readonly IReadOnlyList<(string Extension, string Type)> MimeTypes =
    [
        (".html", "text/html; charset=utf-8"),
        (".css", "text/css; charset=utf-8"),
        (".js", "text/javascript; charset=utf-8"),
        (FeedRoutes.Extension, FeedRoutes.ContentType),
        (".xml", "application/xml"),
        (".txt", "text/plain; charset=utf-8"),
        (".ico", "image/x-icon"),
    ];

    private static IEnumerable<XElement> MimeMaps() => MimeTypes.SelectMany(m => new[]
    {
        new XElement("remove", new XAttribute("fileExtension", m.Extension)),
        new XElement("mimeMap", new XAttribute("fileExtension", m.Extension), new XAttribute("mimeType", m.Type)),
    });

    private static string Notice() =>
        "\n" + ServerConfig.Notice("  ", "the generator's server-config command").TrimEnd('\n') + "\n" +
        "   Put it in the published folder. Needs IIS 10 with the URL Rewrite module. It assumes the site is at the\n" +
        "   root of its host.\n";
}
