using System.Collections.Concurrent;
using DirectoryPortal.Model;

namespace DirectoryPortal.Render;

/// Service partials (a card, a print entry) rendered once per page depth and reused: Hugo's partialCached.
/// A list of 10,000 services then costs a string copy per card, and `serve` keeps the cards of services
/// an edit did not touch. A cached partial may use only its service, the page's Root and site-wide data.
public sealed class PartialCache(Func<string, object, Task<string>> render)
{
    private readonly ConcurrentDictionary<(string Template, string Slug, string Root), Entry> _entries = new();

    // The service instance is kept so a record re-read from disk never gets the old record's HTML.
    private sealed record Entry(Service Service, Lazy<Task<string>> Html);

    public Task<string> RenderAsync(string template, ServiceView view)
    {
        var key = (template, view.Service.Slug, view.Page.Root);
        while (true)
        {
            if (_entries.TryGetValue(key, out var found) && ReferenceEquals(found.Service, view.Service)) return found.Html.Value;
            // Lazy, so pages rendering in parallel that want the same card render it once.
            var entry = new Entry(view.Service, new Lazy<Task<string>>(() => render(template, view)));
            if (found is null ? _entries.TryAdd(key, entry) : _entries.TryUpdate(key, entry, found)) return entry.Html.Value;
        }
    }

    /// Drops what was rendered for these services, edited or removed since, so it is not kept for nothing.
    public void Forget(IReadOnlySet<string> slugs)
    {
        foreach (var key in _entries.Keys)
            if (slugs.Contains(key.Slug)) _entries.TryRemove(key, out _);
    }
}
