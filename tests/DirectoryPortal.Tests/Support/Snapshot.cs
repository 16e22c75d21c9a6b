using System.Security.Cryptography;

namespace DirectoryPortal.Tests.Support;

/// Every entry under a folder (hidden ones included, links not followed) with a hash of its bytes, so
/// two states of a folder can be compared exactly.
public static class Snapshot
{
    public static SortedDictionary<string, string> Of(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return result;
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/');
            if (entry.LinkTarget is { } target) result[relative] = "link to " + target;
            else if (entry is DirectoryInfo) result[relative + "/"] = "folder";
            else result[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
        }
        return result;
    }
}
