namespace DirectoryPortal.Write;

/// Stage 5: puts a finished site on disk all at once, so a failed build never leaves a half-written site.
public static class SiteWriter
{
    /// Writes into a fresh folder beside <paramref name="outputDirectory"/>, then swaps it in.
    public static void Write(OutputFiles files, string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        try
        {
            foreach (var (path, bytes) in files.Files)
            {
                var full = Path.Combine(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
            }
            Directory.CreateDirectory(staging);
            // Two renames: the old site stays whole until the new one is complete beside it.
            if (Directory.Exists(target)) Directory.Move(target, retired);
            try
            {
                Directory.Move(staging, target);
            }
            catch
            {
                if (Directory.Exists(retired) && !Directory.Exists(target)) Directory.Move(retired, target);
                throw;
            }
        }
        finally
        {
            TryDelete(staging);
            TryDelete(retired);
        }
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
