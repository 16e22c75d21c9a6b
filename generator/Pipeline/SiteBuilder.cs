using System.Diagnostics;
using DirectoryPortal.Load;
using DirectoryPortal.Model;
using DirectoryPortal.Render;
using DirectoryPortal.Validate;
using DirectoryPortal.Write;

namespace DirectoryPortal.Pipeline;

/// The whole pipeline: load, validate, render, index, write. Build once per theme, reuse for many builds.
public sealed class SiteBuilder
{
    private readonly BuildOptions _options;
    private readonly ContentValidator _validator;
    private readonly PageRenderer _renderer;

    public SiteBuilder(BuildOptions options, ContentValidator? validator = null)
    {
        _options = options;
        _validator = validator ?? ContentValidator.Default;
        if (!Directory.Exists(options.ThemeDirectory))
            throw new DirectoryNotFoundException($"Theme folder '{options.ThemeDirectory}' does not exist.");
        _renderer = new PageRenderer(options.ThemeDirectory, options.ContentDirectory);
    }

    /// Loads and validates only; nothing is written.
    public static (ContentSet Content, ProblemList Problems) Check(string contentDirectory, DateOnly today, ContentValidator? validator = null)
    {
        var problems = new ProblemList();
        var content = ContentLoader.Load(contentDirectory, problems);
        (validator ?? ContentValidator.Default).Validate(content, new CheckContext(problems, today));
        return (content, problems);
    }

    public async Task<BuildResult> BuildAsync()
    {
        var clock = Stopwatch.StartNew();
        var (content, problems) = Check(_options.ContentDirectory, _options.Today, _validator);
        if (problems.HasErrors)
            return new BuildResult(problems.Sorted(), 0, content.Services.Count, content.Guidance.Count, clock.Elapsed);

        var site = new SiteView(content);
        var pages = PagePlanner.Plan(site);
        var output = new OutputFiles();
        foreach (var (path, html) in await _renderer.RenderAllAsync(pages)) output.Add(path, html);
        ThemeAssets.Add(output, _options.ThemeDirectory, _options.ContentDirectory);
        SitemapWriter.Add(output, site, pages);
        SiteWriter.Write(output, _options.OutputDirectory);
        return new BuildResult(problems.Sorted(), pages.Count, content.Services.Count, content.Guidance.Count, clock.Elapsed);
    }
}
