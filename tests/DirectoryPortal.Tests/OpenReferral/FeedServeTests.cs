using System.Net;
using System.Text.Json;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Serve;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.OpenReferral;

/// `serve` answers the feed as ORUK's validator asks for it: it reads "/", requests each list with
/// ?page=1, then fetches up to ten items taken from the first page, validating every answer.
public class FeedServeTests(FeedSites sites) : IClassFixture<FeedSites>
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private static readonly (string List, string Item)[] Lists =
        [("/services", "/services/{id}"), ("/taxonomies", "/taxonomies/{id}"), ("/taxonomy_terms", "/taxonomy_terms/{id}"), ("/service_at_locations", "/service_at_locations/{id}")];

    private static async Task<(HttpResponseMessage Response, string Body)> Get(string url)
    {
        var response = await Http.GetAsync(url);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static void AssertFeedHeaders(HttpResponseMessage response, string url)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task The_validators_sequence_of_requests_is_answered_and_every_answer_validates()
    {
        await using var server = new DevServer(new BuildOptions(sites.Rich.Content, Repo.Theme, sites.Rich.Output) { Today = Checking.Today }, 0, TextWriter.Null);
        await server.StartAsync();
        var feed = server.Url + "openreferral";
        var problems = new List<string>();
        var requests = 0;

        var (baseResponse, baseBody) = await Get(feed);
        requests++;
        AssertFeedHeaders(baseResponse, feed);
        Assert.Equal("HSDS-UK-3.0", JsonDocument.Parse(baseBody).RootElement.GetProperty("version").GetString());
        problems.AddRange(sites.Schemas.Problems("/", baseBody).Select(p => "/: " + p));
        // The same base with a trailing slash, as a partner may write it.
        Assert.Equal(baseBody, await Http.GetStringAsync(feed + "/"));

        foreach (var (list, item) in Lists)
        {
            var url = feed + list + "?page=1";
            var (response, body) = await Get(url);
            requests++;
            AssertFeedHeaders(response, url);
            problems.AddRange(sites.Schemas.Problems(list, body).Select(p => $"{list}: {p}"));
            var page = JsonDocument.Parse(body).RootElement;
            Assert.Equal(1, page.GetProperty("total_pages").GetInt32());
            var ids = page.GetProperty("contents").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).Take(10).ToList();
            Assert.NotEmpty(ids);
            foreach (var id in ids)
            {
                var itemUrl = $"{feed}{list}/{id}";
                var (itemResponse, itemBody) = await Get(itemUrl);
                requests++;
                AssertFeedHeaders(itemResponse, itemUrl);
                problems.AddRange(sites.Schemas.Problems(item, itemBody).Select(p => $"{list}/{id}: {p}"));
                Assert.Equal(id, JsonDocument.Parse(itemBody).RootElement.GetProperty("id").GetString());
                // Served byte for byte as built.
                Assert.Equal(File.ReadAllText(Path.Combine(sites.Rich.Output, "openreferral", list.TrimStart('/'), id + ".json")), itemBody);
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(requests >= 1 + 4 + 10, $"{requests} requests");

        // Any page number or size gets the one page, which holds everything.
        Assert.Equal(await Http.GetStringAsync(feed + "/services?page=1"), await Http.GetStringAsync(feed + "/services?page=3&per_page=5"));
        // An unknown id is a JSON 404 that any site may read; the rest of the site keeps its own headers.
        var missing = await Http.GetAsync(feed + "/services/00000000-0000-0000-0000-000000000000");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/json", missing.Content.Headers.ContentType?.MediaType);
        Assert.True(missing.Headers.Contains("Access-Control-Allow-Origin"));
        var page404 = await Http.GetAsync(feed + "/services/../../index.html");
        Assert.NotEqual("application/json", page404.Content.Headers.ContentType?.MediaType);
        var html = await Http.GetAsync(server.Url + "index.html");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.False(html.Headers.Contains("Access-Control-Allow-Origin"), "the CORS header is for the feed only");
        var index = await Http.GetAsync(server.Url + "assets/search-index.js");
        Assert.False(index.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/openreferral", "openreferral/index.json")]
    [InlineData("/openreferral/", "openreferral/index.json")]
    [InlineData("/openreferral/services", "openreferral/services.json")]
    [InlineData("/openreferral/services/", "openreferral/services.json")]
    [InlineData("/openreferral/taxonomy_terms/0a18f91a-aa40-5a28-8ffb-d12c2ef0af1c", "openreferral/taxonomy_terms/0a18f91a-aa40-5a28-8ffb-d12c2ef0af1c.json")]
    [InlineData("/openreferral/services/../../site", null)]
    [InlineData("/openreferral/a/b/c", null)]
    [InlineData("/openreferralx", null)]
    [InlineData("/index.html", null)]
    public void Requests_map_onto_the_documented_file_layout(string request, string? file) =>
        Assert.Equal(file, DirectoryPortal.Write.OpenReferral.FeedPaths.FileFor(request));
}
