using System.Text.Json;
using DirectoryPortal.Bench.Browser;
using DirectoryPortal.Bench.Hugo;
using DirectoryPortal.Bench.Measure;
using DirectoryPortal.Bench.Report;
using DirectoryPortal.Bench.Synthetic;

namespace DirectoryPortal.Bench;

/// Runs the whole benchmark: for each size, write the content, check it, then time both generators in turn.
public sealed class BenchRunner(RepoPaths repo, BenchOptions options, TextWriter log)
{
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly string _hugo = File.Exists("/usr/bin/hugo") ? "/usr/bin/hugo" : "hugo";
    private string? _readyToRun;

    /// False when the synthetic content fails the generator's checks or a build fails.
    public bool Run()
    {
        var machine = MachineInfo.Collect(repo.Root, _hugo);
        log.WriteLine(machine.OneLine);
        var shipped = ShippedSite.Read(repo.ShippedContent);
        var generator = new DirectoryGenerator(shipped.CategorySlugs, shipped.AudienceSlugs, _today);
        var shippedResult = new ShippedProbe(repo, options, log).RunAsync().GetAwaiter().GetResult();
        _readyToRun = ReadyToRunGenerator.Publish(repo, Path.Combine(options.WorkDirectory, "generator-readytorun"), log);
        var results = new List<SizeResult>();
        foreach (var size in options.Sizes)
        {
            var dir = Path.Combine(options.WorkDirectory, size.ToString());
            var content = Path.Combine(dir, "content");
            var hugoSite = Path.Combine(dir, "hugo-site");
            log.WriteLine($"== {size} services: writing content to {dir}");
            var synthetic = generator.Generate(size, shipped.LinkedServiceSlugs);
            ContentWriter.Write(synthetic, repo.ShippedContent, content);
            if (!ContentVerifier.Verify(content, _today, log))
            {
                log.WriteLine("The synthetic content does not pass the generator's checks; fix the generator in tests/DirectoryPortal.Bench/Synthetic.");
                return false;
            }
            HugoSite.Write(synthetic, shipped.Taxonomy, repo.HugoTemplates, repo.Theme, hugoSite);
            results.Add(MeasureSize(size, synthetic.Guidance.Count, dir, content, hugoSite));
        }
        // Smallest first in every table, whatever order the sizes ran in.
        var markdown = ReportWriter.Generated(machine, options, shippedResult, results.OrderBy(r => r.Services).ToList());
        if (options.ReportPath is { } path)
        {
            ReportWriter.WriteInto(Path.GetFullPath(path), markdown);
            log.WriteLine($"Wrote {Path.GetFullPath(path)}");
        }
        else
        {
            log.WriteLine(markdown);
        }
        return true;
    }

    private SizeResult MeasureSize(int size, int guidance, string dir, string content, string hugoSite)
    {
        var ourOut = Path.Combine(dir, "out-ours");
        var hugoOut = Path.Combine(dir, "out-hugo");
        // One untimed build each first, so both start with the content in the page cache and the binaries loaded.
        Ours(content, ourOut);
        Hugo(hugoSite, hugoOut);
        var firstHash = OutputHash.Whole(ourOut);
        var ours = new List<ProcessSample>();
        var cold = new List<ProcessSample>();
        var readyToRun = new List<ProcessSample>();
        var hugo = new List<ProcessSample>();
        var loadBefore = SizeResult.LoadAverage();
        for (var run = 0; run < options.Runs; run++)
        {
            // Alternate who goes first, so neither always runs on a machine the other has just warmed or heated.
            if (run % 2 == 0) { ours.Add(Ours(content, ourOut)); hugo.Add(Hugo(hugoSite, hugoOut)); cold.Add(Ours(content, ourOut, templateCache: false)); }
            else { cold.Add(Ours(content, ourOut, templateCache: false)); hugo.Add(Hugo(hugoSite, hugoOut)); ours.Add(Ours(content, ourOut)); }
            if (_readyToRun is not null) readyToRun.Add(Ours(content, ourOut, templateCache: false, dll: _readyToRun));
            log.WriteLine($"   run {run + 1}: ours {ours[^1].WallMs:0} ms ({Mb(ours[^1].PeakRssBytes)} MB), templates compiled {cold[^1].WallMs:0} ms, hugo {hugo[^1].WallMs:0} ms ({Mb(hugo[^1].PeakRssBytes)} MB){(readyToRun.Count > 0 ? $", ReadyToRun with templates compiled {readyToRun[^1].WallMs:0} ms" : "")}");
        }
        var loadAfter = SizeResult.LoadAverage();
        var deterministic = OutputHash.Whole(ourOut) == firstHash;
        var ourStats = OutputStats.Of(ourOut);
        var hugoStats = OutputStats.Of(hugoOut);
        var search = SearchProbe.RunAsync(ourOut, SyntheticQueries, log).GetAwaiter().GetResult();
        if (search is not null) log.WriteLine("   " + SearchTables.Describe("search", search).Replace("\n", "\n   "));
        // Pagefind on the largest size only: it is the comparison issue 19 asks for, and it takes minutes.
        var pagefind = size == options.Sizes.Max() ? PagefindProbe.RunAsync(repo, ourOut, dir, SyntheticQueries, log).GetAwaiter().GetResult() : null;
        if (pagefind is not null) log.WriteLine("   " + SearchTables.Describe("pagefind", pagefind.Search).Replace("\n", "\n   "));
        // Both of these edit service files, so they come after every timed build of this size.
        var profile = Profile(content, dir);
        var serve = new ServeProbe(repo.GeneratorDll, content, repo.Theme, repo.Root).RunAsync(options.Runs, log).GetAwaiter().GetResult();
        if (serve is not null)
            log.WriteLine($"   serve: first build {serve.StartupMs:0} ms; one-service edit: page {Stats.Median(serve.ReportedPageMs):0} ms, everything {Stats.Median(serve.ReportedCompleteMs):0} ms reported, {Stats.Median(serve.SaveToCompleteMs):0} ms from save");
        return new SizeResult(size, guidance, DirectoryBytes(content), ours, hugo, ourStats, hugoStats, deterministic, profile) { Serve = serve, Load = (loadBefore, loadAfter), Search = search, Pagefind = pagefind, OursCold = cold, OursReadyToRunCold = readyToRun };
    }

