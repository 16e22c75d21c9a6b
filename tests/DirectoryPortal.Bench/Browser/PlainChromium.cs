using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DirectoryPortal.Bench.Browser;

/// Debian's headless Chromium driven over the DevTools protocol directly, with nothing switched on but what a
/// measurement asks for. Playwright switches on the protocol's network events in every page it drives, so the browser
/// reports each request to it as it goes: a round of ten part scripts took about 1.5 ms a file longer that way
/// (RoundProbe), time a visitor's browser never spends. Timings of many small files are taken here.
public sealed class PlainChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket;
    // One message at a time on the socket: ClientWebSocket allows a single send in flight.
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> _pending = new();
    private readonly Task _reader;
    private int _nextId;

    private PlainChromium(Process process, string profile, ClientWebSocket socket)
    {
        _process = process;
        _profile = profile;
        _socket = socket;
        _reader = Task.Run(ReadAsync);
    }

    /// Starts the browser with the same arguments as the tests' and the benchmark's Playwright, and connects to it.
    public static async Task<PlainChromium> LaunchAsync()
    {
        var profile = Path.Combine(Path.GetTempPath(), "dp-bench-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(Chromium.ExecutablePath) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in Chromium.Arguments) start.ArgumentList.Add(arg);
        start.ArgumentList.Add("--remote-debugging-port=0");
        start.ArgumentList.Add("--user-data-dir=" + profile);
        start.ArgumentList.Add("about:blank");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Chromium writes the port it chose, and the browser's own endpoint, to this file once it listens.
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(30))
                throw new InvalidOperationException("Chromium did not start its DevTools endpoint.");
            await Task.Delay(50);
        }
        var lines = File.ReadAllLines(portFile);
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0].Trim()}{lines[1].Trim()}"), CancellationToken.None);
        return new PlainChromium(process, profile, socket);
    }

    /// A tab in a browser context of its own (its own cache, cookies and storage), as a new visitor's.
    public async Task<PlainPage> NewPageAsync()
    {
        var context = (string)(await SendAsync("Target.createBrowserContext", new JsonObject(), null))["browserContextId"]!;
        var target = (string)(await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank", ["browserContextId"] = context }, null))["targetId"]!;
        var session = (string)(await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target, ["flatten"] = true }, null))["sessionId"]!;
        var page = new PlainPage(this, session, context);
        await page.SendAsync("Security.setIgnoreCertificateErrors", new JsonObject { ["ignore"] = true });
        return page;
    }

    internal async Task<JsonNode> SendAsync(string method, JsonObject parameters, string? session)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (session is not null) message["sessionId"] = session;
        var done = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = done;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sending.WaitAsync();
        try { await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None); }
        finally { _sending.Release(); }
        var answer = await done.Task.WaitAsync(TimeSpan.FromMinutes(2));
        if (answer["error"] is { } error) throw new InvalidOperationException($"{method}: {error["message"]}");
        return answer["result"] ?? new JsonObject();
    }

    // Answers go to whoever sent the command; events are not asked for, so none are kept.
    private async Task ReadAsync()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var read = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (read.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, read.Count);
                if (!read.EndOfMessage) continue;
                var node = JsonNode.Parse(message.ToArray());
                message.SetLength(0);
                if (node?["id"] is { } id && _pending.TryRemove((int)id, out var waiting)) waiting.SetResult(node);
            }
        }
        catch (WebSocketException) { /* the browser went away */ }
        foreach (var waiting in _pending.Values) waiting.TrySetException(new InvalidOperationException("Chromium closed the DevTools connection."));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, patience.Token);
        }
        catch (Exception e) when (e is WebSocketException or InvalidOperationException or OperationCanceledException) { /* already closed or gone */ }
        try { if (!_process.HasExited) { _process.Kill(entireProcessTree: true); _process.WaitForExit(5000); } } catch (InvalidOperationException) { }
        await _reader;
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { }
    }
}
