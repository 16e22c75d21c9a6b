namespace DirectoryPortal.Bench.Measure;

/// One size built with one number of languages: the timed builds and what they wrote.
public sealed record LanguageResult(int Services, int Languages, IReadOnlyList<ProcessSample> Builds, OutputStats Output, int Pages)
{
    public double MedianMs => Stats.Median(Builds.Select(b => b.WallMs).ToList());
    public long? PeakRss => Builds.Select(b => b.PeakRssBytes).Max();
}
