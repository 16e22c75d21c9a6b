using System.Text.Json;
using System.Text.Json.Nodes;

namespace DirectoryPortal.Bench.Browser;

/// A tab of PlainChromium: navigation, CPU throttling and scripts run in the page, and nothing else switched on.
public sealed class PlainPage : IAsyncDisposable
{
    private readonly PlainChromium _browser;
    private readonly string _session;
    private readonly string _context;

    internal PlainPage(PlainChromium browser, string session, string context)
    {
        _browser = browser;
        _session = session;
        _context = context;
    }

    public Task<JsonNode> SendAsync(string method, JsonObject? parameters = null) => _browser.SendAsync(method, parameters ?? new JsonObject(), _session);

    /// Slows the page's CPU as Chromium's developer tools do.
    public Task ThrottleAsync(int rate) => SendAsync("Emulation.setCPUThrottlingRate", new JsonObject { ["rate"] = rate });

    /// Opens the address and waits until the page has loaded (its load event has fired).
    public async Task GotoAsync(string url)
    {
        await NavigateAsync(url);
        await WaitForAsync("document.readyState === 'complete' && location.href !== 'about:blank'");
    }

    /// Starts opening the address; returns once the browser has begun, not when the page has loaded.
    public Task NavigateAsync(string url) => SendAsync("Page.navigate", new JsonObject { ["url"] = url });

    /// A script to run in every document this tab opens, before the page's own. Chromium runs it only with the Page
    /// domain on, whose events come a few per navigation, not per request.
    public async Task AddInitScriptAsync(string source)
    {
        await SendAsync("Page.enable");
        await SendAsync("Page.addScriptToEvaluateOnNewDocument", new JsonObject { ["source"] = source });
    }

    /// Presses a key as a US keyboard would ("a", " ", "Enter"), holding it down for the given time.
    public async Task KeyAsync(string key, int holdMs)
    {
        var text = key == "Enter" ? "\r" : key;
        JsonObject Event(string type)
        {
            var e = new JsonObject { ["type"] = type, ["key"] = key };
            if (key == "Enter")
            {
                e["code"] = "Enter";
                e["windowsVirtualKeyCode"] = 13;
            }
            return e;
        }
        var down = Event("keyDown");
        down["text"] = text;
        down["unmodifiedText"] = text;
        await SendAsync("Input.dispatchKeyEvent", down);
        if (holdMs > 0) await Task.Delay(holdMs);
        await SendAsync("Input.dispatchKeyEvent", Event("keyUp"));
    }

    /// Waits until the expression is true in the page, asking every 50 ms.
    public async Task WaitForAsync(string expression, int timeoutMs = 60_000)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await EvaluateAsync<bool>($"!!({expression})"))
        {
            if (clock.ElapsedMilliseconds > timeoutMs) throw new TimeoutException($"Waited {timeoutMs} ms for {expression}.");
            await Task.Delay(50);
        }
    }

    /// Runs an expression in the page, waiting for its promise, and returns its value as JSON gives it.
    public async Task<T> EvaluateAsync<T>(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true });
        if (result["exceptionDetails"] is { } failed)
            throw new InvalidOperationException("The page's script failed: " + (failed["exception"]?["description"] ?? failed["text"]));
        var value = result["result"]?["value"];
        return value is null ? default! : value.Deserialize<T>()!;
    }

    /// Calls a function written in JavaScript with one argument, passed as JSON.
    public Task<T> CallAsync<T>(string function, object? argument) =>
        EvaluateAsync<T>($"({function})({JsonSerializer.Serialize(argument)})");

    public async ValueTask DisposeAsync()
    {
        try { await _browser.SendAsync("Target.disposeBrowserContext", new JsonObject { ["browserContextId"] = _context }, null); }
        catch (InvalidOperationException) { /* the browser has gone */ }
    }
}
