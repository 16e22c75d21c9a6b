using System.Text;
using DirectoryPortal.Bench.Browser;
using DirectoryPortal.Bench.Measure;

namespace DirectoryPortal.Bench.Report;

/// Search in the browser and the shipped content's editing loop.
public static class SearchTables
{
    public static void Append(StringBuilder sb, ShippedResult shipped, IReadOnlyList<SizeResult> results)
    {
        sb.Append("### Search in the browser\n\n");
        sb.Append($"Headless Chromium opens `search.html` straight from disk (`file://`, as someone might open a saved copy). *Ready* is the page's load event: lunr.js, the index script parsed, its vectors unpacked and `lunr.Index.load` done. A *query* is one search as the page runs it when the form is submitted (synonyms, lunr, filters and drawing the result list), median of {SearchProbe.Repeats} repeats; the table gives the median and the slowest over all queries. *Slowed {SearchProbe.PhoneSlowdown}x* uses Chromium's CPU throttling to stand in for a cheap phone. The shipped site uses the {(shipped.Search?.Queries ?? 0)} queries in `tests/DirectoryPortal.Tests/Search/queries.txt`; the synthetic sites use 14 queries in `BenchRunner.cs`.\n\n");
        sb.Append("| site | index, gzipped | ready | query, median | query, slowest | slowed: ready | slowed: query median | slowed: query slowest |\n");
        sb.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        Row(sb, $"shipped content ({shipped.Services} services, {shipped.Guidance} guidance pages)", shipped.Output, shipped.Search);
        foreach (var r in results) Row(sb, $"{Format.Int(r.Services)} services, {r.Guidance} guidance pages", r.OurOutput, r.Search);

        sb.Append("\n### Editing the shipped content with `serve`\n\n");
        if (shipped.LiveEditMs is { Count: > 0 } live)
            sb.Append($"`serve` runs on a copy of `content/`; a service page is open in Chromium; the service's description is changed and saved. Timed from the save until the new words are in the page in the browser: the file watcher's quiet period, the rebuild, live reload's next poll (every 250 ms) and the page reload are all inside. Runs: {string.Join(", ", live.Select(t => Format.N(t, "0")))} ms; median {Format.Ms(Stats.Median(live))}.\n\n");
        else
            sb.Append("Not measured: Chromium or `serve` was not available (see the benchmark's log).\n\n");
        if (shipped.Serve is { } s)
            sb.Append($"As `serve` reports it for the same kind of edit: the edited page is served again after {Format.Ms(Stats.Median(s.ReportedPageMs))} and everything (lists, search index) after {Format.Ms(Stats.Median(s.ReportedCompleteMs))} (medians; first build {Format.Ms(s.StartupMs)}).\n\n");
    }

    private static void Row(StringBuilder sb, string name, OutputStats output, SearchTiming? t)
    {
        var gz = output.SearchIndexGzipBytes is { } b ? Format.Kb(b) : "-";
        if (t is null)
        {
            sb.Append($"| {name} | {gz} | not measured | | | | | |\n");
            return;
        }
        sb.Append($"| {name} | {gz} | {Format.Ms(t.Desktop.ReadyMs)} | {Format.N(t.Desktop.MedianQueryMs, "0.0")} ms | {Format.N(t.Desktop.SlowestQueryMs, "0.0")} ms | {Format.Ms(t.Phone.ReadyMs)} | {Format.N(t.Phone.MedianQueryMs, "0.0")} ms | {Format.N(t.Phone.SlowestQueryMs, "0.0")} ms |\n");
    }
}
