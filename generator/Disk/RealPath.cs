namespace DirectoryPortal.Disk;

/// Absolute paths with every symbolic link resolved, so two names for one folder compare equal.
public static class RealPath
{
    /// Windows and macOS file names ignore case by default; Linux's do not.
    public static StringComparison Comparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <paramref name="path"/> made absolute with links resolved as far as the path exists; the part that
    /// does not exist yet is kept as written.
    public static string Of(string path) => Resolve(Path.GetFullPath(path), 0);

    private static string Resolve(string full, int depth)
    {
        if (depth > 40) throw new IOException($"{full}: too many levels of symbolic links");
        var root = Path.GetPathRoot(full) ?? "";
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            string? target;
            try { target = new FileInfo(next).LinkTarget; }
            catch (IOException) { target = null; }
            catch (UnauthorizedAccessException) { target = null; }
            if (target is not null)
            {
                var resolved = Path.GetFullPath(target, current);
                var rest = parts.Length > i + 1 ? Path.Combine(parts[(i + 1)..]) : "";
                return Resolve(rest.Length == 0 ? resolved : Path.Combine(resolved, rest), depth + 1);
            }
            current = next;
        }
        return current.Length > root.Length ? current.TrimEnd(Path.DirectorySeparatorChar) : current;
    }

    public static bool Same(string a, string b) => string.Equals(a, b, Comparison);

    /// True when <paramref name="inner"/> is strictly inside <paramref name="outer"/>.
    public static bool IsInside(string inner, string outer)
    {
        var prefix = outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar;
        return inner.Length > prefix.Length - 1 && inner.StartsWith(prefix, Comparison) && !Same(inner, outer);
    }
}
