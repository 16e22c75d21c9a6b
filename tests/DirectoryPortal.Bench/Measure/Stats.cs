namespace DirectoryPortal.Bench.Measure;

/// The summary statistics the report uses.
public static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static double Min(IEnumerable<double> values) => values.DefaultIfEmpty(double.NaN).Min();
    public static double Max(IEnumerable<double> values) => values.DefaultIfEmpty(double.NaN).Max();
}
