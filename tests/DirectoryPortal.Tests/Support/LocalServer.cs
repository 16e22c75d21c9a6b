using System.Net;
using System.Net.Sockets;

namespace DirectoryPortal.Tests.Support;

/// What the tests that start a real server share: a free port on 127.0.0.1, and reading a response's headers.
public static class LocalServer
{
    /// A port nothing listens on now (another process may still take it before the server binds it).
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// An HTTP client that shows responses as the server sent them: not decompressed, redirects not followed.
    public static HttpClient RawClient() =>
        new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false });

    /// A response header's value, whether .NET files it with the response or with its content; null if absent.
    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content) : null;
}
