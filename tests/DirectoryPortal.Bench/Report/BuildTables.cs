using System.Text;
using DirectoryPortal.Bench.Measure;

namespace DirectoryPortal.Bench.Report;

/// The full-build, output-size and raw-run tables.
public static class BuildTables
{
    public static void Append(StringBuilder sb, IReadOnlyList<SizeResult> results)
    {
        sb.Append("### Full build\n\nWall time of the whole command (process start to exit, including .NET start-up and template compilation), median of the timed runs, with the fastest and slowest in brackets. Other people's work on the machine only ever slows a run down, so the ratio of the fastest runs is the better guide when the load column is high. CPU time (user plus system, all threads, median) is the work each generator did, which contention disturbs far less than wall time; a CPU ratio below the wall ratio means ours leaves cores idle. Peak memory is the largest maximum resident set size over the runs.\n\n");
        sb.Append("*Ours* reuses compiled templates from the template cache, as every build after the first does on an editor's machine; *ours, templates compiled* turns the cache off (`DIRECTORYPORTAL_TEMPLATE_CACHE=off`), as on the very first build or after a change to the theme or the generator, so Roslyn compiles all 17 templates (about 2 seconds of CPU). *ReadyToRun, templates compiled* is the same cold build with the generator published ahead-of-time compiled (`dotnet publish generator -c Release -r linux-x64 -p:PublishReadyToRun=true`), as a site's CI pipeline would deploy it, so .NET does not JIT Roslyn, YamlDotNet and our code on every run.\n\n");
        sb.Append("| services | ours | ours, templates compiled | ReadyToRun, templates compiled | Hugo | ours / Hugo | templates compiled / Hugo | ReadyToRun, templates compiled / Hugo | ours / Hugo, fastest runs | CPU time ours, Hugo (ratio) | ours peak memory | Hugo peak memory | ms per service, ours | ms per service, Hugo | machine load before, after |\n");
        sb.Append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var r in results)
            sb.Append($"| {Format.Int(r.Services)} | {Format.Ms(r.OurMedianMs)} ({Range(r.Ours)}) | {(r.OursCold.Count > 0 ? $"{Format.Ms(r.OurColdMedianMs)} ({Range(r.OursCold)})" : "-")} | {(r.OursReadyToRunCold.Count > 0 ? $"{Format.Ms(r.ReadyToRunColdMedianMs)} ({Range(r.OursReadyToRunCold)})" : "-")} | {Format.Ms(r.HugoMedianMs)} ({Range(r.Hugo)}) | {Format.N(r.Ratio)} | {(r.OursCold.Count > 0 ? Format.N(r.ColdRatio) : "-")} | {(r.OursReadyToRunCold.Count > 0 ? Format.N(r.ReadyToRunColdRatio) : "-")} | {Format.N(Stats.Min(r.Ours.Select(x => x.WallMs)) / Stats.Min(r.Hugo.Select(x => x.WallMs)))} | {Format.Ms(r.OurCpuMedianMs)}, {Format.Ms(r.HugoCpuMedianMs)} ({Format.N(r.OurCpuMedianMs / r.HugoCpuMedianMs)}) | {Format.Mb(r.OurPeakBytes)} | {Format.Mb(r.HugoPeakBytes)} | {Format.N(r.OurMedianMs / r.Services, "0.000")} | {Format.N(r.HugoMedianMs / r.Services, "0.000")} | {Format.N(r.Load.Before, "0.0")}, {Format.N(r.Load.After, "0.0")} |\n");

        sb.Append("\n### Output\n\n| services | content in | ours: size | ours: files | ours: bytes per service | Hugo: size | Hugo: files | search index (`assets/search-index.js`) |\n");
        sb.Append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        foreach (var r in results)
        {
            var index = r.OurOutput.SearchIndexBytes is { } b ? $"{Format.Kb(b)}, {Format.Kb(r.OurOutput.SearchIndexGzipBytes ?? 0)} gzipped" : "not built yet";
            sb.Append($"| {Format.Int(r.Services)} | {Format.Mb(r.ContentBytes)} | {Format.Mb(r.OurOutput.Bytes)} | {Format.Int(r.OurOutput.Files)} | {Format.Int(r.OurOutput.Bytes / r.Services)} | {Format.Mb(r.HugoOutput.Bytes)} | {Format.Int(r.HugoOutput.Files)} | {index} |\n");
        }

        sb.Append("\n### Every timed run\n\nIn the order they ran; odd runs go ours, Hugo, ours with templates compiled; even runs the other way round; the ReadyToRun build runs last in each.\n\n| services | ours (ms) | ours, templates compiled (ms) | ReadyToRun, templates compiled (ms) | Hugo (ms) |\n| ---: | --- | --- | --- | --- |\n");
        foreach (var r in results)
            sb.Append($"| {Format.Int(r.Services)} | {string.Join(", ", r.Ours.Select(s => Format.N(s.WallMs, "0")))} | {string.Join(", ", r.OursCold.Select(s => Format.N(s.WallMs, "0")))} | {string.Join(", ", r.OursReadyToRunCold.Select(s => Format.N(s.WallMs, "0")))} | {string.Join(", ", r.Hugo.Select(s => Format.N(s.WallMs, "0")))} |\n");
        sb.Append('\n');
    }

    private static string Range(IReadOnlyList<ProcessSample> runs) =>
        $"{Format.Ms(Stats.Min(runs.Select(s => s.WallMs)))} to {Format.Ms(Stats.Max(runs.Select(s => s.WallMs)))}";
}
