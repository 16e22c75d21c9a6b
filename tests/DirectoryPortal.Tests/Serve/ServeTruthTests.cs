using System.Diagnostics;
using System.Net;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Serve;
using DirectoryPortal.Tests.Support;
using DirectoryPortal.Write;

namespace DirectoryPortal.Tests.Serve;

/// `serve` shows what the files say now: after any series of adds, edits, deletes, breaks and fixes its
/// pages are byte for byte those of a fresh full build, an error stays on screen until its file is fixed,
/// and nothing another web site does can read the preview.
public class ServeTruthTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private static async Task<DevServer> Start(TempContent t)
    {
        var server = new DevServer(new BuildOptions(t.Content, Repo.Theme, t.Output) { Today = Checking.Today }, 0, TextWriter.Null);
        await server.StartAsync();
        return server;
    }

    // Everything a fresh full build of the folder makes, served identically, and nothing more.
    private static async Task<string?> Difference(DevServer server, TempContent t)
    {
        var (result, full) = await new SiteBuilder(new BuildOptions(t.Content, Repo.Theme, t.Output) { Today = Checking.Today }).BuildInMemoryAsync();
        if (full is null) return "the content does not build: " + string.Join("; ", result.Problems);
        var status = await Http.GetStringAsync(server.Url + "__directoryportal/status");
        if (!status.Contains("\"errors\":[]")) return "serve still shows errors: " + status;
        foreach (var (path, bytes) in full.Files)
        {
            var response = await Http.GetAsync(server.Url + path);
            var served = await response.Content.ReadAsByteArrayAsync();
            if (path.EndsWith(".html", StringComparison.Ordinal))
                served = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(served).Replace($"<script src=\"{LiveReloadScript.Path}\"></script>\n</body>", "</body>"));
            if (!served.AsSpan().SequenceEqual(bytes)) return $"{path} differs from a full build";
        }
        return null;
    }

    private static async Task Converges(DevServer server, TempContent t, string step)
    {
        var clock = Stopwatch.StartNew();
        string? last;
        do
        {
            last = await Difference(server, t);
            if (last is null) return;
            await Task.Delay(100);
        } while (clock.Elapsed < Patience);
        Assert.Fail($"After '{step}', serve never matched a full build: {last}");
    }

    private static async Task<string> StatusWhen(DevServer server, Func<string, bool> done, string step)
    {
        var clock = Stopwatch.StartNew();
        string status;
        do
        {
            status = await Http.GetStringAsync(server.Url + "__directoryportal/status");
            if (done(status)) return status;
            await Task.Delay(50);
        } while (clock.Elapsed < Patience);
        throw new Xunit.Sdk.XunitException($"After '{step}' the status never showed what was expected: {status}");
    }

    private static async Task NotFound(DevServer server, string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync(server.Url + path)).StatusCode);

    private static string Service(string name, string category = "domestic-abuse") =>
        TempContent.ServiceCopy(name).Replace("categories: [domestic-abuse]", $"categories: [{category}]");

    [Fact]
    public async Task After_every_step_of_a_scripted_edit_session_serve_matches_a_full_build()
    {
        using var t = new TempContent();
        t.Write("services/second-line.yml", Service("Second Line", "forced-marriage"));
        await using var server = await Start(t);
        await Converges(server, t, "start");

        t.Write("services/third-line.yml", Service("Third Line"));
        await Converges(server, t, "add a service");

        t.Write("services/second-line.yml", Service("Second Line Renamed", "domestic-abuse"));
        await Converges(server, t, "edit a service's name and category");

        t.Delete("services/third-line.yml");
        await Converges(server, t, "delete a service");
        await NotFound(server, "services/third-line/index.html");
        Assert.DoesNotContain("Third Line", await Http.GetStringAsync(server.Url + await IndexPathAsync(server)));

        // Break one service, then make a good edit to another: the error stays, and the broken service's
        // old text does not come back as if it were current.
        t.Write("services/second-line.yml", Service("Second Line Broken").Replace("\"0808 2000 247\"", "\"0808\""));
        await StatusWhen(server, s => s.Contains("second-line.yml"), "break a service");
        var version = server.Version;
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("A helpline used by the tests.", "Edited while another file is broken."));
        await StatusWhen(server, _ => server.Version > version, "edit another service while one is broken");
        await Task.Delay(500);
        var status = await Http.GetStringAsync(server.Url + "__directoryportal/status");
        Assert.Contains("second-line.yml", status);
        Assert.Contains("phones[0].number", status);

        t.Write("services/second-line.yml", Service("Second Line Fixed", "forced-marriage"));
        await Converges(server, t, "fix the broken service");
        Assert.Contains("Edited while another file is broken.", await Http.GetStringAsync(server.Url + "services/test-helpline/index.html"));

        // A file broken so that it cannot be read at all, then a good edit elsewhere, then the fix.
        t.Write("services/second-line.yml", "name: [unclosed");
        await StatusWhen(server, s => s.Contains("second-line.yml"), "make a service unreadable");
        version = server.Version;
        t.Write("services/test-helpline.yml", TempContent.ServiceYml);
        await StatusWhen(server, _ => server.Version > version, "edit another service");
        await Task.Delay(500);
        Assert.Contains("second-line.yml", await Http.GetStringAsync(server.Url + "__directoryportal/status"));
        t.Write("services/second-line.yml", Service("Second Line"));
        await Converges(server, t, "fix the unreadable service");

        t.Write("taxonomy.yml", TempContent.TaxonomyYml.Replace("  - slug: forced-marriage", "\t- slug: forced-marriage"));
        await StatusWhen(server, s => s.Contains("taxonomy.yml"), "break the taxonomy");
        t.Write("taxonomy.yml", TempContent.TaxonomyYml.Replace("name: Domestic abuse", "name: Abuse at home"));
        await Converges(server, t, "fix and change the taxonomy");

        t.Write("guidance/getting-help.md", TempContent.GuidanceMd.Replace("## Who to call", "## Who to ring"));
        await Converges(server, t, "edit a guidance page");

        File.Move(Path.Combine(t.Content, "services", "second-line.yml"), Path.Combine(t.Content, "services", "moved-line.yml"));
        await Converges(server, t, "rename a service file");
        await NotFound(server, "services/second-line/index.html");

        // Editors' leftovers appear and vanish without changing anything.
        File.WriteAllText(Path.Combine(t.Content, "services", ".moved-line.yml.swp"), "swap");
        File.WriteAllText(Path.Combine(t.Content, "services", "moved-line.yml~"), "backup");
        await Converges(server, t, "editor leftovers");
    }

    [Fact]
    public async Task Serve_recovers_when_the_content_folder_is_deleted_and_made_again()
    {
        using var t = new TempContent();
        await using var server = await Start(t);
        var copy = Path.Combine(t.Root, "copy");
        Directory.Move(t.Content, copy);
        Directory.CreateDirectory(t.Content);
        Directory.Delete(t.Content);
        await StatusWhen(server, s => s.Contains("does not exist"), "delete the content folder");

        Directory.Move(copy, t.Content);
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("name: Test Helpline", "name: Back Again"));
        await Converges(server, t, "make the content folder again");
        Assert.Contains("Back Again", await Http.GetStringAsync(server.Url + "services/test-helpline/index.html"));

        // And the folder made again is watched.
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("name: Test Helpline", "name: Watched Again"));
        await Converges(server, t, "edit in the new folder");
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://evil.example")]
    public async Task Requests_from_other_web_sites_are_refused(string header, string value)
    {
        using var t = new TempContent();
        await using var server = await Start(t);
        foreach (var path in new[] { await IndexPathAsync(server), "services/test-helpline/index.html", "__directoryportal/status" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, server.Url + path);
            request.Headers.TryAddWithoutValidation(header, value);
            var response = await Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("Test Helpline", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused()
    {
        using var t = new TempContent();
        await using var server = await Start(t);
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Url + await IndexPathAsync(server));
        request.Headers.Host = $"rebound.example:{server.Port}";
        var response = await Http.SendAsync(request);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Test Helpline", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_previews_own_pages_and_typed_addresses_are_answered()
    {
        using var t = new TempContent();
        await using var server = await Start(t);
        foreach (var site in new[] { null, "same-origin", "none" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, server.Url + await IndexPathAsync(server));
            if (site is not null) request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", site);
            var response = await Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
        }
    }

    // The search index is named by its content; the search page says what it is called now.
    private static async Task<string> IndexPathAsync(DevServer server)
    {
        var page = await Http.GetStringAsync(server.Url + "search.html");
        return System.Text.RegularExpressions.Regex.Match(page, "assets/search-index\\.[0-9a-f]+\\.js").Value is { Length: > 0 } path
            ? path : throw new InvalidOperationException("The search page names no search index.");
    }
}
