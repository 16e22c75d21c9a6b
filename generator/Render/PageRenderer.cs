using System.Collections.Concurrent;
using RazorLight;
using RazorLight.Compilation;
using RazorLight.Generation;

namespace DirectoryPortal.Render;

/// Stage 3: renders page models with the theme's Razor layouts. Templates compile once and are reused.
public sealed class PageRenderer
{
    private readonly RazorLightEngine _engine;
    private readonly LayeredProject _project;
    private readonly Lazy<Task> _compiled;

    /// <paramref name="siteLayouts"/> is the content folder: its layouts/ and components/ override the theme's.
    /// <paramref name="templateCache"/> is the folder for compiled templates; null compiles every time.
    public PageRenderer(string themeDirectory, string? siteOverrides = null, string? templateCache = null)
    {
        var roots = new List<string>();
        if (siteOverrides is not null) roots.Add(siteOverrides);
        roots.Add(themeDirectory);
        _project = new LayeredProject(roots);
        var built = new RazorLightEngineBuilder()
            .UseProject(_project)
            .UseMemoryCachingProvider()
            .SetOperatingAssembly(typeof(PageRenderer).Assembly)
            .Build();
        // Same engine, but templates go through our disk cache instead of straight to Roslyn.
        var handler = (EngineHandler)built.Handler;
        var options = handler.Options;
        Templates = new TemplateCache(new DefaultMetadataReferenceManager(options.AdditionalMetadataReferences, options.ExcludedAssemblies),
            typeof(PageRenderer).Assembly, templateCache);
        var compiler = new RazorTemplateCompiler(SourceGeneratorOf(handler.Compiler), Templates, _project, options);
        // RazorLight writes every letter outside Basic Latin as a character reference unless a page is given
        // another encoder: an Arabic or Bengali page would be several times its size on the phones least able
        // to afford it. Layouts and partials are pages too, and each passes through this callback.
        options.PreRenderCallbacks.Add(page => { if (page is TemplatePageBase p) p.HtmlEncoder = PageEncoding.Html; });
        _engine = new RazorLightEngine(new EngineHandler(options, compiler, handler.FactoryProvider, handler.Cache));
        _compiled = new Lazy<Task>(CompileAllAsync);
        _keys = new Lazy<HashSet<string>>(() => _project.TemplateKeys().ToHashSet(StringComparer.Ordinal));
    }

    // The templates on disk, listed once: every page asked the file system before it rendered. A renderer
    // lives as long as its templates do (serve makes a new builder when a template changes).
    private readonly Lazy<HashSet<string>> _keys;

    /// Where compiled templates came from in this renderer's life: the disk cache or Roslyn.
    public TemplateCache Templates { get; }

    // RazorLight 2.3 builds its Razor-to-C# generator internally and exposes no getter for it; we reuse
    // that one rather than configure a second and risk generating different code.
    private static RazorSourceGenerator SourceGeneratorOf(IRazorTemplateCompiler compiler) =>
        (RazorSourceGenerator)compiler.GetType().GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
            .Single(f => f.FieldType == typeof(RazorSourceGenerator)).GetValue(compiler)!;

    /// Compiles every layout and component once (later calls return the same task). The templates do not
    /// depend on the content, so a build starts this first and loads content while Roslyn works.
    public Task PrecompileAsync() => _compiled.Value;

    private Task CompileAllAsync() => Task.Run(() =>
        Parallel.ForEachAsync(_keys.Value, async (key, _) => await _engine.CompileTemplateAsync(key)));

    /// Renders every page, in parallel, and returns them keyed by output path, as UTF-8. <paramref name="previous"/>,
    /// the last build's files, sizes each page's buffer so big pages are not copied as they grow.
    public async Task<IReadOnlyDictionary<string, byte[]>> RenderAllAsync(IReadOnlyList<PageModel> pages, IReadOnlyDictionary<string, byte[]>? previous = null)
    {
        // Compiled up front, so parallel renders never race to compile the same template.
        await PrecompileAsync();
        var results = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(pages, async (page, _) =>
        {
            var size = previous is not null && previous.TryGetValue(page.Path, out var old) ? old.Length + old.Length / 8 : 0;
            results[page.Path] = await RenderBytesAsync(page, size);
        });
        return results;
    }

    /// A partial (a layout's building block) on its own, for PartialCache.
    public Task<string> RenderPartialAsync(string key, object model)
    {
        if (!_keys.Value.Contains(key))
            throw new TemplateNotFoundException($"The theme has no partial '{key}.cshtml'.");
        return _engine.CompileRenderAsync<object>(key, model);
    }

    /// The file a layout comes from: the site's own override in content/layouts/, or the theme's.
    public string? LayoutFile(string layout) => _project.Resolve("layouts/" + layout);

    /// One page as text, for tests and tools.
    public async Task<string> RenderAsync(PageModel page) => System.Text.Encoding.UTF8.GetString(await RenderBytesAsync(page));

    /// One page as the UTF-8 bytes of its file.
    public async Task<byte[]> RenderBytesAsync(PageModel page, int sizeHint = 0)
    {
        var key = "layouts/" + page.Layout;
        if (!_keys.Value.Contains(key))
            throw new TemplateNotFoundException($"The theme has no layout '{key}.cshtml' for {page.Path}.");
        var template = await _engine.CompileTemplateAsync(key);
        var writer = new Utf8PageWriter(sizeHint > 0 ? sizeHint : 16 * 1024);
        await _engine.RenderTemplateAsync<object>(template, page, writer);
        return writer.ToArray();
    }
}

/// A layout a page needs is missing from both the site and the theme.
public sealed class TemplateNotFoundException(string message) : Exception(message);
