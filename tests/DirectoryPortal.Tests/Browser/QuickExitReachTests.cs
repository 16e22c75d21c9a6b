using DirectoryPortal.Tests.Browser.Support;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser;

/// On a small screen the exit control stays in reach, and it never covers what has focus (WCAG 2.4.11).
[Collection(BrowserCollection.Name)]
public class QuickExitReachTests(BrowserSite site)
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 320, Height = 568 } };

    // How much of the focused element the sticky exit bar covers, in square CSS pixels (0 = none).
    private const string CoveredByBar = """
        () => {
          const el = document.activeElement, bar = document.querySelector('.quick-exit');
          if (!el || el === document.body || bar.contains(el)) return null;
          const r = el.getBoundingClientRect(), b = bar.getBoundingClientRect();
          const w = Math.min(r.right, b.right) - Math.max(r.left, b.left), h = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
          const label = el.tagName.toLowerCase() + ' "' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"';
          return { label, covered: w > 0 && h > 0 ? Math.round(w * h) : 0, top: Math.round(r.top), barBottom: Math.round(b.bottom) };
        }
        """;

    private sealed class Focus
    {
        public string Label { get; set; } = "";
        public int Covered { get; set; }
        public int Top { get; set; }
        public int BarBottom { get; set; }
    }

    [Fact]
    public async Task On_a_320px_screen_the_exit_control_is_on_screen_and_on_top_at_the_end_of_every_page()
    {
        var survey = await site.SurveyAsync(Surveys.Adapt);
        var failures = survey.Findings((_, p) => new[] { p.GetProperty("phone").GetProperty("exit").GetString()! }.Where(s => s != "ok"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("service")]
    [InlineData("a-z.html")]
    [InlineData("guidance/index.html")]
    public async Task Tabbing_forwards_and_backwards_on_a_320px_screen_never_puts_focus_under_the_exit_bar(string page)
    {
        await using var context = await site.NewContextAsync(Phone);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url(page));
        var count = await tab.EvaluateAsync<int>("document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])').length");
        var covered = new List<string>();
        var seen = 0;
        foreach (var key in new[] { "Tab", "Shift+Tab" })
        {
            for (var i = 0; i < count; i++)
            {
                await tab.Keyboard.PressAsync(key);
                var focus = await tab.EvaluateAsync<Focus?>(CoveredByBar);
                if (focus is null) continue;
                seen++;
                if (focus.Covered > 0) covered.Add($"{key}: {focus.Label} top {focus.Top}px, bar ends at {focus.BarBottom}px ({focus.Covered} px² covered)");
            }
        }
        Assert.True(seen >= count, $"only {seen} focus stops for {count} focusable elements");
        Assert.True(covered.Count == 0, string.Join("\n", covered.Distinct()));
        context.AssertStayedOnSite();
    }

    [Theory]
    [InlineData("a-z.html", "nav[aria-label] a[href^='#']")]
    [InlineData("index.html", ".skip-link")]
    public async Task In_page_links_scroll_their_target_clear_of_the_exit_bar(string page, string links)
    {
        await using var context = await site.NewContextAsync(Phone);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url(page));
        var hrefs = await tab.EvalOnSelectorAllAsync<string[]>(links, "as => as.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(hrefs);
        var hidden = new List<string>();
        foreach (var href in hrefs)
        {
            await tab.EvaluateAsync("window.scrollTo(0, 0)");
            await tab.EvaluateAsync("h => { const a = [...document.querySelectorAll('a')].find(a => a.getAttribute('href') === h); a.focus(); a.click(); }", href);
            var top = await tab.EvaluateAsync<double>("h => document.getElementById(h.slice(1)).getBoundingClientRect().top", href);
            var bar = await tab.EvaluateAsync<double>("document.querySelector('.quick-exit').getBoundingClientRect().bottom");
            var atEnd = await tab.EvaluateAsync<bool>("Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight");
            // A target near the end of the page cannot scroll to the top; it is then lower down, still clear.
            if (top < bar && !atEnd) hidden.Add($"{href}: top {top:0}px, under the bar that ends at {bar:0}px");
        }
        Assert.True(hidden.Count == 0, string.Join("\n", hidden));
    }
}
