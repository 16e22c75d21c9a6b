using DirectoryPortal.Tests.Support;
using DirectoryPortal.Tests.Browser.Support;

namespace DirectoryPortal.Tests.Browser;

/// The browser survey allows exactly one kind of script without src, a JSON-LD data block, and still
/// reports every other one.
[Collection(BrowserCollection.Name)]
public class JsonLdSurveyTests(BrowserSite site)
{
    [Fact]
    public async Task The_survey_allows_only_application_ld_json_data_blocks()
    {
        var root = Path.Combine(Path.GetTempPath(), "dp-ldjson-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            File.WriteAllText(Path.Combine(root, "index.html"), """
                <!DOCTYPE html><html lang="en"><head>
                <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'">
                <meta name="referrer" content="no-referrer"><title>t</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"Service","name":"Allowed"}</script>
                <script type="application/ld+json">{not json</script>
                <script type="application/json">{"a":1}</script>
                <script type="Application/LD+JSON">{"b":2}</script>
                <script type="module">window.x = 1;</script>
                <script>window.y = 2;</script>
                </head><body><main><p>Text</p></main></body></html>
                """);
            using var server = new NginxServer(root);
            await using var context = await site.Browser.NewContextAsync();
            await context.AddInitScriptAsync(Surveys.Desktop.InitScript!);
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(server.BaseUrl + "index.html");
            var found = await Surveys.Desktop.Measure(tab);
            var csp = found.GetProperty("csp").EnumerateArray().Select(e => e.GetString()!).Where(f => !f.StartsWith("violation", StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(csp, f => f.Contains("Allowed"));
            Assert.Contains(csp, f => f.StartsWith("JSON-LD that is not JSON", StringComparison.Ordinal));
            Assert.Contains(csp, f => f.Contains("of type application/json"));
            Assert.Contains(csp, f => f.Contains("of type Application/LD+JSON"));
            Assert.Contains(csp, f => f.Contains("of type module"));
            Assert.Contains(csp, f => f.StartsWith("inline script window.y", StringComparison.Ordinal));
        }
        finally
        {
            try { Directory.Delete(root, true); } catch (IOException) { }
        }
    }
}
