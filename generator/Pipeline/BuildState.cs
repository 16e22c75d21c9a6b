using DirectoryPortal.Model;
using DirectoryPortal.Render;
using DirectoryPortal.Write;

namespace DirectoryPortal.Pipeline;

/// A finished in-memory build: what `serve` keeps so the next edit can be rebuilt from it.
/// <paramref name="Partials"/> are its rendered service cards, reused for services an edit leaves alone.
public sealed record BuildState(ContentSet Content, IReadOnlyList<Problem> Problems, OutputFiles Output, PartialCache Partials);
