using System.IO.Compression;
using Microsoft.Playwright;
using DirectoryPortal.Bench.Measure;

namespace DirectoryPortal.Bench.Browser;

/// Opens a search page in Chromium and times what a visitor waits for, at full speed and with the CPU slowed
/// four times like a cheap phone. For each query, from an empty cache: the page opened with the query
/// (?q=, as a partner's link or a search from the header opens it) until the first results are on screen,
/// and every byte downloaded until then. Then, in one page, each query in turn as the next search
/// (parts loaded by earlier queries are reused) and repeated. Works for our search page and for the
/// Pagefind page PagefindProbe writes.
public static class SearchProbe
{
    public const int PhoneSlowdown = 4;
    public const int Repeats = 5;

    /// Loads of the search page per query with the CPU slowed, each from an empty cache; the query's time is their
    /// median. One load on this shared 2-core machine varied by a third from one run to the next.
    public const int SlowedLoads = 3;

    /// Our search page, served over HTTP from the built site, plus one query from file:// to show it works there.
    /// <paramref name="searchPage"/>: the search page to open, relative to the site ("pl/search.html" for Polish's).
    public static async Task<SearchTiming?> RunAsync(string siteDirectory, IReadOnlyList<string> queries, TextWriter log, string searchPage = "search.html")
    {
        if (!Chromium.Available)
        {
            log.WriteLine($"   search: {Chromium.ExecutablePath} not found; not measured");
            return null;
        }
        await using var server = new LocalServer([("/", siteDirectory)]);
        var page = new SearchPage(server, searchPage, OurResultsShown, OurNextQuery) { ForgetScript = OurForget };
        var timing = await MeasureAsync(page, queries);
        await using var plain = await PlainChromium.LaunchAsync();
        await using var tab = await plain.NewPageAsync();
        await tab.AddInitScriptAsync(FirstResultsWatcher(page.ResultsShown));
        await tab.NavigateAsync(new Uri(Path.Combine(Path.GetFullPath(siteDirectory), searchPage)).AbsoluteUri + "?q=" + Uri.EscapeDataString(queries[0]));
        await tab.WaitForAsync("window.__firstResults");
        return timing with { FromDiskMs = await tab.EvaluateAsync<double>("window.__firstResults") };
    }

