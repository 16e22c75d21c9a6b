namespace DirectoryPortal.Serve;

/// Watches folders and calls back once per burst of changes (editors often write a file in several steps).
public sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);
    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly Timer _timer;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _paths = new();

    /// <paramref name="changed"/> receives the full paths that changed since the last call.
    public SiteWatcher(IEnumerable<string> folders, Action<IReadOnlyList<string>> changed)
    {
        _timer = new Timer(_ =>
        {
            var paths = new List<string>();
            while (_paths.TryDequeue(out var p)) paths.Add(p);
            if (paths.Count > 0) changed(paths);
        }, null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists).Select(Path.GetFullPath))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // npm's folder is not content: changes there would only cause pointless rebuilds.
        if (e.FullPath.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) return;
        _paths.Enqueue(e.FullPath);
        if (e is RenamedEventArgs r) _paths.Enqueue(r.OldFullPath);
        _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _timer.Dispose();
    }
}
