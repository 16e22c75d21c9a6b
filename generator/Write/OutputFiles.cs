using System.Text;

namespace DirectoryPortal.Write;

/// Everything a build will write, keyed by path relative to the output folder, collected before anything touches disk.
public sealed class OutputFiles
{
    // Hashed, not sorted: serve copies 10,000 entries on every edit, and nothing needs them in order.
    private readonly Dictionary<string, byte[]> _files;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public OutputFiles() => _files = new(StringComparer.Ordinal);

    /// A copy of <paramref name="source"/>, leaving out the pages (.html files) <paramref name="keepPage"/> turns down.
    public OutputFiles(OutputFiles source, Func<string, bool>? keepPage = null)
    {
        lock (source._files)
        {
            if (keepPage is null)
            {
                _files = new(source._files, StringComparer.Ordinal);
                return;
            }
            _files = new(source._files.Count, StringComparer.Ordinal);
            foreach (var (path, bytes) in source._files)
                if (!path.EndsWith(".html", StringComparison.Ordinal) || keepPage(path)) _files.Add(path, bytes);
        }
    }

    public void Add(string path, string text) => Add(path, Utf8.GetBytes(text));

    public void Add(string path, byte[] bytes)
    {
        var normal = path.Replace('\\', '/');
        if (normal.StartsWith('/') || normal.Split('/').Any(part => part is ".." or "." or ""))
            throw new ArgumentException($"Output path '{path}' is not a plain relative path.");
        lock (_files) _files[normal] = bytes;
    }

    /// Adds every file of <paramref name="other"/>, replacing any at the same path.
    public void AddAll(OutputFiles other)
    {
        foreach (var (path, bytes) in other._files) Add(path, bytes);
    }

    /// Leaves out the files whose paths <paramref name="drop"/> picks (assets a rebuild renamed).
    public void RemoveWhere(Func<string, bool> drop)
    {
        lock (_files)
            foreach (var path in _files.Keys.Where(drop).ToList()) _files.Remove(path);
    }

    /// Drops every file under <paramref name="folder"/>, for a writer about to write that folder afresh.
    public void RemoveFolder(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        lock (_files)
            foreach (var path in _files.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).ToList()) _files.Remove(path);
    }

    public IReadOnlyDictionary<string, byte[]> Files => _files;
    public int Count => _files.Count;
}
