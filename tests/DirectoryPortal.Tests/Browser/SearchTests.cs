using System.Diagnostics;
using DirectoryPortal.Tests.Browser.Support;
using DirectoryPortal.Tests.Search;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DirectoryPortal.Tests.Browser;

/// Search in the real page in Chromium: quality on realistic queries, privacy, links from partners, and file://.
[Collection(BrowserCollection.Name)]
public class SearchTests(BrowserSite site, ITestOutputHelper output)
{
    private static async Task<IReadOnlyList<string>> TypeAndReadAsync(IPage tab, string query, int top = 3)
    {
        var box = tab.Locator("#search-q");
        await box.FillAsync("");
        // Search is asynchronous (a big index loads parts first): clear the status line, so the next words that
        // describe this query are about this search.
        await tab.EvaluateAsync("() => { document.querySelector('[data-search-status]').textContent = ''; }");
        await box.PressSequentiallyAsync(query);
        // Results appear as you type; wait for the status line to describe this query.
        await tab.WaitForFunctionAsync("q => document.querySelector('[data-search-status]').textContent.includes(q.trim()) || document.querySelector('[data-search-status]').textContent.startsWith('No results')", query);
        return await tab.EvalOnSelectorAllAsync<string[]>("[data-search-list] > li h2 a", $"(as) => as.slice(0, {top}).map(a => a.getAttribute('href'))");
    }

    // Results come ten at a time; "Show more" adds the next ten until all are shown.
    private static async Task<string[]> AllResultsAsync(IPage tab)
    {
        while (await tab.IsVisibleAsync("[data-search-more]"))
        {
            var shown = await tab.Locator("[data-search-list] > li").CountAsync();
            await tab.ClickAsync("[data-search-more]");
            await tab.WaitForFunctionAsync("n => document.querySelectorAll('[data-search-list] > li').length > n", shown);
        }
        return await tab.EvalOnSelectorAllAsync<string[]>("[data-search-list] > li h2 a", "as => as.map(a => a.getAttribute('href'))");
    }

