using System.Text;
using DirectoryPortal.Bench.Measure;
using DirectoryPortal.Bench.Report;
using Microsoft.Playwright;

namespace DirectoryPortal.Bench.Browser;

/// What a round of index part scripts costs the browser alone, before the search does anything with them: the floor
/// under a query that needs parts no earlier query loaded. Measured over HTTP/1.1 and HTTP/2 from Debian's nginx and
/// from file://, at full speed and slowed 4x, on a built site's search page; each with Playwright, as the search
/// benchmark's other figures are taken, and with PlainChromium, which leaves the network events off as a visitor's
/// browser has them.
public static class RoundProbe
{
    /// The rounds timed, each as many times as asked: parts are script elements added to the page at once, as
    /// search-reader.js adds them, and a round ends when the last one has run. Each round loads parts this page has not
    /// loaded before. The last is the shape of a two-word query whose first ten no word carried: its words' term parts
    /// and carried entries, then the store parts of its first ten.
    private static readonly (string Name, int TermParts, int StoreParts)[] Shapes =
        [("one store part", 0, 1), ("ten store parts at once", 0, 10), ("five term parts, then ten store parts", 5, 10)];

    // One shape's times over its rounds.
    private sealed record Spread(double Median, double Lowest, double Highest);

    private sealed record Transport(string Name, Func<string, (LocalServer? Server, string PageUrl)> Open);

    // One round after another, each once the page is at rest, as the search benchmark sends a query. Parts are taken
    // in order from the manifest's lists, so none is loaded twice, and loaded by the reader's own loadScript.
    private const string RoundScript = $$"""
        async ([terms, stores]) => {
          await ({{SearchProbe.AtRest}})();
          const ix = DirectoryPortalIndex.open();
          window.__nextTerm = window.__nextTerm || 0;
          window.__nextStore = window.__nextStore || 0;
          const take = (list, n, counter) => { const keys = list.slice(window[counter], window[counter] + n); window[counter] += n; return keys; };
          const load = (keys) => Promise.all(keys.map((key) => new Promise((resolve, reject) =>
            DirectoryPortalIndex.loadScript(ix.base + key + ".js", resolve, () => reject(new Error("part " + key + " did not load"))))));
          const termKeys = take(ix.termParts.map((p) => p.key), terms, "__nextTerm");
          const storeKeys = take(ix.storeParts, stores, "__nextStore");
          if (termKeys.length < terms || storeKeys.length < stores) throw new Error("the index has too few parts for another round");
          const t = performance.now();
          if (terms > 0) await load(termKeys);
          await load(storeKeys);
          return performance.now() - t;
        }
        """;

    /// Prints a table of the median time of each round, per transport and speed.
    public static async Task<bool> RunAsync(string siteDirectory, string searchPage, int rounds, TextWriter log)
    {
        if (!Chromium.Available)
        {
            log.WriteLine($"{Chromium.ExecutablePath} not found; not measured");
            return false;
        }
        var transports = new Transport[]
        {
            new("HTTP/1.1, nginx", site => Served(new LocalServer([("/", site)]), searchPage)),
            new("HTTP/2 over TLS, nginx", site => Served(new LocalServer([("/", site)], http2: true), searchPage)),
            new("file://", site => (null, new Uri(Path.Combine(site, searchPage)).AbsoluteUri)),
        };
        var table = new StringBuilder();
        table.Append("| transport | CPU | driven by | ").AppendJoin(" | ", Shapes.Select(s => s.Name)).Append(" |\n");
        table.Append("| --- | --- | --- |").Append(string.Concat(Shapes.Select(_ => " ---: |"))).Append('\n');
        var (playwright, browser) = await Chromium.LaunchAsync();
        var plain = await PlainChromium.LaunchAsync();
        try
        {
            foreach (var transport in transports)
            {
                var (server, url) = transport.Open(siteDirectory);
                try
                {
                    foreach (var slowdown in new[] { 1, SearchProbe.PhoneSlowdown })
                        foreach (var (harness, measure) in new (string, Func<Task<List<Spread>>>)[]
                        {
                            ("Playwright", () => MeasureAsync(browser, url, slowdown, rounds)),
                            ("DevTools, no network events", () => MeasureAsync(plain, url, slowdown, rounds)),
                        })
                        {
                            var spreads = await measure();
                            table.Append($"| {transport.Name} | {(slowdown == 1 ? "full speed" : $"slowed {slowdown}x")} | {harness} | ")
                                .AppendJoin(" | ", spreads.Select(m => $"{Format.N(m.Median, "0.0")} ms ({Format.N(m.Lowest, "0.0")} to {Format.N(m.Highest, "0.0")})"))
                                .Append(" |\n");
                        }
                }
                finally
                {
                    if (server is not null) await server.DisposeAsync();
                }
            }
        }
        finally
        {
            await plain.DisposeAsync();
            await browser.CloseAsync();
            playwright.Dispose();
        }
        log.WriteLine($"Rounds of part scripts on {searchPage}, {rounds} of each shape per transport and speed: median (lowest to highest).");
        log.WriteLine();
        log.Write(table);
        return true;
    }

    private static (LocalServer?, string) Served(LocalServer server, string page) => (server, server.Url + page);

    private const string Ready = "window.DirectoryPortalIndex && DirectoryPortalIndex.names().length > 0";

    private static async Task<List<Spread>> MeasureAsync(IBrowser browser, string url, int slowdown, int rounds)
    {
        await using var context = await browser.NewContextAsync(new() { IgnoreHTTPSErrors = true });
        var tab = await context.NewPageAsync();
        if (slowdown > 1) await Chromium.ThrottleAsync(tab, slowdown);
        await tab.GotoAsync(url);
        await tab.WaitForFunctionAsync(Ready);
        await tab.WaitForTimeoutAsync(SearchProbe.VisitorPauseMs);
        return await RoundsAsync(rounds, shape => tab.EvaluateAsync<double>(RoundScript, shape));
    }

    private static async Task<List<Spread>> MeasureAsync(PlainChromium browser, string url, int slowdown, int rounds)
    {
        await using var tab = await browser.NewPageAsync();
        if (slowdown > 1) await tab.ThrottleAsync(slowdown);
        await tab.GotoAsync(url);
        await tab.WaitForAsync(Ready);
        await Task.Delay(SearchProbe.VisitorPauseMs);
        return await RoundsAsync(rounds, shape => tab.CallAsync<double>(RoundScript, shape));
    }

    // Median, lowest and highest of each shape. Shapes take turns, so a slow moment of a shared machine falls on all alike.
    private static async Task<List<Spread>> RoundsAsync(int rounds, Func<int[], Task<double>> round)
    {
        var times = Shapes.Select(_ => new List<double>()).ToList();
        for (int r = 0; r < rounds; r++)
            for (int s = 0; s < Shapes.Length; s++)
                times[s].Add(await round([Shapes[s].TermParts, Shapes[s].StoreParts]));
        return times.Select(t => new Spread(Stats.Median(t), t.Min(), t.Max())).ToList();
    }
}
