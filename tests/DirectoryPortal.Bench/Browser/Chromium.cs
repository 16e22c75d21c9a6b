using Microsoft.Playwright;

namespace DirectoryPortal.Bench.Browser;

/// Debian's headless Chromium driven by Playwright, launched the same way the browser tests launch it.
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// The arguments the brief gives for Debian's Chromium, for every browser the benchmark starts.
    public static readonly string[] Arguments =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static bool Available => File.Exists(ExecutablePath);

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Args = Arguments });
        return (playwright, browser);
    }

    /// Slows the page's CPU the way Chrome's developer tools do, to stand in for a cheap phone.
    public static async Task ThrottleAsync(IPage page, int rate)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = rate });
    }
}
