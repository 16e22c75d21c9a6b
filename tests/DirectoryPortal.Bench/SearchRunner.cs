using System.Diagnostics;
using System.Text;
using DirectoryPortal.Bench.Browser;
using DirectoryPortal.Bench.Measure;
using DirectoryPortal.Bench.Report;
using DirectoryPortal.Bench.Synthetic;
using DirectoryPortal.Index;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Render;

namespace DirectoryPortal.Bench;

/// The search benchmark on its own (`search` mode): the shipped site and each synthetic size built once, our
/// search timed in Chromium, Pagefind 1.6.0 over the largest, and the index build timed in this process. It
/// writes its own block of docs/benchmarks.md, so it can run without the hour-long build benchmark.
public sealed class SearchRunner(RepoPaths repo, IReadOnlyList<int> sizes, string work, string? reportPath, TextWriter log)
{
    private const int BuildRuns = 3;

    public async Task<int> RunAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var machine = MachineInfo.Collect(repo.Root, "hugo");
        var sb = new StringBuilder();
        var load = SizeResult.LoadAverage();
        sb.Append($"## Search at scale (issue 19)\n\nRun on {machine.Date}, git {machine.Revision}, {machine.Cpu}, {machine.Cores} cores shared with other work (1-minute load average {Format.N(load, "0.0")} at the start");

        var shippedOut = Path.Combine(work, "shipped-out");
        Build(repo.ShippedContent, shippedOut);
        // Fifteen of the realistic queries: the shipped site's index is one file, so every query downloads the same.
        var shippedQueries = ShippedProbe.Queries(repo.Root).Take(15).ToList();
        var shipped = await SearchProbe.RunAsync(shippedOut, shippedQueries, log);
        var rows = new List<(string Name, OutputStats Output, SearchTiming? Timing)> { ($"shipped content", OutputStats.Of(shippedOut), shipped) };

        var shippedSite = ShippedSite.Read(repo.ShippedContent);
        var generator = new DirectoryGenerator(shippedSite.CategorySlugs, shippedSite.AudienceSlugs, today);
        (int Services, int Guidance, SearchTiming Ours, SearchTiming? Engine, PagefindResult Pagefind, double IndexMs, OutputStats Output)? compared = null;
        foreach (var size in sizes.Order())
        {
            var content = Path.Combine(work, $"content-{size}");
            var output = Path.Combine(work, $"out-{size}");
            var synthetic = generator.Generate(size, shippedSite.LinkedServiceSlugs);
            if (Directory.Exists(content)) Directory.Delete(content, recursive: true);
            ContentWriter.Write(synthetic, repo.ShippedContent, content);
            Build(content, output);
            var stats = OutputStats.Of(output);
            var timing = await SearchProbe.RunAsync(output, BenchRunner.SyntheticQueries, log);
            if (timing is not null) log.WriteLine(SearchTables.Describe($"{size}", timing));
            rows.Add(($"{Format.Int(size)} services, {synthetic.Guidance.Count} guidance pages", stats, timing));
            // Every language is a whole site with its own index; at the largest size, two of them with the same
            // (English) queries, as people mix languages: Polish (lunr-languages' pipeline) and Arabic (its stemmer
            // and our Unicode trimmer, the largest scripts to load).
            if (size == sizes.Max())
                foreach (var (code, name) in new[] { ("pl", "Polish"), ("ar", "Arabic") })
                    if (File.Exists(Path.Combine(output, code, "search.html")))
                    {
                        var own = await SearchProbe.RunAsync(output, BenchRunner.SyntheticQueries, log, code + "/search.html");
                        if (own is not null) log.WriteLine(SearchTables.Describe($"{size} {code}", own));
                        rows.Add(($"{Format.Int(size)} services, {name} search page", OutputStats.Of(output, code), own));
                    }
            if (size == sizes.Max() && timing is not null &&
                await PagefindProbe.RunAsync(repo, output, work, BenchRunner.SyntheticQueries, log) is { } pagefind)
            {
                log.WriteLine(SearchTables.Describe("pagefind", pagefind.Search));
                var engine = await SearchProbe.EngineAsync(output, BenchRunner.SyntheticQueries);
                if (engine is not null) log.WriteLine(SearchTables.Describe("ours, engine alone", engine));
                compared = (size, synthetic.Guidance.Count, timing, engine, pagefind, IndexBuildMs(content, today), stats);
            }
        }
        sb.Append($", {Format.N(SizeResult.LoadAverage(), "0.0")} at the end). Load above the core count slows every figure below, ours and Pagefind's alike.\n\n");
        sb.Append(SearchTables.Method(shippedQueries.Count).Replace("queries in `tests/DirectoryPortal.Tests/Search/queries.txt`", "first queries in `tests/DirectoryPortal.Tests/Search/queries.txt`"));
        SearchTables.Header(sb);
        foreach (var (name, output, timing) in rows) SearchTables.Row(sb, name, output, timing);
        if (compared is { } c) SearchTables.AppendPagefind(sb, c.Services, c.Guidance, c.Ours, c.Pagefind, c.IndexMs, c.Output, c.Engine);

        if (reportPath is null) log.WriteLine(sb.ToString());
        else
        {
            ReportWriter.WriteInto(Path.GetFullPath(reportPath), sb.ToString(), (ReportWriter.SearchBegin, ReportWriter.SearchEnd));
            log.WriteLine($"Wrote {Path.GetFullPath(reportPath)}");
        }
        return 0;
    }

    private void Build(string content, string output)
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var build = TimedProcess.Run("dotnet", [repo.GeneratorDll, "build", "--content", content, "--theme", repo.Theme, "--out", output], repo.Root);
        if (build.ExitCode != 0) throw new InvalidOperationException($"directoryportal build failed ({build.ExitCode}):\n{build.StdErr}");
        log.WriteLine($"== built {content} in {build.WallMs / 1000:0.0} s");
    }

    // The search index stage as the build runs it: every document analysed, indexed, split and written to
    // memory by a fresh writer (nothing kept from an earlier build), median of a few runs.
    private double IndexBuildMs(string content, DateOnly today)
    {
        var (checkedContent, problems) = SiteBuilder.Check(content, today, themeDirectory: repo.Theme);
        if (problems.HasErrors) throw new InvalidOperationException("The synthetic content does not pass the checks.");
        var site = new SiteView(checkedContent, new PartialCache((_, _) => Task.FromResult("")));
        var times = new List<double>();
        for (int i = 0; i < BuildRuns; i++)
        {
            var clock = Stopwatch.StartNew();
            new SearchIndexWriter().Write(site);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        log.WriteLine($"   index build: {string.Join(", ", times.Select(t => t.ToString("0")))} ms");
        return Stats.Median(times);
    }
}
