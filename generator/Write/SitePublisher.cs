using System.Collections.Concurrent;
using DirectoryPortal.Disk;

namespace DirectoryPortal.Write;

/// Puts a finished site in place in one step. The new site is built complete in a staging folder beside
/// the output folder (on the same disk): files whose bytes did not change are hard links to the published
/// ones, and everything in the output folder the generator did not write is linked in too. The two folders
/// are then swapped by one rename (Linux renameat2 RENAME_EXCHANGE), so a reader sees the whole previous
/// site or the whole new one, never a mix. Only then is the previous site removed.
public static class SitePublisher
{
    /// What one publish did, for the build's report and the tests.
    public sealed record Report(int Written, int Unchanged, int Deleted, IReadOnlyList<string> Warnings);

    /// <paramref name="oneStepSwap"/> false makes Linux use the fallback that Windows and macOS use, for the tests.
    public static Report Publish(OutputFiles files, string outputDirectory, bool oneStepSwap = true)
    {
        var target = RealPath.Of(outputDirectory);
        var parent = Path.GetDirectoryName(target) ?? throw new PublishException($"'{outputDirectory}' has no parent folder");
        var name = Path.GetFileName(target);
        try { Directory.CreateDirectory(parent); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PublishException($"the folder '{parent}' cannot be created: {Errno.Reason(ex)}", ex);
        }
        var warnings = new List<string>();
        using var publishing = PublishLock.Acquire(parent, name, TimeSpan.FromMinutes(2));
        Leftovers.Clean(parent, target, warnings);

        var old = OutputTree.Scan(target);
        if (old is not null && old.Manifest is null && !old.IsEmpty)
            throw new UnsafeOutputFolderException($"The output folder '{outputDirectory}' holds files the generator did not write (it has no {OutputManifest.FileName}).");
        if (old is not null) CheckReplaceable(old, files);

        var plan = Plan(files, old);
        CheckFreeSpace(parent, files, plan);

        var buildId = Guid.NewGuid().ToString("N")[..12];
        var staging = Path.Combine(parent, Leftovers.StagingName(name, buildId));
        try
        {
            Directory.CreateDirectory(staging);
            Stage(staging, files, plan, old);
            PublishSteps.Reached("swap");
            if (old is null) FileOps.RenameNoReplace(staging, target);
            else Swap(staging, target, parent, name, buildId, oneStepSwap);
            PublishSteps.Reached("swapped");
        }
        catch (Exception ex) when (ex is not PublishException)
        {
            Discard(staging);
            throw new PublishException(Errno.IsDiskFull(ex) ? $"the disk holding '{parent}' is full" : Errno.Reason(ex), ex);
        }
        catch
        {
            Discard(staging);
            throw;
        }

        var deleted = 0;
        if (old is not null)
        {
            var previous = EntryInfo.Of(staging).Exists ? staging : Path.Combine(parent, Leftovers.ParkedName(name, buildId));
            try
            {
                deleted = old.Generated.Keys.Count(path => !files.Files.ContainsKey(path));
                Leftovers.RemovePrevious(previous, target, old.Manifest, warnings);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                warnings.Add($"The new site is published, but the previous one could not all be removed ({Errno.Reason(ex)}); " +
                    $"what is left is in '{previous}' and the next build removes it.");
            }
        }
        PublishSteps.Finished();
        return new Report(plan.Write.Count, plan.Link.Count, deleted, warnings);
    }

    private sealed record StagePlan(List<string> Write, List<string> Link, HashSet<string> Folders);

