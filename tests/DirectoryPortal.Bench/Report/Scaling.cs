namespace DirectoryPortal.Bench.Report;

/// Marginal cost between two sizes: what each extra service adds, which stays flat when nothing is quadratic.
public static class Scaling
{
    public static double Marginal(double smallValue, int smallSize, double largeValue, int largeSize) =>
        (largeValue - smallValue) / (largeSize - smallSize);

    /// Flat enough: the larger step's marginal cost is at most 25% above the smaller step's.
    public static bool Flat(double earlier, double later) => later <= earlier * 1.25;
}
