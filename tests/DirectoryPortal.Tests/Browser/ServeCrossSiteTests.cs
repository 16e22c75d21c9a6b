using System.Net;
using System.Net.Sockets;
using System.Text;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Serve;
using DirectoryPortal.Tests.Browser.Support;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Browser;

/// A page of another web site, open in the same browser as `serve`, cannot read the preview's unpublished
/// content by loading its search index as a script.
[Collection(BrowserCollection.Name)]
public class ServeCrossSiteTests(BrowserSite site)
{
    [Fact]
    public async Task Another_site_cannot_load_the_previews_search_index()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("name: Test Helpline", "name: Unpublished Refuge"));
        await using var server = new DevServer(new BuildOptions(t.Content, Repo.Theme, t.Output) { Today = Checking.Today }, 0, TextWriter.Null);
        await server.StartAsync();
        // "localhost" is another site than "127.0.0.1" to the browser, and both are this computer.
        using var attacker = new OnePageServer($"""
            <!DOCTYPE html><title>elsewhere</title>
            <script src="{server.Url}assets/search-index.js" onload="document.title='loaded'" onerror="document.title='refused'"></script>
            """);
        var context = await site.Browser.NewContextAsync();
        try
        {
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(attacker.Url);
            await tab.WaitForFunctionAsync("() => document.title !== 'elsewhere'", null, new() { Timeout = 30000 });
            Assert.Equal("refused", await tab.TitleAsync());
            Assert.Equal("undefined", await tab.EvaluateAsync<string>("() => typeof window.DirectoryPortalIndexes"));

            // The preview itself still works in the same browser.
            var own = await context.NewPageAsync();
            await own.GotoAsync(server.Url + "search.html");
            Assert.Equal("object", await own.EvaluateAsync<string>("() => typeof window.DirectoryPortalIndexes"));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// Serves one page at http://localhost:PORT/, a different site from the preview's 127.0.0.1.
    private sealed class OnePageServer : IDisposable
    {
        private readonly HttpListener _listener = new();

        public OnePageServer(string html)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://localhost:{port}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            var body = Encoding.UTF8.GetBytes(html);
            _ = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try { context = await _listener.GetContextAsync(); }
                    catch (Exception) { return; }
                    context.Response.ContentType = "text/html; charset=utf-8";
                    context.Response.ContentLength64 = body.Length;
                    context.Response.OutputStream.Write(body);
                    context.Response.Close();
                }
            });
        }

        public string Url { get; }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
        }
    }
}
