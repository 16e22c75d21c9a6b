using DirectoryPortal.Tests.Browser.Support;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Browser;

/// In Chromium, an old address leads to the page's new one with JavaScript off, and breaks no rule of the CSP.
[Collection(BrowserCollection.Name)]
public class AliasBrowserTests(BrowserSite site)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_old_address_arrives_at_the_new_page(bool javaScript)
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("name: Test Helpline", "aliases: [old-helpline]\nname: Test Helpline"));
        var built = Builds.Run(t.Content, t.Output);
        Assert.True(built.Succeeded, string.Join("\n", built.Problems));
        using var server = new NginxServer(t.Output);
        await using var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        await context.AddInitScriptAsync("window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));");
        var tab = await context.NewPageAsync();
        var violations = new List<string>();
        tab.Console += (_, m) => { if (m.Text.Contains("Content Security Policy")) violations.Add(m.Text); };
        await tab.GotoAsync(server.BaseUrl + "services/old-helpline/index.html");
        await Arrival.WaitAsync(tab, u => u.EndsWith("/services/test-helpline/index.html", StringComparison.Ordinal));
        Assert.Equal("Test Helpline", await tab.InnerTextAsync("h1"));
        Assert.Empty(violations);
        if (javaScript) Assert.Empty(await tab.EvaluateAsync<string[]>("window.__violations"));
    }
}
