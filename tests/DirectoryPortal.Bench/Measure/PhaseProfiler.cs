using System.Diagnostics;
using DirectoryPortal.Index;
using DirectoryPortal.Load;
using DirectoryPortal.Model;
using DirectoryPortal.Render;
using DirectoryPortal.Validate;
using DirectoryPortal.Write;

namespace DirectoryPortal.Bench.Measure;

/// Runs the same stages as SiteBuilder.BuildAsync one at a time, with a clock and an allocation counter on each.
/// Keep it in step with SiteBuilder: the report compares its total with the CLI's wall time to show drift.
public sealed class PhaseProfiler(string contentDirectory, string themeDirectory, string outputDirectory, DateOnly today)
{
    private readonly List<PhaseTiming> _phases = new();

    public async Task<PhaseTimings> RunAsync()
    {
        var problems = new ProblemList();
        var content = Time("load (YAML, Markdown front matter)", () => ContentLoader.Load(contentDirectory, problems, themeDirectory: themeDirectory));
        Time("validate", () => { ContentValidator.Default.Validate(content, new CheckContext(problems, today)); return 0; });
        if (problems.HasErrors) throw new InvalidOperationException("The synthetic content has errors; run without --skip-verify to see them.");

        var renderer = Time("create renderer", () => new PageRenderer(themeDirectory, contentDirectory));
        var pages = Time("plan (SiteView, page list)", () => PagePlanner.Plan(new SiteView(content, new PartialCache(renderer.RenderPartialAsync))));
        // The same warm-up RenderAllAsync does, timed alone: it is where RazorLight compiles each layout.
        await TimeAsync("compile templates (first page of each layout)", async () =>
        {
            foreach (var layout in pages.Select(p => p.Layout).Distinct(StringComparer.Ordinal))
                await renderer.RenderAsync(pages.First(p => p.Layout == layout));
            return 0;
        });
        var rendered = await TimeAsync("render all pages (parallel)", () => renderer.RenderAllAsync(pages));
        var site = pages[0].Site;
        var output = Time("collect (output files, theme assets, sitemap)", () =>
        {
            var files = new OutputFiles();
            foreach (var (path, html) in rendered) files.Add(path, html);
            AssetFingerprints.Publish(ThemeAssets.Collect(themeDirectory, content), files);
            SitemapWriter.Add(files, site, pages);
            return files;
        });
        Time("search index (lunr)", () => { foreach (var (path, bytes) in new SearchIndexWriter().Write(site)) output.Add(path, bytes); return 0; });
        Time("verify pages (safety rules)", () =>
        {
            var safety = DirectoryPortal.Pipeline.SiteBuilder.PageSafetyFor(pages, site);
            var unsafePages = DirectoryPortal.Write.Verify.PageVerifier.Verify(output, _ => safety, _ => "");
            if (unsafePages.Count > 0) throw new InvalidOperationException("The synthetic site breaks a page safety rule: " + unsafePages[0]);
            return 0;
        });
        Time("write (staging folder, swap)", () => { SiteWriter.Write(output, outputDirectory, contentDirectory, themeDirectory); return 0; });

        var byLayout = await RenderByLayoutAsync(renderer, pages);
        return new PhaseTimings(_phases.ToList(), byLayout, MarkdownMs(content), pages.Count);
    }

    /// Each layout's pages rendered on one thread, to show which kind of page costs what (not part of a build).
    private static async Task<IReadOnlyList<PhaseTiming>> RenderByLayoutAsync(PageRenderer renderer, IReadOnlyList<PageModel> pages)
    {
        var result = new List<PhaseTiming>();
        foreach (var group in pages.GroupBy(p => p.Layout).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var allocated = GC.GetTotalAllocatedBytes();
            var clock = Stopwatch.StartNew();
            foreach (var page in group) await renderer.RenderAsync(page);
            result.Add(new PhaseTiming($"{group.Key} ({group.Count()} pages)", clock.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes() - allocated));
        }
        return result;
    }

    /// Markdown to HTML for every details and body on one thread: what that work costs, wherever the pipeline does it.
    private static double MarkdownMs(ContentSet content)
    {
        var clock = Stopwatch.StartNew();
        foreach (var s in content.Services) if (s.Details is not null) MarkdownRenderer.ToHtml(s.Details);
        foreach (var g in content.Guidance) MarkdownRenderer.ToHtml(g.Body);
        return clock.Elapsed.TotalMilliseconds;
    }

    private T Time<T>(string name, Func<T> step)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var result = step();
        _phases.Add(new PhaseTiming(name, clock.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes() - allocated));
        return result;
    }

    private async Task<T> TimeAsync<T>(string name, Func<Task<T>> step)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var result = await step();
        _phases.Add(new PhaseTiming(name, clock.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes() - allocated));
        return result;
    }
}
