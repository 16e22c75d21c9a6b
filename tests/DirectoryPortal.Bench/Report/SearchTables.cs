using System.Text;
using DirectoryPortal.Bench.Browser;
using DirectoryPortal.Bench.Measure;

namespace DirectoryPortal.Bench.Report;

/// Search in the browser, Pagefind beside it, and the shipped content's editing loop.
public static class SearchTables
{
    public static void Append(StringBuilder sb, ShippedResult shipped, IReadOnlyList<SizeResult> results)
    {
        sb.Append("### Search in the browser\n\n");
        sb.Append(Method(shipped.Search?.Queries ?? 0));
        Header(sb);
        Row(sb, $"shipped content ({shipped.Services} services, {shipped.Guidance} guidance pages)", shipped.Output, shipped.Search);
        foreach (var r in results) Row(sb, $"{Format.Int(r.Services)} services, {r.Guidance} guidance pages", r.OurOutput, r.Search);

        if (results.LastOrDefault(r => r.Pagefind is not null) is { Pagefind: { } pf } largest && largest.Search is { } ours)
            AppendPagefind(sb, largest.Services, largest.Guidance, ours, pf,
                largest.Profile?.Phases.Phases.FirstOrDefault(p => p.Name.StartsWith("search index", StringComparison.Ordinal))?.Ms, largest.OurOutput);

        sb.Append("\n### Editing the shipped content with `serve`\n\n");
        if (shipped.LiveEditMs is { Count: > 0 } live)
            sb.Append($"`serve` runs on a copy of `content/`; a service page is open in Chromium; the service's description is changed and saved. Timed from the save until the new words are in the page in the browser: the file watcher's quiet period, the rebuild, live reload's next poll (every 250 ms) and the page reload are all inside. Runs: {string.Join(", ", live.Select(t => Format.N(t, "0")))} ms; median {Format.Ms(Stats.Median(live))}.\n\n");
        else
            sb.Append("Not measured: Chromium or `serve` was not available (see the benchmark's log).\n\n");
        if (shipped.Serve is { } s)
            sb.Append($"As `serve` reports it for the same kind of edit: the edited page is served again after {Format.Ms(Stats.Median(s.ReportedPageMs))} and everything (lists, search index) after {Format.Ms(Stats.Median(s.ReportedCompleteMs))} (medians; first build {Format.Ms(s.StartupMs)}).\n\n");
    }

