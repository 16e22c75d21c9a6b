namespace DirectoryPortal.Bench.Measure;

/// What the `profile` child process reports back as JSON: the cold phase profile and the warm rebuilds.
public sealed record ProfileResult(PhaseTimings Phases, RebuildResult Rebuild);
