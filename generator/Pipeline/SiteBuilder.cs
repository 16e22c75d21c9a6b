using System.Diagnostics;
using DirectoryPortal.Load;
using DirectoryPortal.Model;
using DirectoryPortal.Render;
using DirectoryPortal.Validate;
using DirectoryPortal.Write;
using DirectoryPortal.Write.Verify;

namespace DirectoryPortal.Pipeline;

/// The whole pipeline: load, validate, render, index, write. Build once per theme, reuse for many builds.
public sealed class SiteBuilder
{
    private readonly BuildOptions _options;
    private readonly ContentValidator _validator;
    private readonly PageRenderer _renderer;
    // One per language, each with its language's pipeline (Index/Languages); kept for the builder's life, as the
    // English one remembers what each record gave the index between `serve`'s rebuilds.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Index.SearchIndexWriter> _indexWriters = new(StringComparer.Ordinal);

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

    /// Builds and publishes. An unsafe output folder is refused before anything is built
    /// (UnsafeOutputFolderException); a publish that fails throws PublishException and leaves the
    /// previous site exactly as it was.
    public async Task<BuildResult> BuildAsync()
    {
        OutputGuard.Check(_options.OutputDirectory, _options.ContentDirectory, _options.ThemeDirectory);
        var (result, output) = await BuildInMemoryAsync();
        if (output is null) return result;
        var stages = new List<(string, TimeSpan)>(result.Stages);
        var write = Stopwatch.StartNew();
        if (_options.Precompress)
        {
            Precompressor.Add(output);
            stages.Add(("precompress", write.Elapsed));
            write.Restart();
        }
        var report = SiteWriter.Write(output, _options.OutputDirectory, _options.ContentDirectory, _options.ThemeDirectory);
        stages.Add(("write", write.Elapsed));
        return result with
        {
            Elapsed = result.Elapsed + stages.Skip(result.Stages.Count).Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Item2),
            Stages = stages,
            WriteWarnings = report.Warnings,
        };
    }

    /// Loads, checks, renders and verifies without touching disk.
    public async Task<(BuildResult Result, OutputFiles? Output)> BuildInMemoryAsync(RecordCache? cache = null)
    {
        var (result, state) = await BuildStateAsync(cache);
        return (result, state?.Output);
    }

    /// As BuildInMemoryAsync, also returning the loaded content for a later RebuildServicesAsync. Every
    /// page is rendered: <paramref name="cache"/> saves re-reading unchanged records, nothing more.
    public async Task<(BuildResult Result, BuildState? State)> BuildStateAsync(RecordCache? cache = null)
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

        // Theme files are named by their content before any page renders, so pages link to those names; each
        // language's search index is named when it is built (a search page waits for its name).
        var themeFiles = new OutputFiles();
        var published = AssetFingerprints.Publish(ThemeAssets.Collect(_options.ThemeDirectory, content), themeFiles);
        var languages = Localize.SiteLanguages.Resolve(content);
        var indexNames = languages.ToDictionary(l => Index.SearchIndexWriter.PathFor(l), _ => NewIndexName(), StringComparer.Ordinal);
        var assets = new AssetManifest(published, indexNames.ToDictionary(n => n.Key, n => n.Value.Task, StringComparer.Ordinal));
        // Each language is a whole site: the content in that language, planned and rendered on its own.
        var sites = languages.Select(l => new SiteView(Localize.Localizer.Localize(content, l), new PartialCache(_renderer.RenderPartialAsync), l, languages, assets)).ToList();
        var pages = sites.SelectMany(PagePlanner.Plan).ToList();
        var output = new OutputFiles();
        // The search indexes need only the content, so they are built while the pages render.
        // Every language's index also holds the English text of the same pages, from the English site.
        var indexes = sites.Select(site => Task.Run(() => WriteIndex(site, sites[0], indexNames[Index.SearchIndexWriter.PathFor(site.Language)]))).ToList();
        // So are the files partners reuse, from the site in the directory's own language.
        var partners = Task.Run(() => AddPartnerFiles(output, sites[0]));
        foreach (var (path, html) in await _renderer.RenderAllAsync(pages)) output.Add(path, html);
        stages.Lap("render");
        await partners;
        foreach (var index in indexes)
            foreach (var (path, bytes) in await index) output.Add(path, bytes);
        stages.Lap("index (after render)");
        output.AddAll(themeFiles);
        await DropRenamedAssetsAsync(output, assets);
        SitemapWriter.Add(output, sites[0], pages);
        stages.Lap("assets and sitemap");
        foreach (var p in PageVerifier.Verify(output, SafetyFor(pages, sites[0]), MadeBy(pages))) problems.Add(p);
        stages.Lap("verify pages");
        var sorted = problems.Sorted();
        var result = new BuildResult(sorted, pages.Count, content.Services.Count, content.Guidance.Count, clock.Elapsed) { Stages = stages.Laps };
        return (result, problems.HasErrors ? null : new BuildState(sites, sorted, output));
    }

    // Each page is checked against its own language's site: the emergency notice is in that language, with
    // its links relative to the page. Pages no template made (HTML in the theme's static/ folder) answer to
    // the main language.
    private static Func<string, PageSafety> SafetyFor(IReadOnlyList<PageModel> pages, SiteView main)
    {
        var safety = PageSafetyFor(pages, main);
        return _ => safety;
    }

    /// The safety rules for the pages of a build whose main language's site is <paramref name="main"/>.
    public static PageSafety PageSafetyFor(IReadOnlyList<PageModel> pages, SiteView main)
    {
        var byPath = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        return new PageSafety(main.Site.QuickExitUrl, path => byPath.TryGetValue(path, out var page)
            ? page.Site.EmergencyNoticeHtml(page.Link(""))
            : main.EmergencyNoticeHtml(SitePaths.RootFrom(path)));
    }

    // For messages about a page that breaks a safety rule: the layout file that made it.
    private Func<string, string> MadeBy(IReadOnlyList<PageModel> pages)
    {
        var layouts = pages.ToDictionary(p => p.Path, p => p.Layout, StringComparer.Ordinal);
        var content = Path.GetFullPath(_options.ContentDirectory) + Path.DirectorySeparatorChar;
        return path =>
        {
            if (!layouts.TryGetValue(path, out var layout)) return "a file copied from the theme's static/ folder";
            var file = _renderer.LayoutFile(layout);
            return file is not null && Path.GetFullPath(file).StartsWith(content, StringComparison.Ordinal)
                ? $"the site's own layout content/layouts/{layout}.cshtml, which replaces the theme's (a developer feature: it runs code when the site is built)"
                : $"the theme's layout layouts/{layout}.cshtml";
        };
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
        // An edited file that cannot be read is the only error there is: the previous state had none, and
        // references to a broken record are not reported twice. A full build would report exactly this.
        if (problems.HasErrors)
            return (new BuildResult(MergeProblems(previous.Problems, problems, changedFiles), 0, content.Services.Count, content.Guidance.Count, clock.Elapsed), null);
        // A service added or removed changes which pages exist, and any record may link to it: that is a
        // full build's work, so the shortcut stays one whose result is the same as a full build's.
        if (editedSlugs.Any(slug => previous.Site.ServicesBySlug.ContainsKey(slug) != content.Services.Any(s => s.Slug == slug)))
            return null;
        var indexName = NewIndexName();
        var site = previous.Site.WithEditedServices(content, editedSlugs, previous.Site.Assets.WithPending(Index.SearchIndexWriter.PathFor(previous.Site.Language), indexName.Task));
        var recheck = changedFiles.ToHashSet(StringComparer.Ordinal);
        // Any record's text may name a number that only the edited records list, so a change to the
        // numbers listed re-checks every record, as a full build would.
        if (!Validate.NumbersInTextCheck.HeldNumbers(previous.Content).SetEquals(Validate.NumbersInTextCheck.HeldNumbers(content)))
        {
            recheck.UnionWith(content.Guidance.Select(g => g.SourceFile));
            recheck.UnionWith(content.Services.Select(x => x.SourceFile));
        }
        _validator.Validate(content, new CheckContext(problems, _options.Today) { Scope = r => recheck.Contains(r.SourceFile) });
        var merged = MergeProblems(previous.Problems, problems, recheck);
        if (merged.Any(p => p.Severity == Severity.Error))
            return (new BuildResult(merged, 0, content.Services.Count, content.Guidance.Count, clock.Elapsed), null);

        // The index needs only the content, so it is built on another core while the pages render. Not
        // before the check: checking fills in each phone's display form and link, which the index stores.
        var index = Task.Run(() => WriteIndex(site, site, indexName));

        var pages = PagePlanner.Plan(site);
        var own = pages.Where(p => p is ServicePage sp && editedSlugs.Contains(sp.Service.Slug)).ToList();
        var quick = new OutputFiles(previous.Output, Planned(pages).Contains);
        foreach (var (path, html) in await _renderer.RenderAllAsync(own, previous.Output.Files)) quick.Add(path, html);
        var safetyFor = SafetyFor(pages, site);
        var unsafePages = PageVerifier.Verify(quick, safetyFor, MadeBy(pages), own.Select(p => p.Path));
        if (unsafePages.Count > 0)
            return (new BuildResult([.. merged, .. unsafePages], 0, content.Services.Count, content.Guidance.Count, clock.Elapsed), null);
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
        // A split index's parts are named by their content: the last build's must not linger beside the new ones.
        output.RemoveWhere(Index.SearchIndexWriter.IsPart);
        foreach (var (path, bytes) in await index) output.Add(path, bytes);
        await DropRenamedAssetsAsync(output, site.Assets);
        unsafePages = PageVerifier.Verify(output, safetyFor, MadeBy(pages), rest.Select(p => p.Path));
        if (unsafePages.Count > 0)
            return (new BuildResult([.. merged, .. unsafePages], 0, content.Services.Count, content.Guidance.Count, clock.Elapsed), null);
        var result = new BuildResult(merged, own.Count + rest.Count, content.Services.Count, content.Guidance.Count, clock.Elapsed);
        return (result, new BuildState([site], merged, output));
    }

    private static TaskCompletionSource<string> NewIndexName() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    // The index is named by its content, so the search page, which links to it, waits for it (AssetManifest)
    // while the other pages render. Any other file a build makes while pages render is named the same way.
    // A split index's parts carry their own content hashes, and the manifest names them, so the manifest's
    // name covers them too.
    private List<(string Path, byte[] Bytes)> WriteIndex(SiteView site, SiteView english, TaskCompletionSource<string> name)
    {
        try
        {
            var writer = _indexWriters.GetOrAdd(site.Language.Code, code => Index.SearchIndexWriter.For(Index.Languages.LunrLanguage.ForSite(code)));
            var files = writer.Write(site, writer.Bilingual ? english : null).ToList();
            var (manifest, bytes) = files[0];
            var path = AssetFingerprints.Name(manifest, bytes);
            name.SetResult(path);
            files[0] = (path, bytes);
            return files;
        }
        catch (Exception ex)
        {
            name.TrySetException(ex);
            throw;
        }
    }

    // A rebuild that starts from the last site keeps its files; an asset whose content changed has a new
    // name now, and the old one must not linger. A split index's parts are not in the manifest of assets:
    // the index writer replaces them all (SearchIndexWriter.IsPart).
    private static async Task DropRenamedAssetsAsync(OutputFiles output, AssetManifest assets)
    {
        var current = (await assets.AllAsync()).Values.ToHashSet(StringComparer.Ordinal);
        output.RemoveWhere(path => AssetFingerprints.Applies(path) && !current.Contains(path) && !Index.SearchIndexWriter.IsPart(path));
    }

    // The Open Referral feed and the spreadsheet: for partners, written from the content like the search index.
    private static void AddPartnerFiles(OutputFiles output, SiteView site)
    {
        Write.OpenReferral.OpenReferralWriter.Add(output, site);
        DirectoryCsvWriter.Add(output, site);
    }

    private static HashSet<string> Planned(IReadOnlyList<PageModel> pages) => pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);

    // The previous build's problems for files not re-checked, and the new ones for files that were.
    private static List<Problem> MergeProblems(IReadOnlyList<Problem> previous, ProblemList now, IReadOnlyCollection<string> rechecked)
    {
        var files = rechecked.ToHashSet(StringComparer.Ordinal);
        return previous.Where(p => !files.Contains(p.File))
            .Concat(now.Sorted().Where(p => files.Contains(p.File)))
            .OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)
            .ThenBy(p => p.Field, StringComparer.Ordinal).ThenBy(p => p.Message, StringComparer.Ordinal).ToList();
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
