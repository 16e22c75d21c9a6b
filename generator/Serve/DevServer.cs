using System.Net;
using System.Text;
using System.Text.Json;
using DirectoryPortal.Load;
using DirectoryPortal.Model;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Write;

namespace DirectoryPortal.Serve;

/// `serve`: builds into memory, serves on 127.0.0.1 only, rebuilds on every save and keeps the last good site.
public sealed class DevServer : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private SiteBuilder _builder;
    private readonly RecordCache _cache = new();
    private readonly HttpListener _listener = new();
    private readonly SemaphoreSlim _rebuildGate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private SiteWatcher? _watcher;
    private OutputFiles? _site;
    private BuildState? _state;
    private IReadOnlyList<string> _errors = [];
    private int _version;

    public DevServer(BuildOptions options, int port, TextWriter log)
    {
        _options = options;
        _log = log;
        _builder = new SiteBuilder(options);
        Port = port == 0 ? FreePort() : port;
        // Loopback only: a preview of unpublished content must never be reachable from the network.
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/";
    /// Goes up by one after every rebuild, good or bad.
    public int Version => Volatile.Read(ref _version);
    public IReadOnlyList<string> Errors => _errors;
    public TimeSpan LastRebuild { get; private set; }

    public async Task StartAsync()
    {
        await RebuildAsync();
        _listener.Start();
        _ = Task.Run(ServeLoopAsync);
        _watcher = new SiteWatcher(new[] { _options.ContentDirectory, _options.ThemeDirectory }, paths => _ = RebuildAsync(paths));
        _log.WriteLine($"Serving {Url} (only on this computer). Watching {_options.ContentDirectory} and {_options.ThemeDirectory}. Press Ctrl+C to stop.");
    }

    /// Rebuilds from disk; on errors keeps serving the previous site and shows the errors instead.
    /// <paramref name="changedPaths"/> lets an edit to service records re-render only the pages they touch.
    public async Task RebuildAsync(IReadOnlyList<string>? changedPaths = null)
    {
        await _rebuildGate.WaitAsync();
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                var services = Path.GetFullPath(Path.Combine(_options.ContentDirectory, "services")) + Path.DirectorySeparatorChar;
                var onlyServices = changedPaths is { Count: > 0 } && changedPaths.All(p => p.StartsWith(services, StringComparison.Ordinal));
                // Compiled templates are cached by the renderer, so any other change gets a fresh one.
                if (changedPaths is not null && !onlyServices && changedPaths.Any(p => p.EndsWith(".cshtml", StringComparison.Ordinal)))
                    _builder = new SiteBuilder(_options);
                var done = onlyServices && _state is not null && await TryRebuildServicesAsync(changedPaths!, clock);
                if (!done)
                {
                    var (result, state) = await _builder.BuildStateAsync(_cache, onlyServices ? _site : null);
                    Accept(result, state, clock);
                }
            }
            catch (Exception ex)
            {
                _errors = [$"The site could not be rendered: {ex.Message}"];
                _log.WriteLine(_errors[0]);
            }
            LastRebuild = clock.Elapsed;
            Interlocked.Increment(ref _version);
        }
        finally
        {
            _rebuildGate.Release();
        }
    }

    // The edited service's own page is published first, so the editor sees it at once; the lists that
    // show it and the search index follow a moment later.
    private async Task<bool> TryRebuildServicesAsync(IReadOnlyList<string> changedPaths, System.Diagnostics.Stopwatch clock)
    {
        var relative = changedPaths
            .Select(p => "services/" + Path.GetFileName(p))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var outcome = await _builder.RebuildServicesAsync(_state!, relative, (quick, pages) =>
        {
            _site = quick;
            _errors = [];
            _log.WriteLine($"Rebuilt {pages} page(s) in {clock.ElapsedMilliseconds} ms.");
            LastRebuild = clock.Elapsed;
            Interlocked.Increment(ref _version);
        });
        if (outcome is not { } done) return false;
        if (done.State is not null)
        {
            _state = done.State;
            _site = done.State.Output;
            _log.WriteLine($"Updated the lists and search index ({done.Result.PagesWritten} page(s) in all) in {clock.ElapsedMilliseconds} ms; {done.Result.Warnings} warning(s).");
        }
        else
        {
            ReportErrors(done.Result);
        }
        return true;
    }

    private void Accept(BuildResult result, BuildState? state, System.Diagnostics.Stopwatch clock)
    {
        if (state is not null)
        {
            _state = state;
            _site = state.Output;
            _errors = [];
            _log.WriteLine($"Rebuilt {result.PagesWritten} page(s) in {clock.ElapsedMilliseconds} ms; {result.Warnings} warning(s).");
        }
        else
        {
            ReportErrors(result);
        }
    }

    private void ReportErrors(BuildResult result)
    {
        _errors = result.Problems.Where(p => p.Severity == Severity.Error).Select(p => p.ToString()).ToList();
        foreach (var e in _errors) _log.WriteLine(e);
        _log.WriteLine($"Build failed: {result.Errors} error(s). Still serving the last good version.");
    }

    private async Task ServeLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening) { return; }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            response.Headers["Cache-Control"] = "no-store";
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            if (path == LiveReloadScript.StatusPath)
            {
                Send(response, 200, "application/json", JsonSerializer.SerializeToUtf8Bytes(new { version = Version, errors = _errors }));
                return;
            }
            if (path == LiveReloadScript.Path)
            {
                Send(response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReloadScript.Source));
                return;
            }
            var site = _site;
            if (Write.OpenReferral.FeedPaths.FileFor(path) is { } feedFile)
            {
                ServeFeed(response, site, feedFile);
                return;
            }
            var key = path.TrimStart('/');
            if (key.Length == 0 || key.EndsWith('/')) key += "index.html";
            if (site is not null && site.Files.TryGetValue(key, out var bytes))
                Send(response, 200, ContentType(key), WithReload(key, bytes));
            else if (site is not null && site.Files.TryGetValue("404.html", out var notFound))
                Send(response, 404, "text/html; charset=utf-8", WithReload("404.html", notFound));
            else
                Send(response, 404, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Not found"));
        }
        catch (Exception)
        {
            // The browser went away mid-response; nothing to tell anyone.
        }
    }

    // The Open Referral feed, as a production server gives it: any site may read it (ORUK asks for
    // CORS on every response), and an unknown id is a JSON 404, not the site's HTML page.
    private static void ServeFeed(HttpListenerResponse response, OutputFiles? site, string file)
    {
        response.Headers["Access-Control-Allow-Origin"] = "*";
        if (site is not null && site.Files.TryGetValue(file, out var json))
            Send(response, 200, "application/json", json);
        else
            Send(response, 404, "application/json", "{\"error\":\"not found\"}\n"u8.ToArray());
    }

    private static byte[] WithReload(string key, byte[] bytes)
    {
        if (!key.EndsWith(".html", StringComparison.Ordinal)) return bytes;
        var html = Encoding.UTF8.GetString(bytes);
        var tag = $"<script src=\"{LiveReloadScript.Path}\"></script>\n</body>";
        return Encoding.UTF8.GetBytes(html.Replace("</body>", tag));
    }

    private static void Send(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".txt" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        _ => "application/octet-stream",
    };

    private static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _watcher?.Dispose();
        if (_listener.IsListening) _listener.Stop();
        _listener.Close();
        await _rebuildGate.WaitAsync();
        _rebuildGate.Release();
    }
}
