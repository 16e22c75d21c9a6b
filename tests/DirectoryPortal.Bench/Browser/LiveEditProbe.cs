using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using DirectoryPortal.Bench.Synthetic;
using Microsoft.Playwright;

namespace DirectoryPortal.Bench.Browser;

/// What an editor sees: `serve` running, a service page open in Chromium, the service's YAML saved with
/// a new description; timed from the save until the new words are on the page in the browser (the
/// watcher, the rebuild, live reload's poll and the page load, all included).
public sealed partial class LiveEditProbe(string generatorDll, string contentDirectory, string themeDirectory, string workingDirectory)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [GeneratedRegex(@"^Serving (\S+) ")]
    private static partial Regex ServingLine();

    /// Null when Chromium or serve is not available; the report then says it was not measured.
    public async Task<IReadOnlyList<double>?> RunAsync(int runs, TextWriter log)
    {
        if (!Chromium.Available)
        {
            log.WriteLine($"   live edit: {Chromium.ExecutablePath} not found; not measured");
            return null;
        }
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var a in new[] { generatorDll, "serve", "--content", contentDirectory, "--theme", themeDirectory, "--port", "0" }) info.ArgumentList.Add(a);
        var lines = Channel.CreateUnbounded<string>();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Writer.TryWrite(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lines.Writer.TryWrite(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var baseUrl = await WaitForBaseUrlAsync(lines);
            if (baseUrl is null)
            {
                log.WriteLine("   live edit: serve never said where it was serving; not measured");
                return null;
            }
            var files = Directory.GetFiles(Path.Combine(contentDirectory, "services"), "*.yml").Order(StringComparer.Ordinal).ToArray();
            var page = await browser.NewPageAsync();
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var file = files[(2 * i + 1) * files.Length / (2 * runs)];
                var url = baseUrl.TrimEnd('/') + "/services/" + Path.GetFileNameWithoutExtension(file) + "/index.html";
                await page.GotoAsync(url);
                // Give live reload's first poll time to learn the current version, as an editor's open tab would have.
                await page.WaitForTimeoutAsync(1000);
                var marker = $"Edited for the live reload benchmark, run {i + 1}.";
                var clock = Stopwatch.StartNew();
                SetDescription(file, marker);
                if (!await WaitForTextAsync(page, marker))
                {
                    log.WriteLine($"   live edit: run {i + 1}: the edit never appeared in the browser; not measured");
                    return null;
                }
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            return times;
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<string?> WaitForBaseUrlAsync(Channel<string> lines)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            while (true)
                if (ServingLine().Match(await lines.Reader.ReadAsync(cancel.Token)) is { Success: true } m) return m.Groups[1].Value;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    // Polls the page's text; the reload replaces the document, so each read asks the page afresh.
    private static async Task<bool> WaitForTextAsync(IPage page, string text)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            try
            {
                if (await page.EvaluateAsync<bool>("t => document.body !== null && document.body.textContent.includes(t)", text)) return true;
            }
            catch (PlaywrightException)
            {
                // The page was navigating (live reload) while we asked; ask again.
            }
            await Task.Delay(5);
        }
        return false;
    }

    private static void SetDescription(string path, string text) => Yaml.SetField(path, "description", text);
}
