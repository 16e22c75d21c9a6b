using DirectoryPortal.Model;

namespace DirectoryPortal.Pipeline;

/// What a build or check produced: its problems, and counts for the summary line.
public sealed record BuildResult(IReadOnlyList<Problem> Problems, int PagesWritten, int Services, int Guidance, TimeSpan Elapsed)
{
    public bool Succeeded => Problems.All(p => p.Severity != Severity.Error);
    public int Errors => Problems.Count(p => p.Severity == Severity.Error);
    public int Warnings => Problems.Count(p => p.Severity == Severity.Warning);
}
