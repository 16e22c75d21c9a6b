using DirectoryPortal.Model;
using DirectoryPortal.Write;

namespace DirectoryPortal.Pipeline;

/// A finished in-memory build: what `serve` keeps so the next edit can be rebuilt from it.
public sealed record BuildState(ContentSet Content, IReadOnlyList<Problem> Problems, OutputFiles Output);
