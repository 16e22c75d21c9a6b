using System.Globalization;

namespace DirectoryPortal.Bench.Report;

/// Number formats for the report, always invariant so the file does not change with the machine's locale.
public static class Format
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Ms(double ms) => ms >= 10_000 ? (ms / 1000).ToString("0.0 's'", Inv) : ms >= 1000 ? (ms / 1000).ToString("0.00 's'", Inv) : ms.ToString("0 'ms'", Inv);
    public static string Mb(long bytes) => (bytes / 1048576.0).ToString(bytes < 10 * 1048576 ? "0.00 'MB'" : "0 'MB'", Inv);
    public static string Kb(long bytes) => (bytes / 1024.0).ToString("0.0 'KB'", Inv);
    public static string N(double value, string format = "0.00") => value.ToString(format, Inv);
    public static string Int(long value) => value.ToString("#,0", Inv);
    public static string YesNo(bool met) => met ? "**met**" : "**missed**";
}
