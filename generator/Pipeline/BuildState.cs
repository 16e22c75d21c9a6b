using DirectoryPortal.Model;
using DirectoryPortal.Render;
using DirectoryPortal.Write;

namespace DirectoryPortal.Pipeline;

/// A finished in-memory build: what `serve` keeps so the next edit can be rebuilt from it.
/// <paramref name="Site"/> carries the content and the rendered service cards, reused for services an edit leaves alone.
public sealed record BuildState(SiteView Site, IReadOnlyList<Problem> Problems, OutputFiles Output)
{
    public ContentSet Content => Site.Content;
}
