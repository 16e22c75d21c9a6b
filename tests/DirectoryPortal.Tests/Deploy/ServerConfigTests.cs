using System.Text.RegularExpressions;
using System.Xml.Linq;
using DirectoryPortal.Deploy;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Deploy;

/// The files in deploy/ are what the generator makes from its one source, and each is well formed for its server.
public class ServerConfigTests
{
    private static string Deployed(string path) => File.ReadAllText(Path.Combine(Repo.Root, "deploy", path));

    [Fact]
    public void Every_file_in_deploy_is_exactly_what_server_config_writes_from_the_one_source()
    {
        foreach (var config in ServerConfig.All)
            Assert.True(Deployed(config.Path) == config.Text,
                $"deploy/{config.Path} differs from what generator/Deploy makes. Run `dotnet run --project generator -- server-config` and commit the result.");
        // And each one carries every header with its value, so none can be left out of one server.
        foreach (var path in new[] { "nginx/directoryportal.conf", "apache/.htaccess", "iis/web.config", "static-host/_headers" })
            foreach (var (name, value) in SecurityHeaders.All)
                Assert.True(Deployed(path).Contains(name) && Deployed(path).Contains(value), $"deploy/{path} lacks {name}: {value}");
    }

    [Fact]
    public void The_server_config_command_writes_the_same_files_into_any_folder()
    {
        using var t = new TempContent();
        var output = new StringWriter();
        Assert.Equal(0, DirectoryPortal.Cli.CommandLine.Run(["server-config", "--out", t.Root], output, output));
        foreach (var config in ServerConfig.All)
            Assert.Equal(Deployed(config.Path), File.ReadAllText(Path.Combine(t.Root, config.Path)));
    }

    [Fact]
    public void Header_values_fit_every_configuration_language()
    {
        // A double quote or a line break would end a value early in nginx, Apache or _headers.
        foreach (var (name, value) in SecurityHeaders.All.Append(FeedRoutes.Cors))
        {
            Assert.Matches("^[A-Za-z-]+$", name);
            Assert.DoesNotMatch("[\"\\r\\n\\\\]", value);
        }
    }

    // Elements of IIS's configuration schema (IIS_schema.xml and the URL Rewrite module's rewrite_schema.xml)
    // that web.config uses: each element, by its parent, with the attributes that element has in the schema.
    private static readonly Dictionary<string, string[]> IisSchema = new()
    {
        ["/configuration"] = [],
        ["configuration/system.webServer"] = [],
        ["configuration/location"] = ["path", "overrideMode", "inheritInChildApplications"],
        ["location/system.webServer"] = [],
        ["system.webServer/defaultDocument"] = ["enabled"],
        ["defaultDocument/files"] = [],
        ["files/clear"] = [],
        ["files/add"] = ["value"],
        ["system.webServer/staticContent"] = ["defaultDocFooter", "isDocFooterFileName", "enableDocFooter"],
        ["staticContent/clientCache"] = ["cacheControlMode", "cacheControlMaxAge", "httpExpires", "cacheControlCustom", "setEtag"],
        ["staticContent/remove"] = ["fileExtension"],
        ["staticContent/mimeMap"] = ["fileExtension", "mimeType"],
        ["system.webServer/httpProtocol"] = ["allowKeepAlive"],
        ["httpProtocol/customHeaders"] = [],
        ["customHeaders/remove"] = ["name"],
        ["customHeaders/add"] = ["name", "value"],
        ["system.webServer/httpErrors"] = ["errorMode", "existingResponse", "defaultPath", "defaultResponseMode"],
        ["httpErrors/remove"] = ["statusCode", "subStatusCode"],
        ["httpErrors/error"] = ["statusCode", "subStatusCode", "prefixLanguageFilePath", "path", "responseMode"],
        ["system.webServer/rewrite"] = [],
        ["rewrite/rules"] = [],
        ["rules/rule"] = ["name", "stopProcessing", "enabled", "patternSyntax"],
        ["rule/match"] = ["url", "ignoreCase", "negate"],
        ["rule/conditions"] = ["logicalGrouping", "trackAllCaptures"],
        ["conditions/add"] = ["input", "matchType", "pattern", "ignoreCase", "negate"],
        ["rule/action"] = ["type", "url", "appendQueryString", "redirectType", "statusCode"],
    };

    private static readonly Dictionary<string, string[]> IisValues = new()
    {
        ["cacheControlMode"] = ["NoControl", "DisableCache", "UseMaxAge", "UseExpires"],
        ["errorMode"] = ["DetailedLocalOnly", "Custom", "Detailed"],
        ["existingResponse"] = ["Auto", "Replace", "PassThrough"],
        ["responseMode"] = ["File", "ExecuteURL", "Redirect"],
        ["type"] = ["None", "Rewrite", "Redirect", "CustomResponse", "AbortRequest"],
        ["matchType"] = ["Pattern", "IsFile", "IsDirectory"],
        ["enabled"] = ["true", "false"],
        ["stopProcessing"] = ["true", "false"],
        ["negate"] = ["true", "false"],
    };

