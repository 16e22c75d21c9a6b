namespace DirectoryPortal.Bench.Measure;

/// What a warm rebuild after editing one service costs, and how much of the output it touches.
public sealed record RebuildResult(
    IReadOnlyList<double> NoChangeRebuildMs,
    IReadOnlyList<double> OneServiceRebuildMs,
    bool DeterministicInProcess,
    int OutputFiles,
    int FilesRewritten,
    int FilesWithChangedContent);
