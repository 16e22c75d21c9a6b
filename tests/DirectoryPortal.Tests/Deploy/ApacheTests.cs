using System.Net;
using DirectoryPortal.Deploy;
using DirectoryPortal.Tests.Browser.Support;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Deploy;

/// The shipped .htaccess in the built site's folder, read by a running Apache as on a real server.
[Collection(BrowserCollection.Name)]
public class ApacheTests(BrowserSite site)
{
    private static readonly HttpClient Http = LocalServer.RawClient();

    private static string? Header(HttpResponseMessage response, string name) => LocalServer.Header(response, name);

    [Fact]
    public async Task Apache_with_the_htaccess_sends_every_header_the_cache_rules_the_feed_and_the_not_found_page()
    {
        var htaccess = Path.Combine(site.Output, ".htaccess");
        File.Copy(Path.Combine(Repo.Root, "deploy", "apache", ".htaccess"), htaccess, overwrite: true);
        using var apache = new ApacheServer();
        try
        {
            apache.WriteConfig(site.Output, htaccess, inline: false);
            apache.Start();
            var asset = Builds.Published(Directory.EnumerateFiles(Path.Combine(site.Output, "assets")).Select(f => "assets/" + Path.GetFileName(f)), "assets/search-index.js");
            var cases = new List<(string Url, HttpStatusCode Status, string Type, string Cache, string? Cors, string? File)>
            {
                ("", HttpStatusCode.OK, "text/html; charset=utf-8", CachePolicy.Revalidate, null, "index.html"),
                (site.Sample("service"), HttpStatusCode.OK, "text/html; charset=utf-8", CachePolicy.Revalidate, null, site.Sample("service")),
                ("assets/" + Path.GetFileName(asset), HttpStatusCode.OK, "text/javascript; charset=utf-8", CachePolicy.Forever, null, "assets/" + Path.GetFileName(asset)),
                ("favicon.ico", HttpStatusCode.OK, "image/vnd.microsoft.icon", CachePolicy.Revalidate, null, "favicon.ico"),
                ("no/such/page", HttpStatusCode.NotFound, "text/html; charset=utf-8", CachePolicy.Revalidate, null, "404.html"),
                ("assets/missing.0123456789.js", HttpStatusCode.NotFound, "text/html; charset=utf-8", CachePolicy.Revalidate, null, "404.html"),
            };
            foreach (var (url, file) in FeedFixture.Routes(site.Output))
                cases.Add((url.TrimStart('/'), HttpStatusCode.OK, FeedRoutes.ContentType, CachePolicy.Revalidate, FeedRoutes.Cors.Value, file));

            foreach (var c in cases)
            {
                using var response = await Http.GetAsync(apache.BaseUrl + c.Url);
                var what = $"/{c.Url}";
                Assert.True(c.Status == response.StatusCode, $"{what}: {response.StatusCode}\n{apache.ErrorLog}");
                Assert.True(Header(response, "Content-Type")?.StartsWith(c.Type, StringComparison.Ordinal) == true, $"{what}: Content-Type {Header(response, "Content-Type")}");
                foreach (var (name, value) in SecurityHeaders.All)
                    Assert.True(Header(response, name) == value, $"{what}: {name} is '{Header(response, name)}'");
                Assert.True(Header(response, "Cache-Control") == c.Cache, $"{what}: Cache-Control is '{Header(response, "Cache-Control")}'");
                Assert.True(Header(response, FeedRoutes.Cors.Name) == c.Cors, $"{what}: CORS is '{Header(response, FeedRoutes.Cors.Name)}'");
                Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(site.Output, c.File!)), await response.Content.ReadAsByteArrayAsync());
            }
        }
        finally
        {
            File.Delete(htaccess);
        }
    }
}