    // A file whose bytes are unchanged becomes a second name for the published file; the rest are written.
    private static StagePlan Plan(OutputFiles files, OutputTree? old)
    {
        var write = new ConcurrentBag<string>();
        var link = new ConcurrentBag<string>();
        Parallel.ForEach(files.Files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 }, file =>
        {
            var (path, bytes) = file;
            if (old is not null && old.Generated.TryGetValue(path, out var info) && info.Size == bytes.Length && SameContent(Path.Combine(old.Root, path), bytes))
                link.Add(path);
            else
                write.Add(path);
        });
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in files.Files.Keys)
            for (var dir = OutputTree.Parent(path); dir.Length > 0 && folders.Add(dir); dir = OutputTree.Parent(dir)) { }
        return new StagePlan(write.ToList(), link.ToList(), folders);
    }

    private static void Stage(string staging, OutputFiles files, StagePlan plan, OutputTree? old)
    {
        // The manifest goes first, so that a staging folder left by a killed build always says which of its
        // files are the generator's (see Leftovers).
        // Like every unchanged file, an unchanged manifest keeps its inode and modification time.
        var manifest = new OutputManifest(files.Files.Keys).ToBytes();
        var oldManifest = old is null ? null : Path.Combine(old.Root, OutputManifest.FileName);
        if (oldManifest is null || !SameContent(oldManifest, manifest) || !TryHardLink(oldManifest, Path.Combine(staging, OutputManifest.FileName)))
            File.WriteAllBytes(Path.Combine(staging, OutputManifest.FileName), manifest);
        PublishSteps.Reached("manifest");
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 };
        // A folder per page (10,000 at London scale): made a level at a time, each level's in parallel,
        // so that every parent exists before its children.
        foreach (var level in plan.Folders.GroupBy(f => f.Count('/')).OrderBy(g => g.Key))
            Parallel.ForEach(level, options, folder => Directory.CreateDirectory(Path.Combine(staging, folder)));
        Parallel.ForEach(plan.Link, options, path =>
        {
            try { FileOps.HardLink(Path.Combine(old!.Root, path), Path.Combine(staging, path)); }
            catch (DiskException) { File.WriteAllBytes(Path.Combine(staging, path), files.Files[path]); }
            PublishSteps.Reached("link " + path);
        });
        Parallel.ForEach(plan.Write, options, path =>
        {
            File.WriteAllBytes(Path.Combine(staging, path), files.Files[path]);
            PublishSteps.Reached("write " + path);
        });
        if (old is null) return;
        foreach (var (relative, kind) in old.Foreign)
        {
            var from = Path.Combine(old.Root, relative);
            var to = Path.Combine(staging, relative);
            if (kind == EntryKind.Directory)
            {
                Directory.CreateDirectory(to);
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(to, File.GetUnixFileMode(from));
                continue;
            }
            // A folder of the previous site that the new one no longer has, kept for what else it holds.
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            try { FileOps.HardLink(from, to); }
            catch (DiskException ex)
            {
                throw new PublishException($"'{relative}' in the output folder, which the generator did not write, cannot be carried into the new site: {ex.Reason}");
            }
            PublishSteps.Reached("keep " + relative);
        }
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(staging, File.GetUnixFileMode(old.Root));
    }

    // One rename on Linux. Elsewhere two: the previous site is parked, then the new one renamed into place;
    // for that moment the folder is missing (never half-written), and a failure puts the previous site back.
    private static void Swap(string staging, string target, string parent, string name, string buildId, bool oneStepSwap)
    {
        if (oneStepSwap && FileOps.TryExchange(staging, target)) return;
        var parked = Path.Combine(parent, Leftovers.ParkedName(name, buildId));
        FileOps.RenameNoReplace(target, parked);
        try
        {
            FileOps.RenameNoReplace(staging, target);
        }
        catch
        {
            FileOps.RenameNoReplace(parked, target);
            throw;
        }
    }

    // Refuses before anything is written: a file of someone else's that the new site would replace, and a
    // previous file that cannot be removed (immutable, or in a folder this user may not change).
    private static void CheckReplaceable(OutputTree old, OutputFiles files)
    {
        var foreignFiles = new Dictionary<string, EntryKind>(StringComparer.Ordinal);
        var foreignFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (relative, kind) in old.Foreign)
        {
            foreignFiles[relative] = kind;
            for (var dir = OutputTree.Parent(relative); dir.Length > 0; dir = OutputTree.Parent(dir)) foreignFolders.Add(dir);
        }
        foreach (var path in files.Files.Keys.Order(StringComparer.Ordinal))
        {
            if (foreignFiles.ContainsKey(path) || foreignFolders.Contains(path))
                throw new PublishException($"the new site has a file '{path}', but the output folder already has a '{path}' that the generator did not write. " +
                    "Move that one out of the output folder (a file the site should publish belongs in content/static/).");
            for (var dir = OutputTree.Parent(path); dir.Length > 0; dir = OutputTree.Parent(dir))
                if (foreignFiles.TryGetValue(dir, out var kind) && kind != EntryKind.Directory)
                    throw new PublishException($"the new site needs a folder '{dir}', but the output folder has a file '{dir}' that the generator did not write. Move it out of the output folder.");
        }
        foreach (var (path, info) in old.Generated)
            if (info.Immutable)
                throw new PublishException($"'{path}' in the output folder is marked immutable or append-only (see 'lsattr'), so the previous site cannot be replaced. Remove the mark with 'chattr -i' or build into another folder.");
        foreach (var folder in old.GeneratedFolders)
            if (FileOps.WhyNotWritable(Path.Combine(old.Root, folder)) is { } reason)
                throw new PublishException($"the folder '{(folder.Length == 0 ? old.Root : folder)}' in the output folder cannot be changed: {reason}");
    }

    private static void CheckFreeSpace(string parent, OutputFiles files, StagePlan plan)
    {
        long needed = 64 * 1024 + plan.Folders.Count * 4096L;
        foreach (var path in plan.Write) needed += files.Files[path].Length;
        long free;
        try { free = new DriveInfo(parent).AvailableFreeSpace; }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException) { return; }
        if (needed > free)
            throw new PublishException($"the disk holding '{parent}' has {Megabytes(free)} free and the new site needs about {Megabytes(needed)}. Free some space or build onto another disk");
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.0} MB";

    private static bool TryHardLink(string from, string to)
    {
        try { FileOps.HardLink(from, to); return true; }
        catch (DiskException) { return false; }
    }

    private static bool SameContent(string path, byte[] bytes)
    {
        try { return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes); }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    // An unpublished staging folder holds only new files and second names of files that are still in the
    // output folder, so removing it loses nothing.
    private static void Discard(string staging)
    {
        try
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next build removes it (see Leftovers).
        }
    }
}