    [Fact]
    public void The_IIS_web_config_is_XML_using_only_elements_and_attributes_IIS_knows()
    {
        var doc = XDocument.Parse(Deployed("iis/web.config"));
        foreach (var element in doc.Descendants())
        {
            var key = (element.Parent?.Name.LocalName ?? "") + "/" + element.Name.LocalName;
            Assert.True(IisSchema.TryGetValue(key, out var attributes), $"web.config: <{element.Name}> is not allowed inside <{element.Parent?.Name}>");
            foreach (var attribute in element.Attributes())
            {
                Assert.True(attributes.Contains(attribute.Name.LocalName), $"web.config: <{element.Name}> has no attribute {attribute.Name}");
                if (IisValues.TryGetValue(attribute.Name.LocalName, out var values))
                    Assert.True(values.Contains(attribute.Value), $"web.config: {attribute.Name}=\"{attribute.Value}\" is not one of {string.Join(", ", values)}");
            }
        }
        var server = doc.Root!.Element("system.webServer")!;
        Assert.Equal(SecurityHeaders.All, server.Element("httpProtocol")!.Element("customHeaders")!.Elements("add")
            .Select(a => (a.Attribute("name")!.Value, a.Attribute("value")!.Value)));
        Assert.Equal("DisableCache", server.Element("staticContent")!.Element("clientCache")!.Attribute("cacheControlMode")!.Value);
        Assert.Equal("/404.html", server.Element("httpErrors")!.Element("error")!.Attribute("path")!.Value);

        var assets = doc.Root.Elements("location").Single(l => l.Attribute("path")!.Value == CachePolicy.AssetFolder).Descendants("clientCache").Single();
        Assert.Equal(TimeSpan.FromDays(365), TimeSpan.Parse(assets.Attribute("cacheControlMaxAge")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("max-age=31536000", CachePolicy.Forever);
        var feed = doc.Root.Elements("location").Single(l => l.Attribute("path")!.Value == FeedRoutes.Folder).Descendants("add").Single();
        Assert.Equal(FeedRoutes.Cors, (feed.Attribute("name")!.Value, feed.Attribute("value")!.Value));

        // The rewrite rules send each feed address where FeedRoutes says (IIS matches the path without its
        // leading slash or query string; the IsFile condition lets a real file through as it is).
        var rules = server.Element("rewrite")!.Descendants("rule").ToList();
        foreach (var url in new[] { "openreferral", "openreferral/", "openreferral/services", "openreferral/services/abc-1", "openreferral/taxonomy_terms/x" })
        {
            var rule = rules.First(r => Regex.IsMatch(url, r.Element("match")!.Attribute("url")!.Value));
            var match = Regex.Match(url, rule.Element("match")!.Attribute("url")!.Value);
            var target = rule.Element("action")!.Attribute("url")!.Value.Replace("{R:1}", match.Groups[1].Value);
            Assert.Equal(FeedRoutes.FileFor("/" + url), target);
        }
    }

    [Fact]
    public void The_static_host_files_give_every_page_the_headers_and_send_feed_addresses_to_their_files()
    {
        var blocks = new Dictionary<string, List<(string, string)>>();
        List<(string, string)>? current = null;
        foreach (var line in Deployed("static-host/_headers").Split('\n'))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            if (!line.StartsWith(' ')) { blocks[line.Trim()] = current = []; continue; }
            var colon = line.IndexOf(':');
            current!.Add((line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }
        Assert.Equal(SecurityHeaders.All, blocks["/*"]);
        Assert.Equal([("Cache-Control", CachePolicy.Forever)], blocks[$"/{CachePolicy.AssetFolder}/*"]);
        Assert.Contains(FeedRoutes.Cors, blocks[$"/{FeedRoutes.Folder}/*"]);

        var rules = Deployed("static-host/_redirects").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.All(rules, r => Assert.Equal("200", r[2]));
        foreach (var url in new[] { "/openreferral", "/openreferral/", "/openreferral/services", "/openreferral/services/abc-1" })
        {
            // A splat matches the rest of the path; the first rule that matches wins.
            var rule = rules.First(r => r[0].EndsWith('*') ? url.StartsWith(r[0][..^1], StringComparison.Ordinal) && url.Length > r[0].Length - 1 : url == r[0]);
            var target = rule[0].EndsWith('*') ? rule[1].Replace(":splat", url[(rule[0].Length - 1)..]) : rule[1];
            Assert.Equal("/" + FeedRoutes.FileFor(url), target);
        }
    }

    [Fact]
    public void Apache_accepts_every_line_of_the_htaccess()
    {
        using var t = new TempContent();
        using var apache = new ApacheServer();
        apache.WriteConfig(t.Root, Path.Combine(Repo.Root, "deploy", "apache", ".htaccess"), inline: true);
        var (code, output) = apache.CheckSyntax();
        Assert.True(code == 0, output);
        Assert.Contains("Syntax OK", output);

        // And the check can fail: a line Apache does not know is refused.
        var broken = Path.Combine(t.Root, "broken.htaccess");
        File.WriteAllText(broken, Deployed("apache/.htaccess").Replace("Header always set", "Header always sett"));
        apache.WriteConfig(t.Root, broken, inline: true);
        Assert.NotEqual(0, apache.CheckSyntax().ExitCode);
    }
}
