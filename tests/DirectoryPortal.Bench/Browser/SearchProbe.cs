using Microsoft.Playwright;
using DirectoryPortal.Bench.Measure;

namespace DirectoryPortal.Bench.Browser;

/// Opens a built site's search page from disk in Chromium and times what a visitor waits for: the page
/// becoming ready (index script parsed and unpacked into lunr) and each query (lunr search plus drawing
/// the results), once at full speed and once with the CPU slowed four times, like a cheap phone.
public static class SearchProbe
{
    public const int PhoneSlowdown = 4;
    public const int Repeats = 5;

    /// <paramref name="page"/>: the search page to open, relative to the site ("pl/search.html" for Polish's).
    public static async Task<SearchTiming?> RunAsync(string siteDirectory, IReadOnlyList<string> queries, TextWriter log, string page = "search.html")
    {
        if (!Chromium.Available)
        {
            log.WriteLine($"   search: {Chromium.ExecutablePath} not found; not measured");
            return null;
        }
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var desktop = await MeasureAsync(browser, siteDirectory, page, queries, slowdown: 1);
            var phone = await MeasureAsync(browser, siteDirectory, page, queries, slowdown: PhoneSlowdown);
            return new SearchTiming(queries.Count, desktop, phone);
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    private static async Task<SearchSample> MeasureAsync(IBrowser browser, string site, string searchPage, IReadOnlyList<string> queries, int slowdown)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        if (slowdown > 1) await Chromium.ThrottleAsync(page, slowdown);
        var url = new Uri(Path.Combine(Path.GetFullPath(site), searchPage)).AbsoluteUri;
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        // search.js shows the form only once the index has loaded, so a visible form means search works.
        if (await page.Locator("[data-search]").IsHiddenAsync())
            throw new InvalidOperationException($"The search page at {url} did not load its index.");
        // loadEventEnd comes after every deferred script has run: parsing the index, unpacking it, lunr.Index.load.
        var readyMs = await page.EvaluateAsync<double>("performance.getEntriesByType('navigation')[0].loadEventEnd");
        var perQuery = new List<double>();
        foreach (var query in queries)
        {
            var times = await page.EvaluateAsync<double[]>("""
                ([q, n]) => {
                  const input = document.querySelector('#search-q');
                  const form = document.querySelector('[data-search] form');
                  const out = [];
                  for (let i = 0; i < n; i++) {
                    input.value = q;
                    const t = performance.now();
                    form.requestSubmit();
                    out.push(performance.now() - t);
                  }
                  return out;
                }
                """, new object[] { query, Repeats });
            perQuery.Add(Stats.Median(times));
        }
        return new SearchSample(readyMs, perQuery);
    }
}

/// Search timings in the browser for one site.
public sealed record SearchTiming(int Queries, SearchSample Desktop, SearchSample Phone);

/// Time until the search page is ready, and the median time of each query over a few repeats.
public sealed record SearchSample(double ReadyMs, IReadOnlyList<double> QueryMs)
{
    public double MedianQueryMs => Stats.Median(QueryMs);
    public double SlowestQueryMs => QueryMs.Max();
}
