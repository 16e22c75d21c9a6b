namespace DirectoryPortal.Load;

/// Files that editors and operating systems leave beside the files being edited (lock, swap and backup
/// files, macOS and Windows folder data). They are skipped without a word.
public static class EditorLeftovers
{
    public static bool IsLeftover(string name) =>
        name.StartsWith(".#", StringComparison.Ordinal)                          // Emacs lock
        || name.StartsWith("._", StringComparison.Ordinal)                       // macOS resource fork
        || (name.StartsWith('.') && (name.EndsWith(".swp", StringComparison.Ordinal)
            || name.EndsWith(".swo", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal))) // Vim swap
        || name.EndsWith('~')                                                    // backups
        || (name.Length > 1 && name.StartsWith('#') && name.EndsWith('#'))       // Emacs auto-save
        || name is ".DS_Store" or "Thumbs.db" or "desktop.ini";
}
