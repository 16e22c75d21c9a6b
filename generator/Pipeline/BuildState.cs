using DirectoryPortal.Model;
using DirectoryPortal.Render;
using DirectoryPortal.Write;

namespace DirectoryPortal.Pipeline;

/// A finished in-memory build: what `serve` keeps so the next edit can be rebuilt from it.
/// <paramref name="Sites"/> has one view per language, English first; each carries its content and its
/// rendered service cards, reused for services an edit leaves alone.
public sealed record BuildState(IReadOnlyList<SiteView> Sites, IReadOnlyList<Problem> Problems, OutputFiles Output)
{
    /// The English site, whose content every other language is made from.
    public SiteView Site => Sites[0];
    public ContentSet Content => Site.Content;
}
