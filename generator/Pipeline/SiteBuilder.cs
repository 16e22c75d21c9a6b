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
    private readonly Index.SearchIndexWriter _indexWriter = new();

    public SiteBuilder(BuildOptions options, ContentValidator? validator = null)
    {
        _options = options;
        _validator = validator ?? ContentValidator.Default;
        if (!Directory.Exists(options.ThemeDirectory))
            throw new DirectoryNotFoundException($"Theme folder '{options.ThemeDirectory}' does not exist.");
        _renderer = new PageRenderer(options.ThemeDirectory, options.ContentDirectory, options.TemplateCacheDirectory);
    }

    /// Loads and validates only; nothing is written. <paramref name="themeDirectory"/> supplies the theme's words.
    public static (ContentSet Content, ProblemList Problems) Check(string contentDirectory, DateOnly today, ContentValidator? validator = null, string? themeDirectory = null)
    {
        var problems = new ProblemList();
        var content = ContentLoader.Load(contentDirectory, problems, themeDirectory: themeDirectory);
        (validator ?? ContentValidator.Default).Validate(content, new CheckContext(problems, today));
        return (content, problems);
    }

    /// Where this builder's templates came from: the disk cache or Roslyn.
    public TemplateCache Templates => _renderer.Templates;

    public async Task<BuildResult> BuildAsync()
    {
        var (result, output) = await BuildInMemoryAsync();
        if (output is null) return result;
        var write = Stopwatch.StartNew();
        SiteWriter.Write(output, _options.OutputDirectory);
        return result with { Elapsed = result.Elapsed + write.Elapsed, Stages = [.. result.Stages, ("write", write.Elapsed)] };
    }

    /// Loads, checks and renders without touching disk. With <paramref name="previous"/> and a cache that
    /// saw only service files change, re-renders just the pages those services appear on.
    public async Task<(BuildResult Result, OutputFiles? Output)> BuildInMemoryAsync(RecordCache? cache = null, OutputFiles? previous = null)
    {
        var (result, state) = await BuildStateAsync(cache, previous);
        return (result, state?.Output);
    }

    /// As BuildInMemoryAsync, also returning the loaded content for a later RebuildServicesAsync.
    public async Task<(BuildResult Result, BuildState? State)> BuildStateAsync(RecordCache? cache = null, OutputFiles? previous = null)
    {
        var clock = Stopwatch.StartNew();
        var stages = new StageTimer();
        var problems = new ProblemList();
        // Templates compile on other cores while the content loads; render waits for them.
        _ = _renderer.PrecompileAsync();
        var content = ContentLoader.Load(_options.ContentDirectory, problems, cache, _options.ThemeDirectory);
        stages.Lap("load");
        _validator.Validate(content, new CheckContext(problems, _options.Today));
        stages.Lap("validate");
        if (problems.HasErrors)
            return (new BuildResult(problems.Sorted(), 0, content.Services.Count, content.Guidance.Count, clock.Elapsed) { Stages = stages.Laps }, null);

        // Each language is a whole site: the content in that language, planned and rendered on its own.
        var languages = Localize.SiteLanguages.Resolve(content);
        var sites = languages.Select(l => new SiteView(Localize.Localizer.Localize(content, l), new PartialCache(_renderer.RenderPartialAsync), l, languages)).ToList();
        var pages = sites.SelectMany(PagePlanner.Plan).ToList();
        var toRender = previous is not null && cache is not null ? Affected(pages, cache, previous) : pages;
        var output = ReferenceEquals(toRender, pages) ? new OutputFiles() : new OutputFiles(previous!, Planned(pages).Contains);
        // The search indexes need only the content, so they are built while the pages render.
        var indexes = sites.Select(site => Task.Run(() => (Index.SearchIndexWriter.PathFor(site.Language), _indexWriter.Write(site)))).ToList();
        // So are the files partners reuse, from the site in the directory's own language.
        var partners = Task.Run(() => AddPartnerFiles(output, sites[0]));
        foreach (var (path, html) in await _renderer.RenderAllAsync(toRender, previous?.Files)) output.Add(path, html);
        stages.Lap("render");
        await partners;
        foreach (var index in indexes)
        {
            var (path, bytes) = await index;
            output.Add(path, bytes);
        }
        stages.Lap("index (after render)");
        ThemeAssets.Add(output, _options.ThemeDirectory, _options.ContentDirectory);
        SitemapWriter.Add(output, sites[0], pages);
        stages.Lap("assets and sitemap");
        var sorted = problems.Sorted();
        var result = new BuildResult(sorted, toRender.Count, content.Services.Count, content.Guidance.Count, clock.Elapsed) { Stages = stages.Laps };
        return (result, new BuildState(sites, sorted, output));
    }

    /// After edits to service files only: re-reads and re-checks just those files, publishes their own
    /// pages through <paramref name="publish"/> at once, then re-renders the lists, the pages that link
    /// to them and the search index. Returns null when the edit needs a full build instead.
    public async Task<(BuildResult Result, BuildState? State)?> RebuildServicesAsync(
        BuildState previous, IReadOnlyCollection<string> changedFiles, Action<OutputFiles, int> publish)
    {
        // The shortcut knows one site; with several languages every edit is a full build, which is always right.
        if (previous.Sites.Count > 1) return null;
        var clock = Stopwatch.StartNew();
        var problems = new ProblemList();
        var content = ServiceEdit.Apply(previous.Content, changedFiles, problems);
        if (content is null) return null;

        var editedSlugs = changedFiles.Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
        var site = previous.Site.WithEditedServices(content, editedSlugs);
        // Only an edited file can have been added or deleted.
        var slugsChanged = editedSlugs.Any(slug => previous.Site.ServicesBySlug.ContainsKey(slug) != site.ServicesBySlug.ContainsKey(slug));
        // A service added or removed can break a guidance page's links, so guidance is re-checked then too.
        var recheck = changedFiles.ToHashSet(StringComparer.Ordinal);
        if (slugsChanged) recheck.UnionWith(content.Guidance.Select(g => g.SourceFile));
        _validator.Validate(content, new CheckContext(problems, _options.Today) { Scope = r => recheck.Contains(r.SourceFile) });
        var merged = previous.Problems.Where(p => !recheck.Contains(p.File))
            .Concat(problems.Sorted().Where(p => recheck.Contains(p.File)))
            .OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)
            .ThenBy(p => p.Field, StringComparer.Ordinal).ThenBy(p => p.Message, StringComparer.Ordinal).ToList();
        if (merged.Any(p => p.Severity == Severity.Error))
            return (new BuildResult(merged, 0, content.Services.Count, content.Guidance.Count, clock.Elapsed), null);

        // The index needs only the content, so it is built on another core while the pages render. Not
        // before the check: checking fills in each phone's display form and link, which the index stores.
        var index = Task.Run(() => _indexWriter.Write(site));

        var pages = PagePlanner.Plan(site);
        var own = pages.Where(p => p is ServicePage sp && editedSlugs.Contains(sp.Service.Slug)).ToList();
        var quick = new OutputFiles(previous.Output, Planned(pages).Contains);
        foreach (var (path, html) in await _renderer.RenderAllAsync(own, previous.Output.Files)) quick.Add(path, html);
        publish(quick, own.Count);

        // A category page changes only if an edited service was or now is in it.
        var touchedCategories = editedSlugs
            .SelectMany(slug => new[] { previous.Site.ServicesBySlug.GetValueOrDefault(slug), site.ServicesBySlug.GetValueOrDefault(slug) })
            .OfType<Service>().SelectMany(s => s.Categories).ToHashSet(StringComparer.Ordinal);
        var rest = pages.Where(p => !own.Contains(p) && Shows(p, editedSlugs, touchedCategories, previous.Output.Files)).ToList();
        var output = new OutputFiles(quick);
        // The sitemap needs only the page list, so it is written on whichever core the renders leave free.
        var sitemap = Task.Run(() =>
        {
            SitemapWriter.Add(output, site, pages);
            AddPartnerFiles(output, site);
        });
        foreach (var (path, html) in await _renderer.RenderAllAsync(rest, previous.Output.Files)) output.Add(path, html);
        await sitemap;
        output.Add(Index.SearchIndexWriter.OutputPath, await index);
        var result = new BuildResult(merged, own.Count + rest.Count, content.Services.Count, content.Guidance.Count, clock.Elapsed);
        return (result, new BuildState([site], merged, output));
    }

    // The Open Referral feed and the spreadsheet: for partners, written from the content like the search index.
    private static void AddPartnerFiles(OutputFiles output, SiteView site)
    {
        Write.OpenReferral.OpenReferralWriter.Add(output, site);
        DirectoryCsvWriter.Add(output, site);
    }

    private static HashSet<string> Planned(IReadOnlyList<PageModel> pages) => pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);

    // Only a service file changed: its page, the lists it appears in, and the pages that link to it need
    // re-rendering. Anything else (site settings, taxonomy, guidance, theme) changes pages everywhere.
    private static IReadOnlyList<PageModel> Affected(IReadOnlyList<PageModel> pages, RecordCache cache, OutputFiles previous)
    {
        var changed = cache.Changed.ToList();
        if (changed.Count == 0 || changed.Any(c => !c.StartsWith("services/", StringComparison.Ordinal))) return pages;
        var slugs = changed.Select(c => Path.GetFileNameWithoutExtension(c)).ToHashSet(StringComparer.Ordinal);
        // The cache does not keep the records as they were, so the categories a service left are not
        // known: every category page is re-rendered.
        return pages.Where(p => Shows(p, slugs, null, previous.Files)).ToList();
    }

    // Whether a page can change when only these services changed: their own pages, the lists, the
    // category pages they are or were in (all of them when <paramref name="categories"/> is null), the
    // guidance pages that name them, and any page the last build did not have.
    private static bool Shows(PageModel page, IReadOnlySet<string> slugs, IReadOnlySet<string>? categories, IReadOnlyDictionary<string, byte[]> previous) =>
        page switch
        {
            ServicePage sp => slugs.Contains(sp.Service.Slug) || !previous.ContainsKey(page.Path),
            CategoryPage cp => categories is null || categories.Contains(cp.Category.Slug) || !previous.ContainsKey(page.Path),
            GuidancePage gp => gp.Guidance.RelatedServices.Any(slugs.Contains),
            _ => true,
        };
}
