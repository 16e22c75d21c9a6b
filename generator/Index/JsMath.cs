namespace DirectoryPortal.Index;

/// JavaScript's Math.round, which lunr applies to every score; .NET has no rounding mode that matches it.
internal static class JsMath
{
    /// <summary>Math.round: ties go towards +Infinity, unlike any MidpointRounding mode for negatives.</summary>
    public static double Round(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x)) return x;
        double floor = Math.Floor(x);
        // x - floor(x) is exact in binary floating point, so the tie test is exact too; adding 0.5
        // first would misround values such as 0.49999999999999994.
        double rounded = x - floor >= 0.5 ? floor + 1 : floor;
        // JS keeps the sign of zero for inputs in [-0.5, 0).
        return rounded == 0 && (x < 0 || double.IsNegative(x)) ? -0.0 : rounded;
    }
}
