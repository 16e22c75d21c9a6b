using System.Text;

namespace DirectoryPortal.Write;

/// Everything a build will write, keyed by path relative to the output folder, collected before anything touches disk.
public sealed class OutputFiles
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public void Add(string path, string text) => Add(path, Utf8.GetBytes(text));

    public void Add(string path, byte[] bytes)
    {
        var normal = path.Replace('\\', '/');
        if (normal.StartsWith('/') || normal.Split('/').Any(part => part is ".." or "." or ""))
            throw new ArgumentException($"Output path '{path}' is not a plain relative path.");
        lock (_files) _files[normal] = bytes;
    }

    public IReadOnlyDictionary<string, byte[]> Files => _files;
    public int Count => _files.Count;
}
