namespace DirectoryPortal.Write;

/// Stage 5: puts a finished site on disk only after everything succeeded, whole or not at all.
public static class SiteWriter
{
    /// Summary of one write, for the build's report and the tests.
    public sealed record WriteReport(int Written, int Unchanged, int Deleted, IReadOnlyList<string> Warnings);

    /// Refuses an unsafe output folder (see OutputGuard), then publishes <paramref name="files"/> into it in
    /// one step (see SitePublisher). Throws UnsafeOutputFolderException or PublishException, in which case
    /// the output folder is exactly as it was.
    public static WriteReport Write(OutputFiles files, string outputDirectory, string contentDirectory, string themeDirectory)
    {
        OutputGuard.Check(outputDirectory, contentDirectory, themeDirectory);
        var report = SitePublisher.Publish(files, outputDirectory);
        return new WriteReport(report.Written, report.Unchanged, report.Deleted, report.Warnings);
    }
}
