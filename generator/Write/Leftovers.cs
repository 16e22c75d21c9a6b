using DirectoryPortal.Disk;

namespace DirectoryPortal.Write;

/// Staging folders sit beside the output folder as ".NAME.dp-ID". A build that is killed leaves one
/// behind: a new site that was never swapped in, or the previous site swapped out and not yet removed.
/// Both are cleared the same way, and neither loses a file that is not the generator's: each holds its
/// own manifest, so its generated files are known; every other file in it is either a second name of a
/// file still in the output folder, or something that arrived in the output folder during the build,
/// which is moved back there.
internal static class Leftovers
{
    public static string StagingName(string outputName, string buildId) => $".{outputName}.dp-{buildId}";

    /// The previous site while the fallback swap (two renames) has it out of the way.
    public static string ParkedName(string outputName, string buildId) => $".{outputName}.dp-prev-{buildId}";

    /// Clears every leftover staging folder of <paramref name="target"/>; anything it must keep is reported.
    public static void Clean(string parent, string target, List<string> warnings)
    {
        var prefix = $".{Path.GetFileName(target)}.dp-";
        var leftovers = TreeWalker.List(parent)
            .Where(e => e.Kind == EntryKind.Directory && e.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(e => e.Name)
            // A parked previous site goes back first if the build was killed between the two renames.
            .OrderBy(name => name.StartsWith(prefix + "prev-", StringComparison.Ordinal) ? 0 : 1)
            .ToList();
        foreach (var name in leftovers)
        {
            var folder = Path.Combine(parent, name);
            if (name.StartsWith(prefix + "prev-", StringComparison.Ordinal) && !EntryInfo.Of(target).Exists)
                FileOps.RenameNoReplace(folder, target);
            else
                RemovePrevious(folder, target, OutputManifest.Read(folder), warnings, countSteps: false);
        }
    }

    /// Removes a site tree that is not (or no longer) the published one: its generated files go, second
    /// names of files that are also in the output folder go, and anything else is moved into the output
    /// folder. What cannot be moved is kept where it is, and reported. <paramref name="countSteps"/> is false
    /// for another build's leftovers, so that the fault-injection steps number this publish's own work.
    public static int RemovePrevious(string previous, string target, OutputManifest? manifest, List<string> warnings, bool countSteps = true)
    {
        var removed = 0;
        var entries = TreeWalker.Walk(previous).ToList();
        // Children before their folders, so that folders are empty by the time they are reached.
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var (relative, kind) = entries[i];
            var old = Path.Combine(previous, relative);
            if (kind == EntryKind.Directory)
            {
                if (!TreeWalker.List(old).Any()) Directory.Delete(old);
                continue;
            }
            if (relative == OutputManifest.FileName || manifest?.Files.Contains(relative) == true)
            {
                File.Delete(old);
                removed++;
                if (countSteps) PublishSteps.Reached("remove " + relative);
                continue;
            }
            var current = Path.Combine(target, relative);
            var now = EntryInfo.Of(current);
            if (now.Exists && now.SameFileAs(EntryInfo.Of(old)))
            {
                File.Delete(old);
                if (countSteps) PublishSteps.Reached("remove second name of " + relative);
            }
            else if (!now.Exists && EntryInfo.Of(target).Kind == EntryKind.Directory && !BlockedBy(target, relative))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(current)!);
                FileOps.RenameNoReplace(old, current);
            }
            else
            {
                warnings.Add($"'{relative}' was kept in '{previous}': it is not the generator's, and the output folder has another '{relative}' or no room for it.");
            }
        }
        if (EntryInfo.Of(previous).Exists && !TreeWalker.List(previous).Any()) Directory.Delete(previous);
        if (countSteps) PublishSteps.Reached("previous site removed");
        return removed;
    }

    // A file in the output folder where the moved entry needs a folder.
    private static bool BlockedBy(string target, string relative)
    {
        for (var dir = OutputTree.Parent(relative); dir.Length > 0; dir = OutputTree.Parent(dir))
        {
            var kind = EntryInfo.Of(Path.Combine(target, dir)).Kind;
            if (kind is not (EntryKind.Directory or EntryKind.Missing)) return true;
        }
        return false;
    }
}
