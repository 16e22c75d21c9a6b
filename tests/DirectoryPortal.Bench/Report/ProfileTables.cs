using System.Text;
using DirectoryPortal.Bench.Measure;

namespace DirectoryPortal.Bench.Report;

/// The rebuild section and the per-stage profile, from the `profile` child process.
public static class ProfileTables
{
    public static void Append(StringBuilder sb, IReadOnlyList<SizeResult> results)
    {
        sb.Append("### Rebuild after editing one service\n\n");
        sb.Append("**`serve`**: the real command (`directoryportal serve --port 0`) started on each size's content; after its first build, one service's `description` is edited and saved, ");
        sb.Append("a different service each time. *Edited page* and *everything* are the times `serve` prints itself: when the edited service's own page is served again, and when the lists, ");
        sb.Append("linking pages and search index have caught up too. *From save* runs from writing the file until serve prints that everything is done, so it includes the file watcher's 60 ms quiet period. ");
        sb.Append("`serve` rebuilds into memory and writes nothing to disk.\n\n");
        sb.Append("| services | first build | edited page (median) | everything (median, each run) | from save to everything (median) | pages re-rendered | serve peak memory |\n");
        sb.Append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var r in results)
        {
            if (r.Serve is not { } sv)
            {
                sb.Append($"| {Format.Int(r.Services)} | not measured: `serve` could not be run | | | | | |\n");
                continue;
            }
            sb.Append($"| {Format.Int(r.Services)} | {Format.Ms(sv.StartupMs)} | {Format.Ms(Stats.Median(sv.ReportedPageMs))} | {Format.Ms(Stats.Median(sv.ReportedCompleteMs))} ({string.Join(", ", sv.ReportedCompleteMs.Select(v => Format.N(v, "0")))}) | {Format.Ms(Stats.Median(sv.SaveToCompleteMs))} | {string.Join(", ", sv.PagesRerendered.Distinct())} | {(sv.PeakRssBytes is { } b ? Format.Mb(b) : "?")} |\n");
        }
        sb.Append("\n**`build` run twice in one process**: one `SiteBuilder` kept alive (templates compiled, code JIT-compiled), building the whole site again and writing it to disk. ");
        sb.Append("It shows what a full rebuild costs once start-up is paid, and how many files each build rewrites.\n\n");
        sb.Append("| services | warm build, nothing changed | warm build, one service edited | files in output | files rewritten | files whose content changed | same bytes every build |\n");
        sb.Append("| ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        foreach (var r in results.Where(r => r.Profile is not null))
        {
            var rb = r.Profile!.Rebuild;
            sb.Append($"| {Format.Int(r.Services)} | {Format.Ms(Stats.Median(rb.NoChangeRebuildMs))} | {Format.Ms(Stats.Median(rb.OneServiceRebuildMs))} | {Format.Int(rb.OutputFiles)} | {Format.Int(rb.FilesRewritten)} | {Format.Int(rb.FilesWithChangedContent)} | {(rb.DeterministicInProcess ? "yes" : "no")} |\n");
        }

        var profiled = results.Where(r => r.Profile is not null).ToList();
        if (profiled.Count == 0) return;
        sb.Append("\n### Where the time goes\n\nOne cold build per size in a fresh process, stage by stage as `SiteBuilder.BuildAsync` runs them (time, then managed memory allocated). ");
        sb.Append("The total leaves out process start-up, so it is lower than the wall time above.\n\n");
        sb.Append("| stage | " + string.Join(" | ", profiled.Select(r => Format.Int(r.Services))) + " |\n");
        sb.Append("| --- | " + string.Join(" | ", profiled.Select(_ => "---:")) + " |\n");
        foreach (var name in profiled[0].Profile!.Phases.Phases.Select(p => p.Name))
            sb.Append($"| {name} | " + string.Join(" | ", profiled.Select(r => Cell(r.Profile!.Phases.Phases.FirstOrDefault(p => p.Name == name)))) + " |\n");
        sb.Append("| **total** | " + string.Join(" | ", profiled.Select(r => "**" + Format.Ms(r.Profile!.Phases.TotalMs) + "**")) + " |\n");
        sb.Append("| for comparison: Markdown to HTML of every details and body on one thread (done inside render, lazily) | " + string.Join(" | ", profiled.Select(r => Format.Ms(r.Profile!.Phases.MarkdownMs))) + " |\n");

        if (profiled.Count >= 2)
        {
            // A stage whose cost per extra service rises from one step to the next is the place to look for a quadratic loop.
            var steps = profiled.Zip(profiled.Skip(1)).ToList();
            sb.Append("\nCost of each extra service, by stage (microseconds; flat from step to step means linear):\n\n");
            sb.Append("| stage | " + string.Join(" | ", steps.Select(st => $"{Format.Int(st.First.Services)} to {Format.Int(st.Second.Services)}")) + " |\n");
            sb.Append("| --- | " + string.Join(" | ", steps.Select(_ => "---:")) + " |\n");
            foreach (var name in profiled[0].Profile!.Phases.Phases.Select(p => p.Name))
                sb.Append($"| {name} | " + string.Join(" | ", steps.Select(st => Marginal(st.First, st.Second, name))) + " |\n");
        }

        sb.Append("\nRendering each kind of page on one thread (templates already compiled), to show which pages cost what:\n\n");
        foreach (var r in profiled)
        {
            sb.Append($"- {Format.Int(r.Services)} services: ");
            sb.Append(string.Join("; ", r.Profile!.Phases.RenderByLayout.OrderByDescending(p => p.Ms).Select(p => $"{p.Name} {Format.Ms(p.Ms)}")));
            sb.Append('\n');
        }
        sb.Append('\n');
    }

    private static string Marginal(SizeResult small, SizeResult large, string phase)
    {
        var a = small.Profile!.Phases.Phases.FirstOrDefault(p => p.Name == phase);
        var b = large.Profile!.Phases.Phases.FirstOrDefault(p => p.Name == phase);
        return a is null || b is null ? "-" : Format.N(1000 * Scaling.Marginal(a.Ms, small.Services, b.Ms, large.Services), "0");
    }

    private static string Cell(PhaseTiming? p) => p is null ? "-" : $"{Format.Ms(p.Ms)}, {Format.Mb(p.AllocatedBytes)}";
}
