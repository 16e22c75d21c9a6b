using DirectoryPortal.Disk;

namespace DirectoryPortal.Write;

/// The output folder would put someone's files at risk; exit code 2.
public sealed class UnsafeOutputFolderException(string message) : Exception(message);

/// Decides whether a folder may be used as the output folder. A build replaces the folder's contents,
/// so a folder that holds anything the generator did not write, or that is or holds the content, the
/// theme, a home folder or a whole disk, is refused before anything is built.
public static class OutputGuard
{
    /// Throws UnsafeOutputFolderException when <see cref="Refusal"/> finds a reason.
    public static void Check(string outputDirectory, string contentDirectory, string themeDirectory)
    {
        if (Refusal(outputDirectory, contentDirectory, themeDirectory) is { } reason)
            throw new UnsafeOutputFolderException(reason);
    }

    /// Why <paramref name="outputDirectory"/> may not be the output folder, or null when it may.
    public static string? Refusal(string outputDirectory, string contentDirectory, string themeDirectory)
    {
        var output = RealPath.Of(outputDirectory);
        var shown = $"The output folder '{outputDirectory}'";
        const string Fix = " Choose a new, empty folder for the site, such as 'public' next to 'content'.";
        if (Path.GetPathRoot(output) is { } root && RealPath.Same(output.TrimEnd(Path.DirectorySeparatorChar), root.TrimEnd(Path.DirectorySeparatorChar)))
            return $"{shown} is the root of the file system." + Fix;
        foreach (var (folder, name) in new[] { (contentDirectory, "content"), (themeDirectory, "theme") })
        {
            var protectedFolder = RealPath.Of(folder);
            if (RealPath.Same(output, protectedFolder)) return $"{shown} is the {name} folder." + Fix;
            if (RealPath.IsInside(output, protectedFolder)) return $"{shown} is inside the {name} folder '{folder}'." + Fix;
            if (RealPath.IsInside(protectedFolder, output)) return $"{shown} contains the {name} folder '{folder}'." + Fix;
        }
        if (HomeFolders().Any(home => RealPath.Same(output, home)))
            return $"{shown} is a home folder." + Fix;
        if (MountPoints().Any(mount => RealPath.Same(output, mount)))
            return $"{shown} is the top of a mounted disk, which cannot be swapped for a new site in one step. Build into a folder inside it.";

        var entry = EntryInfo.Of(output);
        if (entry.Kind is EntryKind.Missing) return null;
        if (entry.Kind != EntryKind.Directory) return $"{shown} is a file, not a folder." + Fix;
        if (OutputManifest.Read(output) is not null) return null;
        var present = Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).Take(4).ToList();
        if (present.Count == 0) return null;
        if (present.Contains(".git"))
            return $"{shown} holds a git repository (.git) and was not made by the generator, which would replace its contents." + Fix;
        return $"{shown} already holds files ({string.Join(", ", present.Take(3))}{(present.Count > 3 ? ", ..." : "")}) and was not made by the " +
            $"generator (it has no {OutputManifest.FileName}). A build replaces a folder's contents, so it only writes into a new or empty " +
            "folder, or one an earlier build made." + Fix;
    }

    private static IEnumerable<string> HomeFolders()
    {
        var homes = new List<string>();
        foreach (var home in new[] { Environment.GetEnvironmentVariable("HOME"), Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) })
            if (!string.IsNullOrEmpty(home)) homes.Add(RealPath.Of(home));
        // Every user's home, not only this user's: a build run as root must not replace /home/someone.
        var usersFolder = OperatingSystem.IsWindows() ? Path.GetDirectoryName(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile))
            : OperatingSystem.IsMacOS() ? "/Users" : "/home";
        if (usersFolder is not null && Directory.Exists(usersFolder))
        {
            try { homes.AddRange(Directory.EnumerateDirectories(usersFolder).Select(RealPath.Of)); }
            catch (UnauthorizedAccessException) { }
        }
        if (!OperatingSystem.IsWindows()) homes.Add("/root");
        return homes;
    }

    // Linux lists every mount point in /proc/self/mountinfo (field 5, with spaces written as \040).
    private static IEnumerable<string> MountPoints()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/proc/self/mountinfo")) return [];
        return File.ReadLines("/proc/self/mountinfo")
            .Select(line => line.Split(' '))
            .Where(fields => fields.Length > 4)
            .Select(fields => System.Text.RegularExpressions.Regex.Replace(fields[4], @"\\([0-7]{3})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 8)).ToString()))
            .ToList();
    }
}
