using System.Diagnostics;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Serve;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Serve;

/// `serve` rebuilds on save, serves the new page, and keeps the last good site when an edit is broken.
public class DevServerTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private static async Task<DevServer> Start(TempContent t)
    {
        var server = new DevServer(new BuildOptions(t.Content, Repo.Theme, t.Output) { Today = Checking.Today }, 0, TextWriter.Null);
        await server.StartAsync();
        return server;
    }

    private static async Task<string> WaitFor(Func<Task<string>> fetch, Func<string, bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        string last;
        do
        {
            last = await fetch();
            if (done(last)) return last;
            await Task.Delay(25);
        } while (clock.Elapsed < limit);
        throw new TimeoutException($"Condition not met within {limit}; last response:\n{last}");
    }

    [Fact]
    public async Task Serves_only_on_loopback_and_injects_live_reload()
    {
        using var t = new TempContent();
        await using var server = await Start(t);
        Assert.StartsWith("http://127.0.0.1:", server.Url);
        var html = await Http.GetStringAsync(server.Url + "services/test-helpline/index.html");
        Assert.Contains("<h1>Test Helpline</h1>", html);
        Assert.Contains(LiveReloadScript.Path, html);
        var missing = await Http.GetAsync(server.Url + "no/such/page.html");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Sends_the_published_sites_headers_so_a_policy_problem_shows_while_editing()
    {
        using var t = new TempContent();
        await using var server = await Start(t);
        foreach (var path in new[] { "index.html", "services/test-helpline/index.html", "no/such/page", "openreferral/services?page=1" })
        {
            using var response = await Http.GetAsync(server.Url + path);
            foreach (var (name, value) in DirectoryPortal.Deploy.SecurityHeaders.All)
                Assert.Equal(value, string.Join(", ", response.Headers.GetValues(name)));
            var feed = path.StartsWith("openreferral/", StringComparison.Ordinal);
            Assert.Equal(feed, response.Headers.Contains(DirectoryPortal.Deploy.FeedRoutes.Cors.Name));
            // Never cached, so the preview always shows the last save.
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        }
    }

    [Fact]
    public async Task An_edit_to_a_service_is_served_after_the_watcher_rebuilds()
    {
        using var t = new TempContent();
        await using var server = await Start(t);
        var url = server.Url + "services/test-helpline/index.html";
        var clock = Stopwatch.StartNew();
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("name: Test Helpline", "name: Renamed Helpline"));
        var html = await WaitFor(() => Http.GetStringAsync(url), h => h.Contains("<h1>Renamed Helpline</h1>"), TimeSpan.FromSeconds(10));
        Assert.Contains("Renamed Helpline", html);
        // The service's own page comes first; the A to Z follows once the lists are re-rendered.
        await WaitFor(() => Http.GetStringAsync(server.Url + "a-z.html"), h => h.Contains("Renamed Helpline"), TimeSpan.FromSeconds(10));
        // The index is named by its content, so the search page names the new one.
        async Task<string> Index()
        {
            var page = await Http.GetStringAsync(server.Url + "search.html");
            var name = System.Text.RegularExpressions.Regex.Match(page, @"assets/search-index\.[0-9a-f]{10}\.js").Value;
            return await Http.GetStringAsync(server.Url + name);
        }
        var index = await WaitFor(Index, h => h.Contains("Renamed Helpline"), TimeSpan.FromSeconds(10));
        Assert.DoesNotContain("\u0022Test Helpline", index);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_site_and_reports_the_error()
    {
        using var t = new TempContent();
        await using var server = await Start(t);
        var before = server.Version;
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("\"0808 2000 247\"", "\"0808\""));
        var status = await WaitFor(() => Http.GetStringAsync(server.Url + "__directoryportal/status"), s => s.Contains("phones[0].number"), TimeSpan.FromSeconds(10));
        Assert.Contains("test-helpline.yml", status);
        Assert.True(server.Version > before);
        var html = await Http.GetStringAsync(server.Url + "services/test-helpline/index.html");
        Assert.Contains("0808 200 0247", html);

        t.Write("services/test-helpline.yml", TempContent.ServiceYml);
        await WaitFor(() => Http.GetStringAsync(server.Url + "__directoryportal/status"), s => s.Contains("\"errors\":[]"), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Adding_and_deleting_a_service_updates_its_page_and_the_lists()
    {
        using var t = new TempContent();
        await using var server = await Start(t);
        t.Write("services/added-line.yml", TempContent.ServiceCopy("Added Line"));
        await WaitFor(() => Http.GetStringAsync(server.Url + "a-z.html"), h => h.Contains("Added Line"), TimeSpan.FromSeconds(10));
        Assert.Contains("<h1>Added Line</h1>", await Http.GetStringAsync(server.Url + "services/added-line/index.html"));

        t.Delete("services/added-line.yml");
        await WaitFor(() => Http.GetStringAsync(server.Url + "a-z.html"), h => !h.Contains("Added Line"), TimeSpan.FromSeconds(10));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await Http.GetAsync(server.Url + "services/added-line/index.html")).StatusCode);

        // Deleting a service a guidance page relies on is an error, and the last good site stays.
        t.Delete("services/test-helpline.yml");
        var status = await WaitFor(() => Http.GetStringAsync(server.Url + "__directoryportal/status"), s => s.Contains("related_services"), TimeSpan.FromSeconds(10));
        Assert.Contains("getting-help.md", status);
        Assert.Contains("<h1>Test Helpline</h1>", await Http.GetStringAsync(server.Url + "services/test-helpline/index.html"));
    }

    [Fact]
    public async Task A_new_guidance_page_appears_without_restarting()
    {
        using var t = new TempContent();
        await using var server = await Start(t);
        t.Write("guidance/new-page.md", TempContent.GuidanceMd.Replace("title: Getting help", "title: Brand new page"));
        await WaitFor(async () =>
        {
            var r = await Http.GetAsync(server.Url + "guidance/new-page.html");
            return r.IsSuccessStatusCode ? await r.Content.ReadAsStringAsync() : "";
        }, h => h.Contains("Brand new page"), TimeSpan.FromSeconds(10));
    }
}
