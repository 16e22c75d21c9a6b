using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DirectoryPortal.Tests.Support;

/// Debian's nginx, started by the test as its own process on 127.0.0.1, serving a built site with the
/// shipped deploy/nginx configuration, exactly as a server would include it. A second server on another
/// port stands for another site (another origin) that tries to show the directory in a frame.
public sealed class NginxServer : IDisposable
{
    public const string Binary = "/usr/sbin/nginx";
    /// Debian's libnginx-mod-http-brotli-static, which deploy/nginx/brotli.conf needs.
    public const string BrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

    private readonly string _prefix = Path.Combine(Path.GetTempPath(), "dp-nginx-" + Guid.NewGuid().ToString("N"));
    private readonly Process _process;

    /// Serves <paramref name="siteRoot"/>; <paramref name="otherSiteRoot"/>, if given, on a second port.
    public NginxServer(string siteRoot, string? otherSiteRoot = null)
    {
        foreach (var (file, package) in new[] { (Binary, "nginx"), (BrotliModule, "libnginx-mod-http-brotli-static") })
            if (!File.Exists(file))
                throw new InvalidOperationException($"{file} is missing: install Debian's {package} (the README's test command does this when run as root).");
        Directory.CreateDirectory(_prefix);
        for (var attempt = 0; ; attempt++)
        {
            (Port, OtherPort) = (LocalServer.FreePort(), LocalServer.FreePort());
            File.WriteAllText(ConfigPath, Config(Path.GetFullPath(siteRoot), otherSiteRoot is null ? null : Path.GetFullPath(otherSiteRoot)));
            _process = Process.Start(new ProcessStartInfo(Binary, ["-p", _prefix, "-c", ConfigPath, "-e", ErrorLogPath])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            if (WaitUntilListening()) break;
            var log = ErrorLog;
            Stop();
            // Another process can take a probed port before nginx binds it; try again with new ones.
            if (attempt >= 4 || !log.Contains("Address already in use", StringComparison.Ordinal))
                throw new InvalidOperationException("nginx did not start:\n" + log);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    public int Port { get; private set; }
    /// The port of the other site, for the framing test.
    public int OtherPort { get; private set; }
    public string BaseUrl => $"http://127.0.0.1:{Port}/";
    public string Host => $"127.0.0.1:{Port}";
    public string OtherBaseUrl => $"http://127.0.0.1:{OtherPort}/";

    private string ConfigPath => Path.Combine(_prefix, "nginx.conf");
    private string ErrorLogPath => Path.Combine(_prefix, "error.log");
    public string AccessLogPath => Path.Combine(_prefix, "access.log");
    public string ErrorLog => File.Exists(ErrorLogPath) ? File.ReadAllText(ErrorLogPath) : "";

    /// The whole nginx.conf: only what a Debian server's own nginx.conf and site file would hold, with the
    /// shipped files included unchanged.
    private string Config(string siteRoot, string? otherSiteRoot)
    {
        var deploy = Path.Combine(Repo.Root, "deploy", "nginx");
        var temp = string.Join("\n", new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" }
            .Select(t => $"    {t}_temp_path {Path.Combine(_prefix, t)};"));
        var other = otherSiteRoot is null ? "" : $$"""
                server {
                    listen 127.0.0.1:{{OtherPort}};
                    root {{otherSiteRoot}};
                }
            """;
        return $$"""
            daemon off;
            master_process off;
            pid {{Path.Combine(_prefix, "nginx.pid")}};
            error_log {{ErrorLogPath}} warn;
            load_module {{BrotliModule}};
            events { worker_connections 256; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log {{AccessLogPath}};
            {{temp}}
                sendfile on;
                server {
                    listen 127.0.0.1:{{Port}};
                    root {{siteRoot}};
                    include {{Path.Combine(deploy, "directoryportal.conf")}};
                    include {{Path.Combine(deploy, "brotli.conf")}};
                }
            {{other}}
            }
            """;
    }

    private bool WaitUntilListening()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (_process.HasExited) return false;
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
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
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
        try { Directory.Delete(_prefix, true); } catch (IOException) { }
    }
}