    /// <paramref name="engine"/>: our search alone on a page like Pagefind's (SearchProbe.EngineAsync), when measured.
    public static void AppendPagefind(StringBuilder sb, int services, int guidance, SearchTiming ours, PagefindResult pf, double? indexBuildMs, OutputStats output,
        SearchTiming? engine = null)
    {
        var theirs = pf.Search;
        sb.Append($"\n### Beside Pagefind, at {Format.Int(services)} services\n\n");
        sb.Append($"Pagefind 1.6.0 (npm `pagefind`, Linux binary from `@pagefind/linux-x64`, a dev dependency of the benchmark only) indexes the same built site in the same run: the same documents (`--glob \"{{services/*/index.html,guidance/*.html}}\"`, which also takes the guidance list page), each page's `<main>` (`--root-selector main`). Its page (written by the benchmark) has a search box and calls Pagefind's JavaScript API as keys are typed (120 ms after the last, as ours) and on Enter, and shows the first 10 results' titles and links, as ours shows 10 at first. ");
        if (engine is not null)
            sb.Append("*Ours, search page* is the site's real search page (header, language links, styles, quick exit, opening hours: what a visitor waits for); *ours, engine alone* is our search on a page like Pagefind's (the search box, the result list, lunr.js, the reader, the index, search-query.js and search.js), which is the like-for-like comparison. ");
        sb.Append($"All are served and measured the same way, query by query, from an empty cache. Our index build time is the search index stage of the build (all {Format.Int(services + guidance)} documents analysed, indexed, split and written to memory); Pagefind's is its whole command, wall time, with CPU time in brackets.\n\n");
        var columns = engine is null ? new[] { ("ours", ours) } : new[] { ("ours, search page", ours), ("ours, engine alone", engine) };
        var mine = columns[^1].Item2;
        sb.Append("| |").AppendJoin("", columns.Select(c => $" {c.Item1} |")).Append(" Pagefind | ").Append(columns[^1].Item1).Append(" / Pagefind |\n| --- |")
            .AppendJoin("", columns.Select(_ => " ---: |")).Append(" ---: | ---: |\n");
        void Bytes(string what, Func<SearchSample, long> pick) =>
            sb.Append($"| {what} |").AppendJoin("", columns.Select(c => $" {Format.Kb(pick(c.Item2.Desktop))} |"))
                .Append($" {Format.Kb(pick(theirs.Desktop))} | {Format.N((double)pick(mine.Desktop) / pick(theirs.Desktop))} |\n");
        void Time(string what, Func<SearchTiming, double> pick) =>
            sb.Append($"| {what} |").AppendJoin("", columns.Select(c => $" {Format.Ms(pick(c.Item2))} |"))
                .Append($" {Format.Ms(pick(theirs))} | {Format.N(pick(mine) / pick(theirs))} |\n");
        Bytes("search files downloaded for one query, median (gzip)", s => s.MedianSearchBytes);
        Bytes("search files downloaded for one query, largest", s => s.MostSearchBytes);
        Bytes("everything downloaded for one query, median (with the page, its styles and other scripts)", s => s.MedianBytes);
        Bytes("everything downloaded for one query, largest", s => s.MostBytes);
        Time("first results, median", t => t.Desktop.MedianFirstResultsMs);
        Time("first results, slowest", t => t.Desktop.SlowestFirstResultsMs);
        Time($"first results slowed {SearchProbe.PhoneSlowdown}x, median", t => t.Phone.MedianFirstResultsMs);
        Time($"first results slowed {SearchProbe.PhoneSlowdown}x, slowest", t => t.Phone.SlowestFirstResultsMs);
        Time($"first results slowed {SearchProbe.PhoneSlowdown}x, slowest single load", t => t.Phone.SlowestLoadMs);
        Time($"first ten results all drawn slowed {SearchProbe.PhoneSlowdown}x, median", t => t.Phone.MedianWholePageMs);
        Time($"first ten results all drawn slowed {SearchProbe.PhoneSlowdown}x, slowest", t => t.Phone.SlowestWholePageMs);
        Time($"next query slowed {SearchProbe.PhoneSlowdown}x, median", t => t.Phone.MedianQueryMs);
        Time($"next query slowed {SearchProbe.PhoneSlowdown}x, slowest", t => t.Phone.SlowestQueryMs);
        Time($"typed, then Enter, slowed {SearchProbe.PhoneSlowdown}x, median", t => t.Phone.MedianTypedMs);
        Time($"typed, then Enter, slowed {SearchProbe.PhoneSlowdown}x, slowest", t => t.Phone.SlowestTypedMs);
        Time($"repeated query slowed {SearchProbe.PhoneSlowdown}x, median", t => t.Phone.MedianRepeatMs);
        if (indexBuildMs is { } built)
            sb.Append($"| index build time |").AppendJoin("", columns.Select(_ => $" {Format.Ms(built)} |"))
                .Append($" {Format.Ms(pf.BuildMs)} (CPU {Format.Ms(pf.BuildCpuMs ?? double.NaN)}) | {Format.N(built / pf.BuildMs)} |\n");
        if (output.SearchIndexBytes is { } size)
            sb.Append($"| index size on disk (English) |").AppendJoin("", columns.Select(_ => $" {Format.Mb(size)} in {Format.Int(output.SearchIndexFiles)} files |"))
                .Append($" {Format.Mb(pf.IndexBytes)} in {Format.Int(pf.IndexFiles)} files | {Format.N((double)size / pf.IndexBytes)} |\n");
        sb.Append('\n');
    }

    /// One line per figure, for the `search` mode's console output.
    public static string Describe(string name, SearchTiming t)
    {
        string One(SearchSample s) => $"bytes median {Format.Kb(s.MedianBytes)} (most {Format.Kb(s.MostBytes)}), search files {Format.Kb(s.MedianSearchBytes)} (most {Format.Kb(s.MostSearchBytes)}); first results median {Format.Ms(s.MedianFirstResultsMs)} (slowest {Format.Ms(s.SlowestFirstResultsMs)}, slowest single load {Format.Ms(s.SlowestLoadMs)}); first ten drawn median {Format.Ms(s.MedianWholePageMs)} (slowest {Format.Ms(s.SlowestWholePageMs)}); ready {Format.Ms(s.ReadyMs)}; next query median {Format.N(s.MedianQueryMs, "0.0")} ms (slowest {Format.N(s.SlowestQueryMs, "0.0")} ms); repeated {Format.N(s.MedianRepeatMs, "0.0")} ms; typed then Enter median {Format.N(s.MedianTypedMs, "0.0")} ms (slowest {Format.N(s.SlowestTypedMs, "0.0")} ms)";
        return $"{name}: {One(t.Desktop)}\n{name} slowed {SearchProbe.PhoneSlowdown}x: {One(t.Phone)}" + (t.FromDiskMs is { } d ? $"\n{name} from file://: first results {Format.Ms(d)}" : "");
    }

