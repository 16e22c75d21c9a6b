using System.Security.Cryptography;

namespace DirectoryPortal.Bench.Measure;

/// Content hashes of a built site, per file and overall, to check determinism and count changed files.
public static class OutputHash
{
    public static SortedDictionary<string, string> PerFile(string outputDirectory)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(outputDirectory, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(outputDirectory, file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        return result;
    }

    /// One hash for the whole site: paths and contents, in path order.
    public static string Whole(string outputDirectory) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join('\n', PerFile(outputDirectory).Select(kv => kv.Key + " " + kv.Value)))));

    public static int CountChanged(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        after.Count(kv => !before.TryGetValue(kv.Key, out var old) || old != kv.Value) + before.Keys.Count(k => !after.ContainsKey(k));
}
