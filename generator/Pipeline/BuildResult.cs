using DirectoryPortal.Model;

namespace DirectoryPortal.Pipeline;

/// What a build or check produced: its problems, and counts for the summary line.
public sealed record BuildResult(IReadOnlyList<Problem> Problems, int PagesWritten, int Services, int Guidance, TimeSpan Elapsed)
{
    /// How long each stage took, in order, for `build --timings` and the benchmarks.
    public IReadOnlyList<(string Stage, TimeSpan Time)> Stages { get; init; } = [];

    /// What the publish could not tidy up (it never stops a published site being whole).
    public IReadOnlyList<string> WriteWarnings { get; init; } = [];

    public bool Succeeded => Problems.All(p => p.Severity != Severity.Error);
    public int Errors => Problems.Count(p => p.Severity == Severity.Error);
    public int Warnings => Problems.Count(p => p.Severity == Severity.Warning);
}
