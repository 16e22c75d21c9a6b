using DirectoryPortal.Disk;

namespace DirectoryPortal.Serve;

/// Watches folders and calls back once per burst of changes (editors often write a file in several steps).
/// A watched folder that is deleted and made again (a git checkout, an unzip) is watched again, and a
/// change the operating system could not describe (its event buffer overflowed) asks for a full rebuild.
public sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);
    private static readonly TimeSpan Recheck = TimeSpan.FromSeconds(1);
    private readonly object _lock = new();
    private readonly List<Watched> _folders = [];
    private readonly Timer _timer;
    private readonly Timer _recheck;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _paths = new();
    private volatile bool _everything;
    private bool _disposed;

    private sealed class Watched(string folder)
    {
        public string Folder { get; } = folder;
        public FileSystemWatcher? Inside { get; set; }
        public FileSystemWatcher? Parent { get; set; }
        public EntryInfo Identity { get; set; }
    }

    /// <paramref name="changed"/> receives the full paths that changed since the last call, or null when
    /// what changed is not known file by file (a folder replaced, events lost): then rebuild everything.
    public SiteWatcher(IEnumerable<string> folders, Action<IReadOnlyList<string>?> changed)
    {
        _timer = new Timer(_ =>
        {
            var paths = new List<string>();
            while (_paths.TryDequeue(out var p)) paths.Add(p);
            var everything = _everything;
            _everything = false;
            if (everything) changed(null);
            else if (paths.Count > 0) changed(paths);
        }, null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct())
        {
            var watched = new Watched(folder);
            _folders.Add(watched);
            Arm(watched);
        }
        _recheck = new Timer(_ => RecheckFolders(), null, Recheck, Recheck);
    }

    // (Re)creates the watchers for one folder: one on the folder itself, one on its parent for the folder's
    // own name, so that the folder being removed and made again is seen.
    private void Arm(Watched watched)
    {
        lock (_lock)
        {
            if (_disposed) return;
            watched.Inside?.Dispose();
            watched.Inside = null;
            watched.Identity = EntryInfo.Of(watched.Folder);
            if (watched.Identity.Kind == EntryKind.Directory)
            {
                var inside = new FileSystemWatcher(watched.Folder)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                };
                inside.Changed += OnChange;
                inside.Created += OnChange;
                inside.Deleted += OnChange;
                inside.Renamed += OnChange;
                inside.Error += (_, _) => Everything(watched);
                try { inside.EnableRaisingEvents = true; watched.Inside = inside; }
                catch (Exception ex) when (ex is IOException or ArgumentException) { inside.Dispose(); }
            }
            var parent = Path.GetDirectoryName(watched.Folder);
            if (watched.Parent is null && parent is not null && Directory.Exists(parent))
            {
                var outside = new FileSystemWatcher(parent, Path.GetFileName(watched.Folder))
                {
                    IncludeSubdirectories = false,
                    NotifyFilter = NotifyFilters.DirectoryName | NotifyFilters.FileName,
                };
                outside.Created += (_, _) => Everything(watched);
                outside.Deleted += (_, _) => Everything(watched);
                outside.Renamed += (_, _) => Everything(watched);
                try { outside.EnableRaisingEvents = true; watched.Parent = outside; }
                catch (Exception ex) when (ex is IOException or ArgumentException) { outside.Dispose(); }
            }
        }
    }

    private void Everything(Watched watched)
    {
        Arm(watched);
        _everything = true;
        Schedule();
    }

    // A safety net for events no watcher delivered: a folder that appeared, vanished or was replaced.
    private void RecheckFolders()
    {
        foreach (var watched in _folders.ToList())
        {
            var now = EntryInfo.Of(watched.Folder);
            var before = watched.Identity;
            if (now.Kind != before.Kind || (now.HasIdentity && before.HasIdentity && now.Inode != before.Inode))
                Everything(watched);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // npm's folder is not content: changes there would only cause pointless rebuilds.
        if (e.FullPath.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) return;
        _paths.Enqueue(e.FullPath);
        if (e is RenamedEventArgs r) _paths.Enqueue(r.OldFullPath);
        Schedule();
    }

    private void Schedule()
    {
        lock (_lock)
            if (!_disposed) _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (var w in _folders)
            {
                w.Inside?.Dispose();
                w.Parent?.Dispose();
            }
            _timer.Dispose();
            _recheck.Dispose();
        }
    }
}
