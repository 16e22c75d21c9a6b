using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DirectoryPortal.Bench.Browser;

/// Serves folders on disk over HTTP on 127.0.0.1 with Debian's nginx, uncompressed and never cached, for searches that
/// cannot run from file:// (Pagefind fetches its index) and to time ours the same way. Each prefix maps to a folder;
/// extra pages given in memory are written to a folder of their own and served beside them.
public sealed class LocalServer : IAsyncDisposable
{
    public const string Nginx = "/usr/sbin/nginx";

    // A real server, as a visitor's browser meets one. The HttpListener this replaced sent a body over 16 KB in two
    // writes without TCP_NODELAY, so a part file could wait about 40 ms on loopback for a delayed acknowledgement.
    private readonly IReadOnlyList<(string Prefix, string Folder)> _folders;
    private readonly IReadOnlyDictionary<string, byte[]> _pages;
    private readonly string _prefix = Path.Combine(Path.GetTempPath(), "dp-bench-nginx-" + Guid.NewGuid().ToString("N"));
    private readonly Process _process;

    /// <param name="http2">Serve over TLS with HTTP/2, as deploy/nginx/example-server.conf does, with a certificate made
    /// for 127.0.0.1 on the spot (the browser context must ignore certificate errors).</param>
    public LocalServer(IReadOnlyList<(string Prefix, string Folder)> folders, IReadOnlyDictionary<string, byte[]>? pages = null, bool http2 = false)
    {
        if (!File.Exists(Nginx)) throw new InvalidOperationException($"{Nginx} is missing: install Debian's nginx (apt-get install nginx).");
        _folders = folders.Select(f => (f.Prefix, Path.GetFullPath(f.Folder))).OrderByDescending(f => f.Prefix.Length).ToList();
        _pages = pages ?? new Dictionary<string, byte[]>();
        Directory.CreateDirectory(Path.Combine(_prefix, "pages"));
        foreach (var (path, body) in _pages) File.WriteAllBytes(Path.Combine(_prefix, "pages", path.TrimStart('/')), body);
        var port = FreePort();
        if (http2) MakeCertificate();
        Url = $"{(http2 ? "https" : "http")}://127.0.0.1:{port}/";
        File.WriteAllText(Path.Combine(_prefix, "nginx.conf"), Config(port, http2));
        _process = Process.Start(new ProcessStartInfo(Nginx, ["-p", _prefix, "-c", Path.Combine(_prefix, "nginx.conf"), "-e", Path.Combine(_prefix, "error.log")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        if (!WaitUntilListening(port))
        {
            var log = File.Exists(Path.Combine(_prefix, "error.log")) ? File.ReadAllText(Path.Combine(_prefix, "error.log")) : "";
            Stop();
            throw new InvalidOperationException("nginx did not start:\n" + log);
        }
    }

    public string Url { get; }

    /// The file on disk a URL this server handed out stands for, or null (a page given in memory).
    public string? FileFor(string url)
    {
        if (!url.StartsWith(Url, StringComparison.Ordinal)) return null;
        var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath);
        if (_pages.ContainsKey(path)) return null;
        foreach (var (prefix, folder) in _folders)
            if (path.StartsWith(prefix, StringComparison.Ordinal))
            {
                var file = Path.GetFullPath(Path.Combine(folder, path[prefix.Length..]));
                if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
                return file.StartsWith(folder, StringComparison.Ordinal) && File.Exists(file) ? file : null;
            }
        return null;
    }

    private string CertificatePath => Path.Combine(_prefix, "cert.pem");
    private string KeyPath => Path.Combine(_prefix, "key.pem");

    private void MakeCertificate()
    {
        using var openssl = Process.Start(new ProcessStartInfo("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", KeyPath, "-out", CertificatePath, "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var errors = openssl.StandardError.ReadToEnd();
        openssl.WaitForExit();
        if (openssl.ExitCode != 0) throw new InvalidOperationException("openssl could not make a certificate:\n" + errors);
    }

    private string Config(int port, bool http2)
    {
        var listen = http2
            ? $"listen 127.0.0.1:{port} ssl http2;\n        ssl_certificate {CertificatePath};\n        ssl_certificate_key {KeyPath};"
            : $"listen 127.0.0.1:{port};";
        var temp = string.Join("\n", new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" }.Select(t => $"    {t}_temp_path {Path.Combine(_prefix, t)};"));
        var pages = string.Join("\n", _pages.Keys.Select(p => $"        location = {p} {{ root {Path.Combine(_prefix, "pages")}; }}"));
        var folders = string.Join("\n", _folders.Select(f => f.Prefix == "/"
            ? $"        location / {{ root {f.Folder}; }}"
            : $"        location {f.Prefix} {{ alias {f.Folder}/; }}"));
        return $$"""
            daemon off;
            master_process off;
            pid {{Path.Combine(_prefix, "nginx.pid")}};
            error_log {{Path.Combine(_prefix, "error.log")}} warn;
            events { worker_connections 1024; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
            {{temp}}
                sendfile on;
                tcp_nodelay on;
                gzip off;
                server {
                    {{listen}}
                    # Nothing may come from the browser's cache: every measurement starts empty.
                    add_header Cache-Control no-store always;
            {{pages}}
            {{folders}}
                }
            }
            """;
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private bool WaitUntilListening(int port)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (_process.HasExited) return false;
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        return false;
    }

    private void Stop()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException) { /* already gone */ }
        try { Directory.Delete(_prefix, recursive: true); } catch (IOException) { }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}
