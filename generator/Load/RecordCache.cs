using System.Collections.Concurrent;
using DirectoryPortal.Model;

namespace DirectoryPortal.Load;

/// Remembers parsed records by file text, so `serve` re-reads only the files an edit changed.
public sealed class RecordCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// A parsed file: its text, the record (null if it could not be read) and the problems found reading it.
    public sealed record Entry(string Text, Record? Record, IReadOnlyList<Problem> Problems);

    public bool TryGet(string path, string text, out Entry entry) =>
        _entries.TryGetValue(path, out entry!) && entry.Text == text;

    public void Put(string path, Entry entry) => _entries[path] = entry;

    /// Paths whose text differed from the cache on the last load: what an edit touched.
    public ConcurrentBag<string> Changed { get; private set; } = new();

    public void StartLoad() => Changed = new ConcurrentBag<string>();
}
