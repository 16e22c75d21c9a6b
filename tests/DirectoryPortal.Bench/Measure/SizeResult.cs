namespace DirectoryPortal.Bench.Measure;

/// Everything measured for one directory size.
public sealed record SizeResult(
    int Services,
    int Guidance,
    long ContentBytes,
    IReadOnlyList<ProcessSample> Ours,
    IReadOnlyList<ProcessSample> Hugo,
    OutputStats OurOutput,
    OutputStats HugoOutput,
    bool DeterministicAcrossRuns,
    ProfileResult? Profile)
{
    /// The `serve` command's rebuilds after editing one service; null when serve could not be measured,
    /// and the report then says so rather than showing a number.
    public ServeResult? Serve { get; init; }

    /// Our build with the template cache turned off, as on a machine's very first build or after a
    /// theme or generator change: Roslyn compiles every template.
    public IReadOnlyList<ProcessSample> OursCold { get; init; } = [];
    public double OurColdMedianMs => OursCold.Count == 0 ? double.NaN : Stats.Median(OursCold.Select(s => s.WallMs));
    public double ColdRatio => OurColdMedianMs / HugoMedianMs;

    /// The generator published ReadyToRun (see ReadyToRunGenerator), template cache off; empty when publishing failed.
    public IReadOnlyList<ProcessSample> OursReadyToRunCold { get; init; } = [];
    public double ReadyToRunColdMedianMs => OursReadyToRunCold.Count == 0 ? double.NaN : Stats.Median(OursReadyToRunCold.Select(s => s.WallMs));
    public double ReadyToRunColdRatio => ReadyToRunColdMedianMs / HugoMedianMs;

    /// Search in Chromium on this size's built site; null when Chromium is missing.
    public Browser.SearchTiming? Search { get; init; }

    /// Pagefind over the same built site (the largest size only); null when not run.
    public Browser.PagefindResult? Pagefind { get; init; }

    /// The machine's 1-minute load average before the first and after the last timed build: on a shared
    /// machine, a load well above the core count explains an outlier better than the generator does.
    public (double Before, double After) Load { get; init; }

    public static double LoadAverage() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out var l) ? l : double.NaN;

    public double OurMedianMs => Stats.Median(Ours.Select(s => s.WallMs));
    public double HugoMedianMs => Stats.Median(Hugo.Select(s => s.WallMs));
    public double Ratio => OurMedianMs / HugoMedianMs;
    public double OurCpuMedianMs => Stats.Median(Ours.Where(s => s.CpuMs is not null).Select(s => s.CpuMs!.Value));
    public double HugoCpuMedianMs => Stats.Median(Hugo.Where(s => s.CpuMs is not null).Select(s => s.CpuMs!.Value));
    public long OurPeakBytes => Ours.Max(s => s.PeakRssBytes ?? 0);
    public long HugoPeakBytes => Hugo.Max(s => s.PeakRssBytes ?? 0);
}
