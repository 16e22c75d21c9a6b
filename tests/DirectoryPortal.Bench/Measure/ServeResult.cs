namespace DirectoryPortal.Bench.Measure;

/// The `serve` command measured from outside: its first build, then each edit of one service, both when
/// the edited service's own page is served again and when every page and the search index have caught up.
public sealed record ServeResult(
    double StartupMs,
    IReadOnlyList<double> ReportedPageMs,
    IReadOnlyList<double> ReportedCompleteMs,
    IReadOnlyList<double> SaveToCompleteMs,
    IReadOnlyList<int> PagesRerendered,
    long? PeakRssBytes);
