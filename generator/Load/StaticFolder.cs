using DirectoryPortal.Disk;
using DirectoryPortal.Model;

namespace DirectoryPortal.Load;

/// content/static/: files published as they are, such as a leaflet or a logo. Lists the real files
/// (links and special files are refused here, unread); StaticFileCheck decides which kinds may be published.
public static class StaticFolder
{

    public static IReadOnlyList<StaticFile> Load(string root, ProblemList problems)
    {
        var folder = Path.Combine(root, "static");
        var kind = EntryInfo.Of(folder).Kind;
        if (kind == EntryKind.Missing) return [];
        if (kind != EntryKind.Directory)
        {
            problems.Error("static", 0, 0, "", "content/static is a symbolic link or a file; it must be a real folder inside the content folder.",
                "Replace it with a folder holding the files themselves.");
            return [];
        }
        var files = new List<StaticFile>();
        var skipped = new List<string>();
        foreach (var (relative, entryKind) in TreeWalker.Walk(folder))
        {
            var name = relative[(relative.LastIndexOf('/') + 1)..];
            var display = "static/" + relative;
            if (EditorLeftovers.IsLeftover(name) || skipped.Any(s => relative.StartsWith(s + "/", StringComparison.Ordinal)))
            {
                if (entryKind == EntryKind.Directory) skipped.Add(relative);
                continue;
            }
            if (entryKind == EntryKind.Directory) continue;
            var path = Path.Combine(folder, relative);
            if (ContentFile.Refused(EntryInfo.Of(path), display, problems)) continue;
            files.Add(new StaticFile(relative, path));
        }
        return files;
    }
}
