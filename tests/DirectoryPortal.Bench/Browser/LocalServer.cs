using System.Net;
using System.Net.Sockets;

namespace DirectoryPortal.Bench.Browser;

/// Serves folders on disk over HTTP on 127.0.0.1, uncompressed, for searches that cannot run from file://
/// (Pagefind fetches its index) and to time ours the same way. Each prefix maps to a folder; extra pages are served from memory.
public sealed class LocalServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly IReadOnlyList<(string Prefix, string Folder)> _folders;
    private readonly IReadOnlyDictionary<string, byte[]> _pages;
    private readonly Task _loop;

    public LocalServer(IReadOnlyList<(string Prefix, string Folder)> folders, IReadOnlyDictionary<string, byte[]>? pages = null)
    {
        _folders = folders.OrderByDescending(f => f.Prefix.Length).ToList();
        _pages = pages ?? new Dictionary<string, byte[]>();
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    /// The file on disk a URL this server handed out stands for, or null (a page served from memory).
    public string? FileFor(string url)
    {
        if (!url.StartsWith(Url, StringComparison.Ordinal)) return null;
        var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath);
        foreach (var (prefix, folder) in _folders)
            if (path.StartsWith(prefix, StringComparison.Ordinal))
            {
                var file = Path.GetFullPath(Path.Combine(folder, path[prefix.Length..]));
                if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
                return file.StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal) && File.Exists(file) ? file : null;
            }
        return null;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        try
        {
            var path = context.Request.Url!.AbsolutePath;
            byte[]? body = _pages.TryGetValue(path, out var page) ? page : null;
            if (body is null && FileFor(context.Request.Url!.AbsoluteUri) is { } file) body = File.ReadAllBytes(file);
            context.Response.StatusCode = body is null ? 404 : 200;
            context.Response.ContentType = ContentType(path);
            // Nothing may come from the browser's cache: every measurement starts empty.
            context.Response.Headers["Cache-Control"] = "no-store";
            if (body is not null) context.Response.OutputStream.Write(body);
            context.Response.Close();
        }
        catch (Exception) { /* the browser went away */ }
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" or "" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json",
        ".wasm" => "application/wasm",
        _ => "application/octet-stream",
    };

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try { await _loop; } catch (Exception) { }
    }
}
