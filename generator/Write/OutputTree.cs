using DirectoryPortal.Disk;

namespace DirectoryPortal.Write;

/// The output folder as it is before a publish: the files the last build wrote (by its manifest) and
/// everything else, which belongs to someone else and is carried into the new site untouched.
internal sealed class OutputTree
{
    private OutputTree(string root, OutputManifest? manifest)
    {
        Root = root;
        Manifest = manifest;
    }

    public string Root { get; }
    public OutputManifest? Manifest { get; }
    /// Files the manifest names that are still there as ordinary files, with what the disk says about each.
    public Dictionary<string, EntryInfo> Generated { get; } = new(StringComparer.Ordinal);
    /// Everything else, parents before children: files, links and other entries, and folders that hold
    /// nothing the generator wrote (an empty folder, .git, .well-known).
    public List<TreeEntry> Foreign { get; } = [];
    /// Folders that hold at least one generated file, "" for the root.
    public HashSet<string> GeneratedFolders { get; } = new(StringComparer.Ordinal) { "" };

    public bool IsEmpty => Generated.Count == 0 && Foreign.Count == 0;

    /// Reads <paramref name="root"/>, or returns null when it does not exist.
    public static OutputTree? Scan(string root)
    {
        if (EntryInfo.Of(root).Kind != EntryKind.Directory) return null;
        var tree = new OutputTree(root, OutputManifest.Read(root));
        var entries = TreeWalker.Walk(root).ToList();
        var listed = tree.Manifest?.Files ?? new HashSet<string>();
        foreach (var entry in entries)
        {
            if (entry.Relative == OutputManifest.FileName || entry.Kind != EntryKind.File || !listed.Contains(entry.Relative)) continue;
            tree.Generated[entry.Relative] = EntryInfo.Of(Path.Combine(root, entry.Relative));
            for (var dir = Parent(entry.Relative); dir.Length > 0; dir = Parent(dir)) tree.GeneratedFolders.Add(dir);
        }
        foreach (var entry in entries)
        {
            if (entry.Relative == OutputManifest.FileName && tree.Manifest is not null) continue;
            if (tree.Generated.ContainsKey(entry.Relative)) continue;
            if (entry.Kind == EntryKind.Directory && tree.GeneratedFolders.Contains(entry.Relative)) continue;
            tree.Foreign.Add(entry);
        }
        return tree;
    }

    /// "a/b/c.html" gives "a/b"; a top-level name gives "".
    public static string Parent(string relative)
    {
        var slash = relative.LastIndexOf('/');
        return slash < 0 ? "" : relative[..slash];
    }
}
