using DirectoryPortal.Tests.Browser.Support;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser;

/// Nothing leaves the site and nothing is left behind: no outside requests, cookies or storage;
/// a Content-Security-Policy that allows only the site itself; no referrer sent anywhere.
[Collection(BrowserCollection.Name)]
public class NoTracesTests(BrowserSite site)
{
    [Fact]
    public async Task Browsing_every_page_requests_nothing_from_another_host_and_stores_nothing()
    {
        // The adapt survey loads every page with the CSP bypassed, so that a reference to an outside font,
        // script, image or tracker would really be requested (and caught by the guard) instead of being
        // quietly refused by the policy. Before changing the layout, it lists each page's requests to
        // other origins, elements that would make one, and whatever the page stored.
        var survey = await site.SurveyAsync(Surveys.Adapt);
        Assert.True(survey.Requests >= site.Pages.Count, $"only {survey.Requests} requests seen");
        var problems = survey.Findings((_, p) => SurveyResult.Strings(p, "traces"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(survey.Offsite.Count == 0, "Requests left the site:\n" + string.Join("\n", survey.Offsite));
        Assert.True(survey.Errors.Count == 0, "Console errors:\n" + string.Join("\n", survey.Errors));

        // Then use the site as someone would, search included, and look for anything left behind.
        await using var context = await site.NewContextAsync(new() { BypassCSP = true });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url("index.html"));
        await tab.FillAsync("input[name=q]", "refuge");
        await tab.PressAsync("input[name=q]", "Enter");
        await Arrival.WaitAsync(tab, u => u.Contains("search.html"));
        // Time for anything the page might still write after loading (it should write nothing).
        await tab.WaitForTimeoutAsync(500);
        var stored = await tab.EvaluateAsync<string[]>(Surveys.TracesScript);
        Assert.Empty(stored);
        Assert.Empty(await context.Context.CookiesAsync());
        Assert.DoesNotContain("\"name\"", await context.Context.StorageStateAsync());
        context.AssertStayedOnSite();
    }

    [Fact]
    public async Task Every_page_has_its_CSP_first_in_head_and_runs_under_it_without_a_violation_or_error()
    {
        var survey = await site.SurveyAsync(Surveys.Desktop);
        var problems = survey.Findings((_, p) => SurveyResult.Strings(p, "csp"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(survey.Errors.Count == 0, "Console errors:\n" + string.Join("\n", survey.Errors));
        Assert.True(survey.Offsite.Count == 0, "Requests left the site:\n" + string.Join("\n", survey.Offsite));
    }

    [Fact]
    public async Task The_CSP_really_refuses_inline_script_and_outside_requests()
    {
        await using var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url("service"));
        await tab.EvaluateAsync("""
            () => { window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective)); }
            """);
        try { await tab.AddScriptTagAsync(new() { Content = "window.__ran = true;" }); }
        catch (PlaywrightException) { } // Playwright may or may not report the refusal; what counts is that it did not run.
        Assert.False(await tab.EvaluateAsync<bool>("window.__ran === true"));
        await tab.EvaluateAsync("""
            async () => {
              new Image().src = 'https://tracker.invalid/pixel.gif';
              try { await fetch('https://tracker.invalid/collect'); } catch (e) { }
              const s = document.createElement('script'); s.src = 'https://cdn.invalid/lib.js'; document.head.append(s);
              await new Promise(r => setTimeout(r, 200));
            }
            """);
        var violated = await tab.EvaluateAsync<string[]>("window.__violations");
        Assert.Contains(violated, v => v.StartsWith("img-src"));
        Assert.Contains(violated, v => v.StartsWith("connect-src"));
        Assert.Contains(violated, v => v.StartsWith("script-src"));
        // Refused by the page itself: not one of them reached the network.
        Assert.Empty(context.Offsite);
    }

    [Fact]
    public async Task Every_external_link_has_noopener_noreferrer_and_following_one_sends_no_referrer()
    {
        var survey = await site.SurveyAsync(Surveys.Desktop);
        var external = survey.Pages.Values.Sum(p => p.GetProperty("links").EnumerateArray().Count(l => l.GetProperty("external").GetBoolean()));
        var missing = survey.Findings((_, p) => p.GetProperty("links").EnumerateArray()
            .Where(l => l.GetProperty("external").GetBoolean())
            .Where(l => !l.GetProperty("rel").GetString()!.Split(' ').Contains("noopener") || !l.GetProperty("rel").GetString()!.Split(' ').Contains("noreferrer"))
            .Select(l => $"{l.GetProperty("href")} rel=\"{l.GetProperty("rel")}\""));
        Assert.True(external > 100, $"only {external} external links found");
        Assert.True(missing.Count == 0, string.Join("\n", missing));

        await using var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url("service"));
        var href = await tab.EvalOnSelectorAsync<string>("main a[href^='http']", "a => a.href");
        context.Allow(href);
        await tab.ClickAsync($"main a[href='{await tab.GetAttributeAsync("main a[href^='http']", "href")}']");
        await Arrival.WaitAsync(tab, u => u.TrimEnd('/') == href.TrimEnd('/'));
        var (_, headers) = Assert.Single(context.Stubbed);
        Assert.False(headers.ContainsKey("referer"), "the Referer header was sent: " + headers.GetValueOrDefault("referer"));
        Assert.True(await tab.EvaluateAsync<bool>("window.opener === null && document.referrer === ''"));
        context.AssertStayedOnSite();
    }
}
