using DirectoryPortal.Bench.Browser;

namespace DirectoryPortal.Bench.Measure;

/// The shipped `content/` folder measured as visitors and editors meet it: the search index it ships,
/// search in the browser, and how long an edit takes to show in `serve`.
public sealed record ShippedResult(int Services, int Guidance, OutputStats Output, SearchTiming? Search, IReadOnlyList<double>? LiveEditMs, ServeResult? Serve);
