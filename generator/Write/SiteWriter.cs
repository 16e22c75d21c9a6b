namespace DirectoryPortal.Write;

/// Stage 5: puts a finished site on disk only after everything succeeded, and touches only what changed.
public static class SiteWriter
{
    /// Summary of one write, for the build's report and the tests.
    public sealed record WriteReport(int Written, int Unchanged, int Deleted);

    /// Writes new and changed files into a staging folder beside <paramref name="outputDirectory"/>, then
    /// moves each into place (a rename, so no reader sees half a file) and removes pages that no longer exist.
    /// A first build moves the whole staging folder in at once.
    public static WriteReport Write(OutputFiles files, string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.new-{Guid.NewGuid():N}");
        try
        {
            var exists = Directory.Exists(target);
            var changedBag = new System.Collections.Concurrent.ConcurrentBag<string>();
            var unchanged = 0;
            // Each file is independent; more writers than cores keep the disk busy while others wait on it.
            Parallel.ForEach(files.Files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 }, file =>
            {
                var (path, bytes) = file;
                if (exists && SameContent(Path.Combine(target, path), bytes)) { Interlocked.Increment(ref unchanged); return; }
                var full = Path.Combine(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
                changedBag.Add(path);
            });
            var changed = changedBag.Order(StringComparer.Ordinal).ToList();
            if (!exists)
            {
                Directory.CreateDirectory(staging);
                Directory.Move(staging, target);
                return new WriteReport(changed.Count, 0, 0);
            }
            // Everything is on disk beside the site; only now is the published site changed.
            foreach (var path in changed)
            {
                var destination = Path.Combine(target, path);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(Path.Combine(staging, path), destination, overwrite: true);
            }
            var deleted = DeleteStale(target, files);
            return new WriteReport(changed.Count, unchanged, deleted);
        }
        finally
        {
            TryDelete(staging);
        }
    }

    private static bool SameContent(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != bytes.Length) return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    // Files the new site no longer has (a deleted service's page) must not linger with stale facts.
    private static int DeleteStale(string target, OutputFiles files)
    {
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).ToList())
        {
            var relative = Path.GetRelativePath(target, file).Replace('\\', '/');
            if (files.Files.ContainsKey(relative)) continue;
            File.Delete(file);
            deleted++;
        }
        foreach (var dir in Directory.EnumerateDirectories(target, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            if (!Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        return deleted;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover staging folder is harmless and hidden; never fail a good build over it.
        }
    }
}
