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
    private bool _started;

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
        _started = true;
        _listener.Start();
        _ = Task.Run(ServeLoopAsync);
        _watcher = new SiteWatcher(new[] { _options.ContentDirectory, _options.ThemeDirectory }, paths => _ = RebuildAsync(paths));
        _log.WriteLine($"Serving {Url} (only on this computer). Watching {_options.ContentDirectory} and {_options.ThemeDirectory}. Press Ctrl+C to stop.");
    }

    /// Rebuilds from disk; on errors keeps serving the last good site and shows the errors until a build
    /// succeeds. <paramref name="changedPaths"/> (null: unknown, rebuild everything) lets an edit to existing
    /// service records re-render only the pages they touch, but only from a build that succeeded: after a
    /// failed one the next build is a full one, so what is served is always what the files say now.
    public async Task RebuildAsync(IReadOnlyList<string>? changedPaths = null)
    {
        // Editors' lock, swap and backup files are not content (the loader skips them too).
        if (changedPaths is not null)
        {
            changedPaths = changedPaths.Where(p => !EditorLeftovers.IsLeftover(Path.GetFileName(p))).ToList();
            if (changedPaths.Count == 0) return;
        }
        await _rebuildGate.WaitAsync();
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                var services = Path.GetFullPath(Path.Combine(_options.ContentDirectory, "services")) + Path.DirectorySeparatorChar;
                var onlyServices = changedPaths is { Count: > 0 } && changedPaths.All(p => p.StartsWith(services, StringComparison.Ordinal));
                // Compiled templates are cached by the renderer, so any other change gets a fresh one.
                if ((changedPaths is null && _started) || (changedPaths is not null && !onlyServices && changedPaths.Any(p => p.EndsWith(".cshtml", StringComparison.Ordinal))))
                    _builder = new SiteBuilder(_options);
                var done = onlyServices && _state is not null && await TryRebuildServicesAsync(changedPaths!, clock);
                if (!done)
                {
                    var (result, state) = await _builder.BuildStateAsync(_cache);
                    Accept(result, state, clock);
                }
            }
            catch (Exception ex)
            {
                _state = null;
                _errors = [$"The site could not be rendered: {(ex is AggregateException a ? a.Flatten().InnerExceptions[0].Message : ex.Message)}"];
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
        var lastGood = _state!;
        var outcome = await _builder.RebuildServicesAsync(lastGood, relative, (quick, pages) =>
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
            // Back to the last good site as a whole (the quick page may be up), and a full build next time.
            _site = lastGood.Output;
            _state = null;
            ReportErrors(done.Result);
        }
        return true;
    }

    private void Accept(BuildResult result, BuildState? state, System.Diagnostics.Stopwatch clock)
    {
        _state = state;
        if (state is not null)
        {
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
            if (Refusal(context.Request) is { } refusal)
            {
                response.Headers["Cache-Control"] = "no-store";
                Send(response, 403, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(refusal));
                return;
            }
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            // The published site's headers (deploy/), so a page that breaks its policy fails here first;
            // but never cached, so the preview always shows the last save.
            foreach (var (name, value) in Deploy.SecurityHeaders.For(path)) response.Headers[name] = value;
            response.Headers["Cache-Control"] = "no-store";
            // The preview holds unpublished content: no other site open in the same browser may load it
            // (a <script src> of the search index would otherwise hand it every record).
            response.Headers["Cross-Origin-Resource-Policy"] = "same-origin";
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

    /// Why a request is refused, or null. Browsers say where a request comes from (Sec-Fetch-Site, Origin);
    /// only the preview's own pages and addresses typed or bookmarked are answered. The Host check stops a
    /// web site whose name is made to point at 127.0.0.1 (DNS rebinding) reading the preview as its own.
    public string? Refusal(HttpListenerRequest request)
    {
        var host = request.Headers["Host"] ?? "";
        if (!host.Equals($"127.0.0.1:{Port}", StringComparison.OrdinalIgnoreCase) && !host.Equals($"localhost:{Port}", StringComparison.OrdinalIgnoreCase))
            return $"This preview answers only requests for 127.0.0.1:{Port}.";
        var site = request.Headers["Sec-Fetch-Site"];
        if (site is not null && site is not ("same-origin" or "none"))
            return "This preview answers only its own pages, not requests from other web sites.";
        var origin = request.Headers["Origin"];
        if (origin is not null && origin != $"http://127.0.0.1:{Port}" && origin != $"http://localhost:{Port}")
            return "This preview answers only its own pages, not requests from other web sites.";
        return null;
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
