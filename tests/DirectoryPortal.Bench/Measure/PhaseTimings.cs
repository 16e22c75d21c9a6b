namespace DirectoryPortal.Bench.Measure;

/// Where one cold build's time and allocations go, stage by stage, measured inside a fresh process.
public sealed record PhaseTimings(
    IReadOnlyList<PhaseTiming> Phases,
    IReadOnlyList<PhaseTiming> RenderByLayout,
    double MarkdownMs,
    int Pages)
{
    public double TotalMs => Phases.Sum(p => p.Ms);
}
