using DirectoryPortal.Pipeline;
using DirectoryPortal.Serve;
using DirectoryPortal.Tests.Browser.Support;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Browser;

/// `serve` in a real browser: an open page reloads by itself after a save, and shows errors from a bad save.
[Collection(BrowserCollection.Name)]
public class LiveReloadTests(BrowserSite site)
{
    [Fact]
    public async Task An_open_page_reloads_itself_after_an_edit_and_shows_errors_from_a_bad_one()
    {
        using var t = new TempContent();
        await using var server = new DevServer(new BuildOptions(t.Content, Repo.Theme, t.Output) { Today = Checking.Today }, 0, TextWriter.Null);
        await server.StartAsync();
        var context = await site.Browser.NewContextAsync();
        try
        {
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(server.Url + "services/test-helpline/index.html");
            Assert.Equal("Test Helpline", await tab.TextContentAsync("h1"));
            // Let the page's first status poll record the current version before the edit.
            await tab.WaitForTimeoutAsync(400);

            t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("name: Test Helpline", "name: Edited Helpline"));
            await tab.WaitForFunctionAsync("() => document.querySelector('h1').textContent === 'Edited Helpline'", null, new() { Timeout = 10000 });

            t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("name: Test Helpline", "name: Edited Helpline").Replace("\"0808 2000 247\"", "\"0808\""));
            await tab.WaitForSelectorAsync("#dp-build-errors", new() { Timeout = 10000 });
            Assert.Contains("phones[0].number", await tab.TextContentAsync("#dp-build-errors"));
            // The last good page is still what is shown.
            Assert.Equal("Edited Helpline", await tab.TextContentAsync("h1"));
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
