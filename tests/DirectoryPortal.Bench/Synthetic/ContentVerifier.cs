using DirectoryPortal.Model;
using DirectoryPortal.Pipeline;

namespace DirectoryPortal.Bench.Synthetic;

/// Runs the generator's own checks on synthetic content: a benchmark of content the generator refuses proves nothing.
public static class ContentVerifier
{
    /// Prints every problem; returns false when there is any error. Warnings are printed but allowed.
    public static bool Verify(string contentDirectory, DateOnly today, TextWriter log)
    {
        var (content, problems) = SiteBuilder.Check(contentDirectory, today);
        var sorted = problems.Sorted();
        foreach (var p in sorted.Take(50))
            log.WriteLine($"  {p.Severity.ToString().ToLowerInvariant()}: {p.File}:{p.Line}:{p.Column} {p.Field} {p.Message}");
        if (sorted.Count > 50) log.WriteLine($"  ... and {sorted.Count - 50} more");
        var errors = sorted.Count(p => p.Severity == Severity.Error);
        log.WriteLine($"  checked {content.Services.Count} services, {content.Guidance.Count} guidance pages: {errors} error(s), {sorted.Count - errors} warning(s)");
        return errors == 0;
    }
}
