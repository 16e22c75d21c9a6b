using System.IO.Enumeration;

namespace DirectoryPortal.Disk;

/// One entry found by <see cref="TreeWalker"/>: its path relative to the walked folder ('/' between folders).
public readonly record struct TreeEntry(string Relative, EntryKind Kind);

/// Lists a folder tree without ever following a symbolic link, hidden files included.
public static class TreeWalker
{
    private static readonly EnumerationOptions Options = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    /// Every entry under <paramref name="root"/>, parents before their children, in ordinal order.
    public static IEnumerable<TreeEntry> Walk(string root) => Walk(root, "");

    private static IEnumerable<TreeEntry> Walk(string root, string prefix)
    {
        var here = prefix.Length == 0 ? root : Path.Combine(root, prefix);
        var entries = List(here).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        foreach (var (name, kind) in entries)
        {
            var relative = prefix.Length == 0 ? name : prefix + "/" + name;
            yield return new TreeEntry(relative, kind);
            if (kind == EntryKind.Directory)
                foreach (var child in Walk(root, relative)) yield return child;
        }
    }

    /// The entries directly in <paramref name="directory"/>, kinds taken from the directory listing.
    public static IEnumerable<(string Name, EntryKind Kind)> List(string directory) =>
        new FileSystemEnumerable<(string, EntryKind)>(directory, (ref FileSystemEntry e) => (e.FileName.ToString(), KindOf(ref e)), Options);

    // On Unix .NET marks symbolic links as reparse points and reports a link to a folder as a folder;
    // the reparse point test comes first so that such a link is never entered.
    private static EntryKind KindOf(ref FileSystemEntry e) =>
        (e.Attributes & FileAttributes.ReparsePoint) != 0 ? EntryKind.SymbolicLink
        : e.IsDirectory ? EntryKind.Directory
        : EntryKind.File;
}
