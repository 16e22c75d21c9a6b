using System.Collections.Concurrent;
using RazorLight;

namespace DirectoryPortal.Render;

/// Stage 3: renders page models with the theme's Razor layouts. Templates compile once and are reused.
public sealed class PageRenderer
{
    private readonly RazorLightEngine _engine;
    private readonly LayeredProject _project;

    /// <paramref name="siteLayouts"/> is the content folder: its layouts/ and components/ override the theme's.
    public PageRenderer(string themeDirectory, string? siteOverrides = null)
    {
        var roots = new List<string>();
        if (siteOverrides is not null) roots.Add(siteOverrides);
        roots.Add(themeDirectory);
        _project = new LayeredProject(roots);
        _engine = new RazorLightEngineBuilder()
            .UseProject(_project)
            .UseMemoryCachingProvider()
            .SetOperatingAssembly(typeof(PageRenderer).Assembly)
            .Build();
    }

    /// Renders every page, in parallel, and returns them keyed by output path.
    public async Task<IReadOnlyDictionary<string, string>> RenderAllAsync(IReadOnlyList<PageModel> pages)
    {
        // Compiling the first use of each layout alone avoids several threads compiling the same template.
        foreach (var layout in pages.Select(p => p.Layout).Distinct(StringComparer.Ordinal))
            await RenderAsync(pages.First(p => p.Layout == layout));

        var results = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(pages, async (page, _) => results[page.Path] = await RenderAsync(page));
        return results;
    }

    public async Task<string> RenderAsync(PageModel page)
    {
        var key = "layouts/" + page.Layout;
        if (_project.Resolve(key) is null)
            throw new TemplateNotFoundException($"The theme has no layout '{key}.cshtml' for {page.Path}.");
        var html = await _engine.CompileRenderAsync<object>(key, page);
        return html.Replace("\r\n", "\n");
    }
}

/// A layout a page needs is missing from both the site and the theme.
public sealed class TemplateNotFoundException(string message) : Exception(message);