    /// Searches a visitor might type into a big directory built from Words: single words, phrases, a typo, a question.
    public static readonly string[] SyntheticQueries =
    [
        "refuge", "counselling", "legal advice", "housing", "helpline", "deaf", "safety plan", "women's support hackney",
        "lgbt", "forced marrage", "my partner hits me", "where can i get help with money", "outreach islington", "peer support group",
    ];

    /// With <paramref name="templateCache"/> the benchmark's own cache folder (filled by the untimed first
    /// build) is used, as on an editor's machine; without it every template is compiled by Roslyn.
    private ProcessSample Ours(string content, string output, bool templateCache = true, string? dll = null)
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var cache = templateCache ? Path.Combine(options.WorkDirectory, "template-cache") : "off";
        var sample = TimedProcess.Run("dotnet", [dll ?? repo.GeneratorDll, "build", "--content", content, "--theme", repo.Theme, "--out", output], repo.Root,
            new Dictionary<string, string> { ["DIRECTORYPORTAL_TEMPLATE_CACHE"] = cache });
        if (sample.ExitCode != 0) throw new InvalidOperationException($"directoryportal build failed ({sample.ExitCode}):\n{sample.StdErr}");
        return sample;
    }

    private ProcessSample Hugo(string site, string output)
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var sample = TimedProcess.Run(_hugo, ["--quiet", "-s", site, "-d", output], repo.Root);
        if (sample.ExitCode != 0) throw new InvalidOperationException($"hugo failed ({sample.ExitCode}):\n{sample.StdErr}");
        return sample;
    }

    /// The phase profile and warm rebuilds, in a fresh process of this same program.
    private ProfileResult? Profile(string content, string dir)
    {
        var self = typeof(BenchRunner).Assembly.Location;
        var runs = Math.Min(options.Runs, 3);
        var sample = TimedProcess.Run("dotnet", [self, "profile", "--content", content, "--theme", repo.Theme,
            "--out", Path.Combine(dir, "out-profile"), "--runs", runs.ToString(), "--today", _today.ToString("yyyy-MM-dd")], repo.Root);
        if (sample.ExitCode != 0)
        {
            log.WriteLine($"   profile failed ({sample.ExitCode}): {sample.StdErr}");
            return null;
        }
        var json = sample.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        var result = JsonSerializer.Deserialize<ProfileResult>(json);
        log.WriteLine($"   profile: {result!.Phases.TotalMs:0} ms cold; warm one-service rebuild {Stats.Median(result.Rebuild.OneServiceRebuildMs):0} ms");
        return result;
    }

    private static long DirectoryBytes(string dir) =>
        new DirectoryInfo(dir).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    private static string Mb(long? bytes) => bytes is null ? "?" : (bytes.Value / 1048576.0).ToString("0");
}
