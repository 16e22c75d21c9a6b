using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DirectoryPortal.Tests.Support;

/// Debian's Apache 2.4, started by the test on 127.0.0.1 with a minimal server configuration of its own
/// and the shipped deploy/apache/.htaccess in the site's folder, read as Apache reads any .htaccess.
public sealed class ApacheServer : IDisposable
{
    public const string Binary = "/usr/sbin/apache2";
    public const string Control = "/usr/sbin/apache2ctl";
    private const string Modules = "/usr/lib/apache2/modules";

    private readonly string _prefix = Path.Combine(Path.GetTempPath(), "dp-apache-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    public ApacheServer()
    {
        if (!File.Exists(Binary))
            throw new InvalidOperationException($"{Binary} is missing: install Debian's apache2 (the README's test command does this when run as root).");
        Directory.CreateDirectory(_prefix);
    }

    public int Port { get; private set; }
    public string BaseUrl => $"http://127.0.0.1:{Port}/";
    public string ErrorLog => File.Exists(ErrorLogPath) ? File.ReadAllText(ErrorLogPath) : "";
    private string ErrorLogPath => Path.Combine(_prefix, "error.log");
    private string ConfigPath => Path.Combine(_prefix, "apache2.conf");

    /// The server configuration: what a Debian site's own would hold for the folder. With
    /// <paramref name="inline"/> the .htaccess is included in the folder's section instead, so that
    /// `apache2ctl -t` (which never opens a .htaccess) checks every line of it.
    public string WriteConfig(string siteRoot, string htaccess, bool inline)
    {
        Port = LocalServer.FreePort();
        var user = Environment.UserName == "root" ? "User www-data\nGroup www-data" : "";
        var folder = inline
            ? $"    AllowOverride None\n    Include {htaccess}"
            : "    AllowOverride FileInfo Indexes";
        File.WriteAllText(ConfigPath, $"""
            ServerRoot {_prefix}
            ServerName 127.0.0.1
            Listen 127.0.0.1:{Port}
            PidFile {Path.Combine(_prefix, "apache2.pid")}
            Mutex file:{_prefix} default
            ErrorLog {ErrorLogPath}
            LogLevel warn
            {user}
            LoadModule mpm_event_module {Modules}/mod_mpm_event.so
            LoadModule authz_core_module {Modules}/mod_authz_core.so
            LoadModule mime_module {Modules}/mod_mime.so
            LoadModule dir_module {Modules}/mod_dir.so
            LoadModule headers_module {Modules}/mod_headers.so
            LoadModule rewrite_module {Modules}/mod_rewrite.so
            TypesConfig /etc/mime.types
            DocumentRoot {Path.GetFullPath(siteRoot)}
            <Directory />
                AllowOverride None
                Require all denied
            </Directory>
            <Directory {Path.GetFullPath(siteRoot)}>
                Require all granted
            {folder}
            </Directory>

            """);
        return ConfigPath;
    }

    /// `apache2ctl -t` on the configuration: its exit code and what it printed.
    public (int ExitCode, string Output) CheckSyntax()
    {
        using var check = Process.Start(new ProcessStartInfo(Control, ["-t", "-f", ConfigPath])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var output = check.StandardOutput.ReadToEndAsync();
        var error = check.StandardError.ReadToEnd();
        check.WaitForExit();
        return (check.ExitCode, output.Result + error);
    }

    /// Runs Apache in the foreground (one process tree of its own) until disposed.
    public void Start()
    {
        _process = Process.Start(new ProcessStartInfo(Binary, ["-f", ConfigPath, "-DFOREGROUND"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (_process.HasExited) break;
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        throw new InvalidOperationException("Apache did not start:\n" + ErrorLog + (_process.HasExited ? _process.StandardError.ReadToEnd() : ""));
    }


    public void Dispose()
    {
        try
        {
            // The whole tree: Apache's own parent and the children it started.
            if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
            _process?.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }
        _process?.Dispose();
        try { Directory.Delete(_prefix, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