    /// Our search alone, as PagefindProbe's page has Pagefind alone: a page with the search box, the result list and
    /// the search's own scripts (lunr.js, the reader, the index, search-query.js, search.js), without the site's header, styles,
    /// language links, quick exit or opening hours. What our search costs beside Pagefind's, like for like.
    public static async Task<SearchTiming?> EngineAsync(string siteDirectory, IReadOnlyList<string> queries)
    {
        if (!Chromium.Available) return null;
        var searchPage = File.ReadAllText(Path.Combine(siteDirectory, "search.html"));
        var scripts = System.Text.RegularExpressions.Regex.Matches(searchPage, "<script src=\"(assets/(?:lunr\\.min|search-reader|search-index|search-query|search)\\.[0-9a-f]{10}\\.js)\"")
            .Select(m => $"<script src=\"{m.Groups[1].Value}\" defer></script>").ToList();
        if (scripts.Count != 5) throw new InvalidOperationException($"Expected five search scripts in search.html, found {scripts.Count}.");
        var page = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Search</title>
            {string.Join("\n", scripts)}
            </head><body><div data-search hidden><form><input id="search-q" type="search" aria-label="Search"></form>
            <p data-search-status role="status"></p><ol data-search-list></ol><button type="button" data-search-more hidden>More</button></div></body></html>
            """;
        await using var server = new LocalServer([("/", siteDirectory)], new Dictionary<string, byte[]> { ["/search-engine.html"] = System.Text.Encoding.UTF8.GetBytes(page) });
        return await MeasureAsync(new SearchPage(server, "search-engine.html", OurResultsShown, OurNextQuery) { ForgetScript = OurForget }, queries);
    }

    /// A search page: where it is, a JS expression true once it shows a query's results (or says there are none),
    /// and script that runs the next query in an open page.
    public sealed record SearchPage(LocalServer Server, string Path, string ResultsShown, string NextQueryScript)
    {
        /// Script that makes the page forget its last search before a query is sent again, so that the repeat is searched
        /// (our page's Enter only says again what a search drawn a moment ago found); null for a page that always searches.
        public string? ForgetScript { get; init; }

        /// The search box a visitor types into; pressing Enter in it searches at once.
        public string Input { get; init; } = "#search-q";

        /// A JS function of the query, true once the page shows that query's results (or says there are none).
        public string ShowsResultsFor { get; init; } = OurShowsResultsFor;
    }

    // The status line names the query, or gives the page's "no results" words (search.js's English ones, or the
    // language's from data-i18n-no-results).
    // A further query is timed until its first ten are all drawn (the list is aria-busy until then), as before the page
    // drew the results at hand first.
    private const string OurShowsResultsFor = "(q) => { const s = document.querySelector('[data-search-status]'); const r = document.querySelector('[data-search]'); const l = document.querySelector('[data-search-list]'); const none = (r && r.dataset.i18nNoResults) || 'No results'; return !!s && (s.textContent.includes(q.trim()) || s.textContent.startsWith(none)) && !(l && l.hasAttribute('aria-busy')); }";

    /// Milliseconds between keys when the benchmark types a query: a steady typist on a phone.
    public const int KeyDelayMs = 150;

    // search.js fills the status line after it has drawn the results.
    private const string OurResultsShown = "document.querySelector('[data-search-status]') && document.querySelector('[data-search-status]').textContent.trim() !== ''";

    // The next search as the page runs it on submit; done when the page has written the status line again, describing
    // it, and its first ten are all drawn. The status line is not cleared first: that would make the browser lay out
    // and paint the page once more while the search runs, work the page itself never asks for (and Pagefind's page,
    // timed the same way, is not given).
    private const string OurNextQuery = $$"""
        async (q) => {
          const shows = {{OurShowsResultsFor}};
          const input = document.querySelector('#search-q');
          const form = document.querySelector('[data-search] form');
          const status = document.querySelector('[data-search-status]');
          const root = document.querySelector('[data-search]');
          input.value = q;
          const t = performance.now();
          // The words of an earlier search for the same query must not count as this one's: wait for a new status line.
          let written = false;
          const done = new Promise((resolve) => {
            const o = new MutationObserver((records) => {
              if (records.some((r) => r.target === status || r.target.parentNode === status)) written = true;
              if (written && shows(q)) { o.disconnect(); resolve(); }
            });
            o.observe(root, { childList: true, characterData: true, subtree: true, attributes: true });
          });
          form.requestSubmit();
          await done;
          return performance.now() - t;
        }
        """;

    // An empty search: the page clears its results and status line, and its last search is no longer the query's.
    private const string OurForget = """
        async () => {
          const input = document.querySelector('#search-q');
          const status = document.querySelector('[data-search-status]');
          const list = document.querySelector('[data-search-list]');
          input.value = '';
          document.querySelector('[data-search] form').requestSubmit();
          while (status.textContent !== '' || list.children.length > 0 || list.hasAttribute('aria-busy')) await new Promise((r) => setTimeout(r, 5));
        }
        """;

    // First results: the page shows some and says how many it found. Whole page: our page has also drawn the rest of its
    // first ten (its list is aria-busy until then); a page without our list has drawn them with the first.
    private static string FirstResultsWatcher(string shown) => $$"""
        new MutationObserver((_, o) => {
          if (!window.__firstResults && ({{shown}})) window.__firstResults = performance.now();
          const list = document.querySelector('[data-search-list]');
          if (window.__firstResults && !(list && list.hasAttribute('aria-busy'))) { window.__wholePage = performance.now(); o.disconnect(); }
        }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
        """;

    // Notes when Enter goes down in the search box, then when the page next shows the whole query's results. Enter
    // always writes them again: a search of its own, or the one the keys started, which it waits for, or (that search's
    // results drawn already) the status line once more. So the first change after Enter that shows them is the one to time.
    private static string TypedWatcher(string showsResultsFor) => $$"""
        ([input, q]) => {
          const shows = {{showsResultsFor}};
          const box = document.querySelector(input);
          box.addEventListener("keydown", (e) => {
            if (e.key !== "Enter") return;
            const at = performance.now();
            new MutationObserver((_, o) => { if (shows(q)) { window.__typed = performance.now() - at; o.disconnect(); } })
              .observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
          }, true);
        }
        """;

    /// Bytes are counted from Playwright's network events, once per query at full speed (the files a page asks for do
    /// not depend on the CPU); every time is taken in PlainChromium, which has those events off, as a visitor's browser
    /// does (they cost the browser about 1.5 ms a file, RoundProbe).
    public static async Task<SearchTiming> MeasureAsync(SearchPage page, IReadOnlyList<string> queries)
    {
        var downloads = await DownloadsAsync(page, queries);
        await using var plain = await PlainChromium.LaunchAsync();
        var desktop = await SampleAsync(plain, page, queries, slowdown: 1, downloads);
        var phone = await SampleAsync(plain, page, queries, slowdown: PhoneSlowdown, downloads);
        return new SearchTiming(queries.Count, desktop, phone);
    }

    /// Milliseconds a visitor takes, at least, between the search page loading and sending a first query.
    public const int VisitorPauseMs = 1000;

    // A visitor sends a further query after reading the results of the last, not while the browser is still laying
    // them out and painting them. Timed straight after the last query's results reached the page, a query would be
    // charged with drawing the one before it. So: a frame drawn, then the page idle (or a second at most).
    internal const string AtRest = "() => new Promise((r) => requestAnimationFrame(() => requestIdleCallback(() => r(), { timeout: 1000 })))";

    private static async Task<double> NextQueryAsync(PlainPage tab, SearchPage page, string query)
    {
        await tab.CallAsync<object?>(AtRest, null);
        return await tab.CallAsync<double>(page.NextQueryScript, query);
    }

    private static async Task<SearchSample> SampleAsync(PlainChromium plain, SearchPage page, IReadOnlyList<string> queries, int slowdown, Downloads downloads)
    {
        var first = new List<double>();
        var whole = new List<double>();
        var everyLoad = new List<double>();
        foreach (var query in queries)
        {
            var loads = new List<double>();
            var wholes = new List<double>();
            for (int load = 0; load < (slowdown > 1 ? SlowedLoads : 1); load++)
            {
                var (ms, wholeMs) = await FirstResultsAsync(plain, page, query, slowdown);
                loads.Add(ms);
                wholes.Add(wholeMs);
            }
            first.Add(Stats.Median(loads));
            whole.Add(Stats.Median(wholes));
            everyLoad.AddRange(loads);
        }

        // One page, each query in turn, then each again: the next query, and one whose parts are loaded.
        await using var tab2 = await plain.NewPageAsync();
        if (slowdown > 1) await tab2.ThrottleAsync(slowdown);
        await tab2.GotoAsync(page.Server.Url + page.Path);
        var ready = await tab2.EvaluateAsync<double>("performance.getEntriesByType('navigation')[0].loadEventEnd");
        // No one types a query in less than a second: the page gets that long after loading, as it would from a visitor.
        await Task.Delay(VisitorPauseMs);
        var next = new List<double>();
        foreach (var query in queries) next.Add(await NextQueryAsync(tab2, page, query));
        var again = new List<double>();
        foreach (var query in queries)
        {
            var times = new List<double>();
            for (int i = 0; i < Repeats; i++)
            {
                if (page.ForgetScript is { } forget) await tab2.CallAsync<object?>(forget, null);
                times.Add(await NextQueryAsync(tab2, page, query));
            }
            again.Add(Stats.Median(times));
        }

        // As a visitor types: each query a key at a time into a fresh page (the page searches as keys come, and
        // loads parts for the words so far), then Enter at once: from Enter until the whole query's results show.
        var typed = new List<double>();
        foreach (var query in queries)
        {
            await using var tab3 = await plain.NewPageAsync();
            if (slowdown > 1) await tab3.ThrottleAsync(slowdown);
            await tab3.GotoAsync(page.Server.Url + page.Path);
            await tab3.CallAsync<object?>(TypedWatcher(page.ShowsResultsFor), new object[] { page.Input, query });
            await tab3.CallAsync<object?>("(input) => document.querySelector(input).focus()", page.Input);
            // As Playwright's Locator.PressSequentially with a delay types: each key down, the delay, the key up.
            foreach (var key in query)
            {
                await tab3.KeyAsync(key.ToString(), KeyDelayMs);
            }
            await tab3.KeyAsync("Enter", 0);
            await tab3.WaitForAsync("window.__typed !== undefined");
            typed.Add(await tab3.EvaluateAsync<double>("window.__typed"));
        }
        return new SearchSample(ready, first, downloads.Bytes, downloads.SearchBytes, downloads.Files, next, again) { TypedMs = typed, EveryLoadMs = everyLoad, WholePageMs = whole };
    }

    // Opens the page with the query from an empty cache; the time until its first results, and until its first ten are
    // all drawn.
    private static async Task<(double First, double Whole)> FirstResultsAsync(PlainChromium plain, SearchPage page, string query, int slowdown)
    {
        await using var tab = await plain.NewPageAsync();
        if (slowdown > 1) await tab.ThrottleAsync(slowdown);
        await tab.AddInitScriptAsync(FirstResultsWatcher(page.ResultsShown));
        await tab.NavigateAsync(page.Server.Url + page.Path + "?q=" + Uri.EscapeDataString(query));
        try { await tab.WaitForAsync("window.__firstResults"); }
        catch (TimeoutException) { throw new TimeoutException($"No results for '{query}' on {page.Path} within a minute."); }
        var ms = await tab.EvaluateAsync<double>("window.__firstResults");
        await tab.WaitForAsync("window.__wholePage");
        return (ms, await tab.EvaluateAsync<double>("window.__wholePage"));
    }

    // Each query's page opened in Playwright, which reports every request: what the page downloaded until its first
    // results, everything and the search's own files (gzipped), and how many files.
    private sealed record Downloads(List<long> Bytes, List<long> SearchBytes, List<int> Files);

    private static async Task<Downloads> DownloadsAsync(SearchPage page, IReadOnlyList<string> queries)
    {
        var downloads = new Downloads([], [], []);
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            foreach (var query in queries)
            {
                await using var context = await browser.NewContextAsync();
                var tab = await context.NewPageAsync();
                var requested = new List<string>();
                tab.Request += (_, request) => { lock (requested) requested.Add(request.Url); };
                var errors = new List<string>();
                tab.PageError += (_, e) => { lock (errors) errors.Add(e); };
                tab.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
                await tab.AddInitScriptAsync(FirstResultsWatcher(page.ResultsShown));
                await tab.GotoAsync(page.Server.Url + page.Path + "?q=" + Uri.EscapeDataString(query));
                try { await tab.WaitForFunctionAsync("() => window.__firstResults", null, new() { Timeout = 60_000 }); }
                catch (TimeoutException) { throw new TimeoutException($"No results for '{query}' on {page.Path} within a minute: {string.Join("; ", errors)}"); }
                List<string> urls;
                lock (requested) urls = requested.Distinct().ToList();
                var sizes = urls.Select(url => (Url: url, Bytes: page.Server.FileFor(url) is { } file ? GzipBytes(file) : 0)).ToList();
                downloads.Bytes.Add(sizes.Sum(s => s.Bytes));
                downloads.SearchBytes.Add(sizes.Where(s => IsSearchFile(s.Url)).Sum(s => s.Bytes));
                downloads.Files.Add(urls.Count);
            }
            return downloads;
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    // The search's own files: its scripts and index, not the page, its styles or the quick-exit script.
    private static bool IsSearchFile(string url)
    {
        var path = new Uri(url).AbsolutePath;
        return !path.EndsWith(".html", StringComparison.Ordinal) && !path.EndsWith(".css", StringComparison.Ordinal) &&
            (path.Contains("search", StringComparison.Ordinal) || path.Contains("lunr", StringComparison.Ordinal) || path.StartsWith("/pagefind/", StringComparison.Ordinal));
    }

    // As a server compressing with gzip sends it; a file already compressed (Pagefind's) is sent as it is.
    private static readonly Dictionary<string, long> GzipCache = new();

    public static long GzipBytes(string file)
    {
        lock (GzipCache)
            if (GzipCache.TryGetValue(file, out var known)) return known;
        var raw = File.ReadAllBytes(file);
        using var counter = new MemoryStream();
        using (var gzip = new GZipStream(counter, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(raw);
        var size = Math.Min(raw.Length, counter.Length);
        lock (GzipCache) GzipCache[file] = size;
        return size;
    }
}

/// Search timings in the browser for one site.
public sealed record SearchTiming(int Queries, SearchSample Desktop, SearchSample Phone)
{
    /// Our page opened from disk (file://) with the first query, until its first results; null when not measured.
    public double? FromDiskMs { get; init; }
}

/// For each query: the page opened with it, from an empty cache, to its first results, the bytes (gzipped) and
/// files downloaded until then; in one open page, each query as the next search, and again with its parts loaded.
public sealed record SearchSample(double ReadyMs, IReadOnlyList<double> FirstResultsMs, IReadOnlyList<long> Bytes, IReadOnlyList<long> SearchBytes, IReadOnlyList<int> Files,
    IReadOnlyList<double> NextQueryMs, IReadOnlyList<double> RepeatQueryMs)
{
    public double MedianFirstResultsMs => Stats.Median(FirstResultsMs);
    public double SlowestFirstResultsMs => FirstResultsMs.Max();
    public double MedianQueryMs => Stats.Median(NextQueryMs);
    public double SlowestQueryMs => NextQueryMs.Max();
    public double MedianRepeatMs => Stats.Median(RepeatQueryMs);
    public long MedianBytes => (long)Stats.Median(Bytes.Select(b => (double)b));
    public long MostBytes => Bytes.Max();
    public long MedianSearchBytes => (long)Stats.Median(SearchBytes.Select(b => (double)b));
    public long MostSearchBytes => SearchBytes.Max();

    /// Each query's first ten results all drawn (median of its loads); the same as FirstResultsMs for a page that draws them at once.
    public IReadOnlyList<double> WholePageMs { get; init; } = [];
    public double MedianWholePageMs => WholePageMs.Count == 0 ? double.NaN : Stats.Median(WholePageMs);
    public double SlowestWholePageMs => WholePageMs.Count == 0 ? double.NaN : WholePageMs.Max();

    /// Every page load's first results (SlowedLoads per query when slowed); FirstResultsMs holds each query's median.
    public IReadOnlyList<double> EveryLoadMs { get; init; } = [];
    public double SlowestLoadMs => EveryLoadMs.Count == 0 ? double.NaN : EveryLoadMs.Max();

    /// Each query typed a key at a time, then Enter: from Enter until its results show.
    public IReadOnlyList<double> TypedMs { get; init; } = [];
    public double MedianTypedMs => TypedMs.Count == 0 ? double.NaN : Stats.Median(TypedMs);
    public double SlowestTypedMs => TypedMs.Count == 0 ? double.NaN : TypedMs.Max();
}
