using System.IO.Compression;
using System.Text.RegularExpressions;
using DirectoryPortal.Bench.Browser;
using DirectoryPortal.Bench.Measure;
using DirectoryPortal.Bench.Report;

namespace DirectoryPortal.Bench;

/// `search-languages`: the shipped site's search page in every language, served to Chromium (and opened once from disk): what it
/// downloads for search (its index and its language's scripts, gzipped) and how long its realistic queries take.
public sealed partial class SearchLanguagesRunner(RepoPaths repo, BenchOptions options, TextWriter log)
{
    public async Task<bool> RunAsync()
    {
        var machine = MachineInfo.Collect(repo.Root, "hugo");
        log.WriteLine(machine.OneLine);
        var output = Path.Combine(options.WorkDirectory, "search-languages");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        // The build never writes into content/, so the shipped folder itself is built.
        var build = TimedProcess.Run("dotnet", [repo.GeneratorDll, "build", "--content", repo.ShippedContent, "--theme", repo.Theme, "--out", output], repo.Root);
        if (build.ExitCode != 0) throw new InvalidOperationException($"The shipped content did not build ({build.ExitCode}):\n{build.StdErr}");

        var assets = Path.Combine(output, "assets");
        var codes = Directory.EnumerateFiles(assets).Select(f => IndexName().Match(Path.GetFileName(f)))
            .Where(m => m.Success).Select(m => m.Groups["code"].Success ? m.Groups["code"].Value : "en")
            .OrderBy(c => c == "en" ? "" : c, StringComparer.Ordinal).ToList();
        var rows = new List<SearchLanguageResult>();
        foreach (var code in codes)
        {
            var prefix = code == "en" ? "" : code + "/";
            var index = Directory.EnumerateFiles(assets).Single(f => IndexName().Match(Path.GetFileName(f)) is { Success: true } m
                && (m.Groups["code"].Success ? m.Groups["code"].Value : "en") == code);
            // What the page loads for its language's pipeline, beyond the English page's scripts.
            var page = File.ReadAllText(Path.Combine(output, prefix + "search.html"));
            var scripts = ScriptSource().Matches(page).Select(m => m.Groups["src"].Value)
                .Where(s => s.Contains("lunr-languages/", StringComparison.Ordinal) || s.Contains("lunr-unicode.", StringComparison.Ordinal))
                .Select(s => Path.GetFullPath(Path.Combine(output, prefix, s))).ToList();
            var queries = Queries(code);
            log.WriteLine($"== {code}: {queries.Count} queries");
            var timing = await SearchProbe.RunAsync(output, queries, log, prefix + "search.html");
            if (timing is not null)
                log.WriteLine($"   ready {timing.Desktop.ReadyMs:0} ms, query median {timing.Desktop.MedianQueryMs:0.0} ms; slowed {SearchProbe.PhoneSlowdown}x: ready {timing.Phone.ReadyMs:0} ms, query median {timing.Phone.MedianQueryMs:0.0} ms");
            rows.Add(new SearchLanguageResult(code, new FileInfo(index).Length, Gzip(index), scripts.Sum(Gzip), queries.Count, timing));
        }
        Directory.Delete(output, recursive: true);

        var markdown = SearchLanguageTables.Generated(machine, rows);
        if (options.ReportPath is { } path)
        {
            ReportWriter.WriteInto(Path.GetFullPath(path), markdown, SearchLanguageTables.Markers);
            log.WriteLine($"Wrote {Path.GetFullPath(path)}");
        }
        else log.WriteLine(markdown);
        return true;
    }

    // The realistic queries the search tests use for the language: Search/queries.txt for English, queries.<code>.txt for the rest.
    private List<string> Queries(string code) =>
        File.ReadAllLines(Path.Combine(repo.Root, "tests", "DirectoryPortal.Tests", "Search", code == "en" ? "queries.txt" : $"queries.{code}.txt"))
            .Where(l => l.Contains('|') && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Split('|')[0].Trim())
            .ToList();

    private static long Gzip(string path)
    {
        using var counter = new MemoryStream();
        using (var gzip = new GZipStream(counter, CompressionLevel.Optimal, leaveOpen: true))
        using (var input = File.OpenRead(path))
            input.CopyTo(gzip);
        return counter.Length;
    }

    [GeneratedRegex(@"^search-index(\.(?<code>[a-z]{2,3}))?\.[0-9a-f]{10}\.js$")]
    private static partial Regex IndexName();

    [GeneratedRegex("<script src=\"(?<src>[^\"]+)\"")]
    private static partial Regex ScriptSource();
}

/// One language's search: its index (raw and gzipped), its pipeline's scripts (gzipped) and the browser timings.
public sealed record SearchLanguageResult(string Code, long IndexBytes, long IndexGzipBytes, long ScriptsGzipBytes, int Queries, SearchTiming? Timing);
