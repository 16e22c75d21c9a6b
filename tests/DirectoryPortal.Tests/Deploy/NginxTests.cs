using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using DirectoryPortal.Deploy;
using DirectoryPortal.Tests.Browser.Support;
using DirectoryPortal.Tests.Support;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Deploy;

/// The shipped nginx configuration over the built site, asked as a browser would: every header on every
/// kind of page and file, status codes, the not-found page, the feed, compressed copies, and framing.
[Collection(BrowserCollection.Name)]
public class NginxTests(BrowserSite site)
{
    private static readonly HttpClient Http = LocalServer.RawClient();

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding = null, Action<HttpRequestMessage>? extra = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, site.Server.BaseUrl + path.TrimStart('/'));
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        extra?.Invoke(request);
        return await Http.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) => LocalServer.Header(response, name);

    // Every security header, with exactly the value SecurityHeaders gives, and the cache rule for the path.
    private static void AssertHeaders(HttpResponseMessage response, string what, string cacheControl, bool feed = false)
    {
        foreach (var (name, value) in SecurityHeaders.All)
            Assert.True(Header(response, name) == value, $"{what}: {name} is '{Header(response, name)}', not '{value}'");
        Assert.True(Header(response, "Cache-Control") == cacheControl, $"{what}: Cache-Control is '{Header(response, "Cache-Control")}', not '{cacheControl}'");
        var cors = Header(response, FeedRoutes.Cors.Name);
        Assert.True(feed ? cors == FeedRoutes.Cors.Value : cors is null, $"{what}: {FeedRoutes.Cors.Name} is '{cors}'");
        Assert.Null(Header(response, "Server")?.Split('/').ElementAtOrDefault(1)); // no version number
    }

    private IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(site.Output, pattern, SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(site.Output, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [Fact]
    public async Task Every_page_has_every_header_is_html_and_is_checked_again_on_every_visit()
    {
        var paths = site.Pages.Where(p => p != "404.html").ToList();
        // Folder addresses too, as people type and share them.
        paths.AddRange(["", "categories/", "guidance/", site.Sample("service").Replace("index.html", "")]);
        foreach (var path in paths)
        {
            using var response = await GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/{path}: {response.StatusCode}");
            Assert.Equal("text/html; charset=utf-8", Header(response, "Content-Type"));
            AssertHeaders(response, "/" + path, CachePolicy.Revalidate);
        }
        Assert.True(paths.Count > 80, $"only {paths.Count} pages");
    }

    [Fact]
    public async Task Every_asset_is_named_by_its_content_has_every_header_and_is_kept_for_a_year()
    {
        var assets = Files("*").Where(p => p.StartsWith("assets/", StringComparison.Ordinal) && !p.EndsWith(".gz") && !p.EndsWith(".br")).ToList();
        Assert.Contains(assets, a => a.StartsWith("assets/search-index.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await GetAsync(asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {response.StatusCode}");
            AssertHeaders(response, asset, CachePolicy.Forever);
            var type = Header(response, "Content-Type");
            var expected = Path.GetExtension(asset) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "application/javascript; charset=utf-8",
                // lunr-languages' licence, served beside its scripts.
                ".txt" => "text/plain; charset=utf-8",
                var other => throw new Xunit.Sdk.XunitException($"{asset}: no expected type for {other}"),
            };
            Assert.True(type == expected, $"{asset}: Content-Type {type}");
            // The name is the content: the hash in it is the hash of the bytes served.
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var own = System.Text.RegularExpressions.Regex.Replace(asset, @"\.[0-9a-f]{10}(?=\.[^.]+$)", "");
            Assert.Equal(asset, DirectoryPortal.Write.AssetFingerprints.Name(own, bytes));
        }
    }

    [Fact]
    public async Task Favicon_sitemap_and_robots_have_every_header_and_are_checked_again()
    {
        foreach (var (path, type) in new[] { ("favicon.ico", "image/x-icon"), ("sitemap.xml", "text/xml; charset=utf-8"), ("robots.txt", "text/plain; charset=utf-8") })
        {
            using var response = await GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal(type, Header(response, "Content-Type"));
            AssertHeaders(response, path, CachePolicy.Revalidate);
        }
    }

    [Fact]
    public async Task A_page_is_revalidated_with_a_cheap_304_and_a_changed_page_is_sent_in_full()
    {
        using var first = await GetAsync("index.html");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        using var again = await GetAsync("index.html", extra: r => r.Headers.IfNoneMatch.Add(etag!));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        AssertHeaders(again, "304 for index.html", CachePolicy.Revalidate);
        using var stale = await GetAsync("index.html", extra: r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0-0\"")));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
    }

    public static TheoryData<string> MissingPaths => new(["nope", "services/no-such-service/", "services/no-such-service/index.html", "a/b/c/d/e", "assets/missing.0123456789.js", "openreferral/services/no-such-id", "favicon.png"]);

    [Theory]
    [MemberData(nameof(MissingPaths))]
    public async Task A_missing_path_gets_the_not_found_page_with_status_404_and_every_header(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", Header(response, "Content-Type"));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(site.Output, "404.html")), await response.Content.ReadAsStringAsync());
        AssertHeaders(response, "/" + path, CachePolicy.Revalidate);
    }

    [Fact]
    public async Task The_not_found_page_deep_in_the_site_loads_its_styles_and_scripts_and_has_working_links()
    {
        await using var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();
        var failed = new List<string>();
        tab.Response += (_, r) => { if (r.Status >= 400 && !r.Url.EndsWith("/a/b/c", StringComparison.Ordinal)) failed.Add($"{r.Status} {r.Url}"); };
        var response = await tab.GotoAsync(site.Server.BaseUrl + "a/b/c", new() { WaitUntil = WaitUntilState.Load });
        Assert.Equal(404, response!.Status);
        Assert.Empty(failed);
        // Styled (the header is dark) and scripted (the quick-exit hint is shown by its script).
        Assert.Equal("rgb(11, 12, 12)", await tab.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).backgroundColor"));
        Assert.True(await tab.EvalOnSelectorAsync<bool>(".quick-exit__hint", "e => !e.hidden"));
        await tab.ClickAsync("main a >> nth=0");
        await Arrival.WaitAsync(tab, u => u == site.Server.BaseUrl || u.EndsWith("/index.html", StringComparison.Ordinal));
        Assert.Equal(200, (await tab.ReloadAsync())!.Status);
        Assert.Empty(context.Offsite);
        // The one error is Chromium's note of the page's own 404.
        Assert.Equal([$"{site.Server.BaseUrl}a/b/c: Failed to load resource: the server responded with a status of 404 (Not Found)"], context.Errors.ToArray());
    }

    [Fact]
    public async Task The_feed_is_json_that_any_site_may_read_at_its_documented_paths()
    {
        var routes = FeedFixture.Routes(site.Output);
        Assert.True(routes.Count >= 17);
        foreach (var (url, file) in routes)
        {
            using var response = await GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            Assert.StartsWith(FeedRoutes.ContentType, Header(response, "Content-Type"));
            AssertHeaders(response, url, CachePolicy.Revalidate, feed: true);
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(site.Output, file)), await response.Content.ReadAsStringAsync());
            Assert.Equal(file, FeedRoutes.FileFor(url));
        }
        // A page is not open to other sites' scripts.
        using var page = await GetAsync("index.html");
        Assert.Null(Header(page, FeedRoutes.Cors.Name));
    }

    [Theory]
    [InlineData("gzip", "gzip")]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData(null, null)]
    public async Task The_compressed_copies_the_build_wrote_are_sent_to_browsers_that_accept_them(string? accept, string? expected)
    {
        var index = Builds.Published(Files("*"), "assets/search-index.js");
        foreach (var path in new[] { index, "index.html", site.Sample("service") })
        {
            using var response = await GetAsync(path, accept);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected, Header(response, "Content-Encoding"));
            if (expected is not null) Assert.Contains("Accept-Encoding", Header(response, "Vary"));
            var body = await response.Content.ReadAsByteArrayAsync();
            var plain = expected switch
            {
                "gzip" => Unpack(new GZipStream(new MemoryStream(body), CompressionMode.Decompress)),
                "br" => Unpack(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress)),
                _ => body,
            };
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(site.Output, path)), plain);
            AssertHeaders(response, path + " " + expected, path.StartsWith("assets/", StringComparison.Ordinal) ? CachePolicy.Forever : CachePolicy.Revalidate);
        }
    }

    private static byte[] Unpack(Stream stream)
    {
        using var result = new MemoryStream();
        stream.CopyTo(result);
        return result.ToArray();
    }

    [Fact]
    public async Task Another_site_cannot_show_a_page_of_the_directory_in_a_frame()
    {
        // The other site is another origin (another port); it has no policy of its own, so it can frame
        // its own plain page: only the directory's header stops the directory being framed.
        var other = await site.Browser.NewContextAsync();
        try
        {
            var control = await other.NewPageAsync();
            await control.GotoAsync(site.Server.OtherBaseUrl + "frame.html#" + Uri.EscapeDataString(site.Server.OtherBaseUrl + "plain.html"));
            var plain = await WaitForChildAsync(control);
            Assert.Equal("A page that may be framed", await plain.InnerTextAsync("h1"));

            foreach (var page in new[] { "index.html", site.Sample("service"), "search.html", "404.html" })
            {
                var framer = await other.NewPageAsync();
                var refusals = new List<string>();
                framer.Console += (_, m) => { if (m.Text.Contains("frame-ancestors", StringComparison.Ordinal)) refusals.Add(m.Text); };
                await framer.GotoAsync(site.FramingPageUrl(page));
                var child = await WaitForChildAsync(framer);
                // Chromium shows its own error page in place of a refused frame.
                Assert.True(child.Url.StartsWith("chrome-error:", StringComparison.Ordinal) || child.Url == "about:blank", $"{page} loaded in a frame: {child.Url}");
                Assert.Equal(0, await child.EvaluateAsync<int>("document.querySelectorAll('[data-quick-exit], main').length"));
                await framer.WaitForTimeoutAsync(100);
                Assert.True(refusals.Count > 0, $"{page}: no frame-ancestors refusal in the console");
                await framer.CloseAsync();
            }
        }
        finally
        {
            await other.CloseAsync();
        }
    }

    // The iframe's frame once it has navigated away from its first about:blank (or was refused).
    private static async Task<IFrame> WaitForChildAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            var child = page.Frames.FirstOrDefault(f => f != page.MainFrame);
            if (child is not null && child.Url != "about:blank" && child.Url.Length > 0) return child;
            await page.WaitForTimeoutAsync(50);
        }
        return page.Frames.First(f => f != page.MainFrame);
    }

    [Fact]
    public void Every_page_holds_the_one_policy_in_its_meta_tag_and_the_header_adds_what_only_a_header_can()
    {
        var parser = new HtmlParser();
        foreach (var page in site.Pages)
        {
            var meta = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, page))).Head!.FirstElementChild!;
            Assert.Equal("Content-Security-Policy", meta.GetAttribute("http-equiv"));
            Assert.True(meta.GetAttribute("content") == SecurityHeaders.MetaPolicy, $"{page}: {meta.GetAttribute("content")}");
        }
        Assert.Equal(SecurityHeaders.MetaPolicy + "; frame-ancestors 'none'", SecurityHeaders.HeaderPolicy);
        foreach (var need in new[] { "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'", "default-src 'self'" })
            Assert.Contains(need, SecurityHeaders.HeaderPolicy.Split("; "));
        foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()" })
            Assert.Contains(feature, SecurityHeaders.All.Single(h => h.Name == "Permissions-Policy").Value.Split(", "));
    }

    [Fact]
    public async Task Pages_name_the_sites_own_icon_so_no_browser_asks_for_a_missing_one()
    {
        var parser = new HtmlParser();
        foreach (var page in site.Pages)
        {
            var icon = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, page))).QuerySelector("link[rel=icon]");
            Assert.True(icon is not null, $"{page} names no icon");
            var url = new Uri(new Uri(site.Server.BaseUrl + page), icon!.GetAttribute("href")!);
            Assert.Equal(site.Server.BaseUrl + "favicon.ico", url.ToString());
        }
        var ico = await File.ReadAllBytesAsync(Path.Combine(site.Output, "favicon.ico"));
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, ico[..4]); // an icon file, of its own, small
        Assert.True(ico.Length < 2048, $"favicon.ico is {ico.Length} bytes");
    }
}
