using System.Collections.Concurrent;
using DirectoryPortal.Model;

namespace DirectoryPortal.Render;

/// Service partials (a card, a print entry) rendered once per page depth and reused: Hugo's partialCached.
/// A list of 10,000 services then costs a string copy per card, and `serve` keeps the cards of services
/// an edit did not touch. A cached partial may use only its service, the page's Root and site-wide data.
public sealed class PartialCache(Func<string, object, Task<string>> render)
{
    private readonly ConcurrentDictionary<string, Renderings> _bySlug = new(StringComparer.Ordinal);

    // What was rendered for one service record. The record itself is kept so that a record re-read from
    // disk never gets the old record's HTML.
    private sealed class Renderings(Service service)
    {
        public Service Service { get; } = service;
        public ConcurrentDictionary<(string Template, string Root), Lazy<Task<string>>> Html { get; } = new();
    }

    public Task<string> RenderAsync(string template, ServiceView view)
    {
        var slug = view.Service.Slug;
        var renderings = _bySlug.GetOrAdd(slug, _ => new Renderings(view.Service));
        while (!ReferenceEquals(renderings.Service, view.Service))
        {
            var fresh = new Renderings(view.Service);
            renderings = _bySlug.TryUpdate(slug, fresh, renderings) ? fresh : _bySlug.GetOrAdd(slug, _ => fresh);
        }
        // Lazy, so pages rendering in parallel that want the same card render it once.
        return renderings.Html.GetOrAdd((template, view.Page.Root), _ => new Lazy<Task<string>>(() => render(template, view))).Value;
    }

    /// Drops what was rendered for these services, edited or removed since, so it is not kept for nothing.
    public void Forget(IReadOnlySet<string> slugs)
    {
        foreach (var slug in slugs) _bySlug.TryRemove(slug, out _);
    }
}
