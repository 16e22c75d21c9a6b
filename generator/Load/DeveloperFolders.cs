using DirectoryPortal.Disk;
using DirectoryPortal.Model;

namespace DirectoryPortal.Load;

/// content/layouts/ and content/components/ override the theme's templates (a developer feature: they
/// run code at build time). Like every content file they must be real files inside the content folder.
public static class DeveloperFolders
{
    public static void Check(string root, ProblemList problems)
    {
        foreach (var folder in new[] { "layouts", "components" })
        {
            var path = Path.Combine(root, folder);
            var kind = EntryInfo.Of(path).Kind;
            if (kind == EntryKind.Missing) continue;
            if (kind != EntryKind.Directory)
            {
                problems.Error(folder, 0, 0, "", $"content/{folder} is a symbolic link or a file; it must be a real folder inside the content folder.",
                    "Replace it with a folder holding the templates themselves.");
                continue;
            }
            foreach (var (relative, entryKind) in TreeWalker.Walk(path))
                if (entryKind == EntryKind.SymbolicLink)
                    problems.Error($"{folder}/{relative}", 0, 0, "", "is a symbolic link. The generator reads only real files inside the content folder.",
                        "Replace the link with a copy of the file itself.");
        }
    }
}