    /// How the search figures are measured, for the report.
    public static string Method(int shippedQueries) => $"Headless Chromium opens the search page with a query in its address (`search.html?q=...`, as the header's search box and partners' links open it), served over HTTP from the built site on local disk by Debian's nginx (started by the benchmark on 127.0.0.1), uncompressed and never cached. For each query, in a fresh browser context (empty cache): *first results* is the time from the navigation's start until the first result is on the page; *bytes* adds up every file the page downloaded until then (the page, styles and scripts, the index script and every index part), each as gzip (level 6) would send it. *Search files* counts only the search's own (lunr.js, our scripts, the index and its parts). Then, in one page, {SearchProbe.VisitorPauseMs / 1000} s after it loaded (no one types a query faster), each query in turn as the next search (*next query*: parts that earlier queries loaded are reused, new ones are loaded from disk) and then each again, {SearchProbe.Repeats} times (*repeated*, median; before each, an empty search clears the page, as our page's Enter would otherwise only say again what it found a moment ago); each is sent once the page is at rest (a frame drawn, then idle), as a visitor sends one after reading the last results, so that no query is charged with the browser still drawing the one before. *Typed, then Enter*: in a fresh page, the query typed a key every {SearchProbe.KeyDelayMs} ms (the page searches as keys come, 120 ms after the last, loading parts for the words so far), then Enter at once; from Enter until the whole query's results are on the page. Enter does not start again a search the keys started for the same words: the page waits for it, or, its results drawn, says again how many it found (Pagefind's page likewise). Our page draws the results whose entries it has at once, says how many it found, and draws the rest of the first ten as their entries arrive (the list is `aria-busy` until then): *first ten drawn* is when they are all on the page. *Slowed {SearchProbe.PhoneSlowdown}x* uses Chromium's CPU throttling to stand in for a cheap phone; slowed, each query's first results are the median of {SearchProbe.SlowedLoads} loads of the page, each from an empty cache (one load on this shared machine varied by a third from one run to the next), and the slowest single load is reported beside them. Medians over the queries, with the slowest or largest in brackets. *From disk* opens the page from `file://` with the first query. Every time is taken with Chromium driven over the DevTools protocol with its network events off, as a visitor's browser has them (`PlainChromium`); the bytes from one more load of each query's page, at full speed, driven by Playwright, which has them on to see every request, and which made a round of ten part scripts take about 1.5 ms a file longer (`search-rounds`). The shipped site uses the {(shippedQueries)} queries in `tests/DirectoryPortal.Tests/Search/queries.txt`; the synthetic sites use {BenchRunner.SyntheticQueries.Length} queries in `BenchRunner.cs`.\n\n";

    public static void Header(StringBuilder sb)
    {
        sb.Append("| site | index on disk | bytes for one query | search files | first results | next query | repeated | slowed: first results | slowed: next query | slowed: typed, then Enter | slowed: repeated | from disk |\n");
        sb.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    }

    public static void Row(StringBuilder sb, string name, OutputStats output, SearchTiming? t)
    {
        var disk = output.SearchIndexBytes is { } b ? $"{Format.Kb(b)} in {Format.Int(output.SearchIndexFiles)} file(s)" : "-";
        if (t is null)
        {
            sb.Append($"| {name} | {disk} | not measured | | | | | | | | | |\n");
            return;
        }
        string Kb(long median, long most) => $"{Format.Kb(median)} ({Format.Kb(most)})";
        string Ms(double median, double slowest) => $"{Format.Ms(median)} ({Format.Ms(slowest)})";
        string Q(double median, double slowest) => $"{Format.N(median, "0.0")} ms ({Format.N(slowest, "0.0")} ms)";
        var d = t.Desktop;
        var p = t.Phone;
        sb.Append($"| {name} | {disk} | {Kb(d.MedianBytes, d.MostBytes)} | {Kb(d.MedianSearchBytes, d.MostSearchBytes)} | {Ms(d.MedianFirstResultsMs, d.SlowestFirstResultsMs)} | {Q(d.MedianQueryMs, d.SlowestQueryMs)} | {Format.N(d.MedianRepeatMs, "0.0")} ms | {Format.Ms(p.MedianFirstResultsMs)} ({Format.Ms(p.SlowestFirstResultsMs)}; one load {Format.Ms(p.SlowestLoadMs)}) | {Q(p.MedianQueryMs, p.SlowestQueryMs)} | {Q(p.MedianTypedMs, p.SlowestTypedMs)} | {Format.N(p.MedianRepeatMs, "0.0")} ms | {(t.FromDiskMs is { } fd ? Format.Ms(fd) : "-")} |\n");
    }
}
