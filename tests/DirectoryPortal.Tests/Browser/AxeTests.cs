using System.Collections.Concurrent;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using DirectoryPortal.Tests.Browser.Support;

namespace DirectoryPortal.Tests.Browser;

/// axe-core's WCAG 2.2 AA rules on every generated page, in Chromium.
[Collection(BrowserCollection.Name)]
public class AxeTests(BrowserSite site)
{
    /// The WCAG levels the issue asks for, up to and including 2.2 AA.
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [Fact]
    public async Task Every_page_has_no_axe_violations()
    {
        await using var context = await site.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        await AxeRunner.InstallAsync(context.Context);
        var violations = new ConcurrentQueue<string>();
        var scanned = 0;
        await site.ForEachPageAsync(context, site.Pages, async (tab, path) =>
        {
            foreach (var v in await AxeRunner.ViolationsAsync(tab, Tags)) violations.Enqueue($"{path}: {v}");
            Interlocked.Increment(ref scanned);
        });
        Assert.Equal(site.Pages.Count, scanned);
        Assert.True(violations.IsEmpty, $"{violations.Count} violation(s):\n" + string.Join("\n", violations.Order()));
        context.AssertStayedOnSite();
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("service")]
    public async Task Deques_RunAxe_agrees_and_both_find_planted_violations(string page)
    {
        // Guards the fast runner above: on a page with known faults it must report what RunAxe reports.
        await using var context = await site.NewContextAsync(new() { BypassCSP = true });
        await AxeRunner.InstallAsync(context.Context);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url(page));
        Assert.Empty(await AxeRunner.ViolationsAsync(tab, Tags));
        Assert.Empty((await tab.RunAxe(Options)).Violations);

        await tab.EvaluateAsync("() => { const i = document.createElement('input'); i.type = 'text'; document.querySelector('main').append(i); document.documentElement.removeAttribute('lang'); }");
        var ours = (await AxeRunner.ViolationsAsync(tab, Tags)).Select(v => v.Split(' ')[0]).Distinct().Order().ToList();
        var deques = (await tab.RunAxe(Options)).Violations.Select(v => v.Id).Distinct().Order().ToList();
        Assert.Contains("label", ours);
        Assert.Contains("html-has-lang", ours);
        Assert.Equal(deques, ours);
    }

    private static AxeRunOptions Options => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags.ToList() },
        ResultTypes = [ResultType.Violations],
    };
}
