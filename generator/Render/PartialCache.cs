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

    /// The partial for <paramref name="service"/> as <paramref name="page"/> would render it (it gets a ServiceView).
    public Task<string> RenderAsync(string template, PageModel page, Service service)
    {
        // Called once per card on every list page: the lookups below allocate nothing when the card is known.
        if (!_bySlug.TryGetValue(service.Slug, out var renderings) || !ReferenceEquals(renderings.Service, service))
            renderings = Fresh(service);
        var key = (template, page.Root);
        if (renderings.Html.TryGetValue(key, out var known)) return known.Value;
        // Lazy, so pages rendering in parallel that want the same card render it once.
        var view = new ServiceView(page, service);
        return renderings.Html.GetOrAdd(key, _ => new Lazy<Task<string>>(() => render(template, view))).Value;
    }

    private Renderings Fresh(Service service)
    {
        var renderings = _bySlug.GetOrAdd(service.Slug, _ => new Renderings(service));
        while (!ReferenceEquals(renderings.Service, service))
        {
            var fresh = new Renderings(service);
            renderings = _bySlug.TryUpdate(service.Slug, fresh, renderings) ? fresh : _bySlug.GetOrAdd(service.Slug, _ => fresh);
        }
        return renderings;
    }

    /// Drops what was rendered for these services, edited or removed since, so it is not kept for nothing.
    public void Forget(IReadOnlySet<string> slugs)
    {
        foreach (var slug in slugs) _bySlug.TryRemove(slug, out _);
    }
}