    [Fact]
    public async Task At_least_95_percent_of_realistic_queries_find_their_page_in_the_top_three()
    {
        Assert.True(SearchQueries.All.Count >= 40, $"only {SearchQueries.All.Count} queries");
        await using var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url("search.html"));
        var misses = new List<string>();
        foreach (var (query, expected) in SearchQueries.All)
        {
            var top = await TypeAndReadAsync(tab, query);
            if (!top.Contains(expected)) misses.Add($"'{query}': wanted {expected}, got {string.Join(", ", top)}");
        }
        foreach (var m in misses) output.WriteLine(m);
        var rate = 1.0 - (double)misses.Count / SearchQueries.All.Count;
        Assert.True(rate >= 0.95, $"top-3 hit rate {rate:P1}:\n" + string.Join("\n", misses));
        context.AssertStayedOnSite();
    }

    [Fact]
    public async Task A_partner_link_with_q_opens_results_and_the_query_leaves_no_trace()
    {
        await using var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url("search.html") + "?q=forced%20marriage");
        await tab.WaitForSelectorAsync("[data-search-list] > li");
        Assert.Equal("forced marriage", await tab.InputValueAsync("#search-q"));
        Assert.DoesNotContain("forced", tab.Url);
        Assert.DoesNotContain("q=", tab.Url);
        // Typing more does not add history entries or change the address.
        var historyLength = await tab.EvaluateAsync<int>("history.length");
        await TypeAndReadAsync(tab, "stalking");
        Assert.Equal(historyLength, await tab.EvaluateAsync<int>("history.length"));
        Assert.DoesNotContain("stalking", tab.Url);
        Assert.Equal(0, await tab.EvaluateAsync<int>("localStorage.length + sessionStorage.length"));
        Assert.Empty(await context.Context.CookiesAsync());
        context.AssertStayedOnSite();
    }

    [Fact]
    public async Task The_filter_form_fits_a_320_pixel_screen()
    {
        await using var context = await site.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url("search.html"));
        await tab.Locator(".search-filters").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });
        // Every control's box must end inside the fieldset, and the fieldset inside the screen.
        var outside = await tab.EvaluateAsync<string[]>("""
            () => {
              const box = document.querySelector('.search-filters').getBoundingClientRect();
              const out = [];
              if (box.right > document.documentElement.clientWidth + 0.5) out.push('fieldset ends at ' + box.right);
              for (const el of document.querySelectorAll('.search-filters select, .search-filters input, .search-filters label')) {
                const r = el.getBoundingClientRect();
                if (r.right > box.right + 0.5 || r.left < box.left - 0.5) out.push((el.id || el.getAttribute('for') || el.tagName) + ' spans ' + r.left + '-' + r.right + ' in ' + box.left + '-' + box.right);
              }
              return out;
            }
            """);
        Assert.True(outside.Length == 0, string.Join("\n", outside));
        Assert.Equal(320, await tab.EvaluateAsync<int>("document.documentElement.scrollWidth"));
    }

    [Fact]
    public async Task Searching_by_a_language_name_finds_the_services_whose_staff_speak_it()
    {
        await using var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url("search.html"));
        Assert.Contains("services/ikwro/index.html", await TypeAndReadAsync(tab, "Kurdish", top: 5));
        // The language filter names languages, not codes, and narrows to services that speak it.
        var options = await tab.EvalOnSelectorAllAsync<string[]>("#search-language option", "os => os.map(o => o.value + '=' + o.textContent)");
        Assert.Contains("ku=Kurdish", options);
        Assert.Contains("en=English", options);
        Assert.DoesNotContain(options, o => o.EndsWith("=ku", StringComparison.Ordinal));
        await TypeAndReadAsync(tab, "honour", top: 100);
        await tab.SelectOptionAsync("#search-language", "ku");
        var kurdish = await tab.EvalOnSelectorAllAsync<string[]>("[data-search-list] > li h2 a", "as => as.map(a => a.getAttribute('href'))");
        Assert.Equal(["services/ikwro/index.html"], kurdish);
    }

    [Fact]
    public async Task Filters_narrow_the_results()
    {
        await using var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url("search.html"));
        await TypeAndReadAsync(tab, "help");
        var all = await AllResultsAsync(tab);
        Assert.True(all.Length > 10, $"'help' found {all.Length}");
        const string StatusIs = "s => document.querySelector('[data-search-status]').textContent === s";
        const string StatusIsNot = "s => document.querySelector('[data-search-status]').textContent !== s";
        var before = await tab.TextContentAsync("[data-search-status]");
        await tab.CheckAsync("#search-open247");
        await tab.WaitForFunctionAsync(StatusIsNot, before);
        var open = await AllResultsAsync(tab);
        Assert.NotEmpty(open);
        Assert.True(open.Length < all.Length, $"{open.Length} of {all.Length}");
        Assert.Contains("services/national-domestic-abuse-helpline/index.html", open);
        await tab.UncheckAsync("#search-open247");
        await tab.WaitForFunctionAsync(StatusIs, before);
        await tab.SelectOptionAsync("#search-category", "forced-marriage");
        await tab.WaitForFunctionAsync(StatusIsNot, before);
        var fm = await AllResultsAsync(tab);
        Assert.NotEmpty(fm);
        Assert.Contains("services/forced-marriage-unit/index.html", fm);
        Assert.DoesNotContain("services/national-stalking-helpline/index.html", fm);
    }

    [Fact]
    public async Task Search_works_when_the_site_is_opened_from_disk()
    {
        await using var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(new Uri(Path.Combine(site.Output, "search.html")).AbsoluteUri);
        var top = await TypeAndReadAsync(tab, "cutting");
        Assert.Contains("guidance/fgm.html", top);
        Assert.True(context.Errors.IsEmpty, string.Join("\n", context.Errors));
    }

    [Fact]
    public async Task Without_javascript_the_search_page_offers_browse_and_a_to_z()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url("search.html"));
        Assert.True(await tab.IsVisibleAsync(".search-page__nojs a[href='a-z.html']"));
        Assert.True(await tab.IsVisibleAsync(".search-page__nojs a[href='categories/index.html']"));
        Assert.False(await tab.IsVisibleAsync("[data-search]"));
    }
}
