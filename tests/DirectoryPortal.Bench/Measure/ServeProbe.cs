using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using DirectoryPortal.Bench.Synthetic;

namespace DirectoryPortal.Bench.Measure;

/// Starts the real `serve` command, edits one service file at a time and times until serve says it rebuilt.
/// Relies on serve's log lines: "Serving ..." once ready; per edit, "Rebuilt N page(s) in X ms" (a full
/// rebuild adds "; N warning(s)"), or for a service edit "Rebuilt ..." for its own page and then
/// "Updated the lists and search index (N page(s) in all) in X ms" when the rest has caught up.
public sealed partial class ServeProbe(string generatorDll, string contentDirectory, string themeDirectory, string workingDirectory)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RebuildTimeout = TimeSpan.FromMinutes(2);

    [GeneratedRegex(@"^Rebuilt (\d+) page\(s\) in (\d+) ms")]
    private static partial Regex RebuiltLine();

    [GeneratedRegex(@"^Updated the lists and search index \((\d+) page\(s\) in all\) in (\d+) ms")]
    private static partial Regex UpdatedLine();

    /// Null when serve cannot be started or never reports a rebuild: the report then says it was not measured.
    public async Task<ServeResult?> RunAsync(int runs, TextWriter log)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var a in new[] { generatorDll, "serve", "--content", contentDirectory, "--theme", themeDirectory, "--port", "0" }) info.ArgumentList.Add(a);
        var lines = Channel.CreateUnbounded<string>();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Writer.TryWrite(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lines.Writer.TryWrite(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            if (await WaitForAsync(lines, l => l.StartsWith("Serving ", StringComparison.Ordinal), StartTimeout) is null)
            {
                log.WriteLine("   serve: never reported it was serving; not measured");
                return null;
            }
            var startup = clock.Elapsed.TotalMilliseconds;
            var services = Directory.GetFiles(Path.Combine(contentDirectory, "services"), "*.yml").Order(StringComparer.Ordinal).ToArray();
            var pageMs = new List<double>();
            var completeMs = new List<double>();
            var saveToComplete = new List<double>();
            var pages = new List<int>();
            for (var i = 0; i < runs; i++)
            {
                // Let the watcher's quiet period from the previous edit pass, so each edit is a burst of its own.
                await Task.Delay(500);
                var edit = Stopwatch.StartNew();
                EditDescription(services[(2 * i + 1) * services.Length / (2 * runs)], i);
                var line = await WaitForAsync(lines, l => l.StartsWith("Rebuilt ", StringComparison.Ordinal) || l.StartsWith("Build failed", StringComparison.Ordinal), RebuildTimeout);
                if (line is null || RebuiltLine().Match(line) is not { Success: true } m)
                {
                    log.WriteLine($"   serve: rebuild {i + 1} did not succeed ({line ?? "timed out"}); not measured");
                    return null;
                }
                var first = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                var count = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                var complete = first;
                // Without "warning(s)" the line only announced the edited page; the lists and index follow.
                if (!line.Contains("warning(s)", StringComparison.Ordinal))
                {
                    var rest = await WaitForAsync(lines, l => UpdatedLine().IsMatch(l) || l.StartsWith("Build failed", StringComparison.Ordinal), RebuildTimeout);
                    if (rest is null || UpdatedLine().Match(rest) is not { Success: true } u)
                    {
                        log.WriteLine($"   serve: rebuild {i + 1} never finished the lists ({rest ?? "timed out"}); not measured");
                        return null;
                    }
                    complete = double.Parse(u.Groups[2].Value, CultureInfo.InvariantCulture);
                    count = int.Parse(u.Groups[1].Value, CultureInfo.InvariantCulture);
                }
                saveToComplete.Add(edit.Elapsed.TotalMilliseconds);
                pageMs.Add(first);
                completeMs.Add(complete);
                pages.Add(count);
            }
            return new ServeResult(startup, pageMs, completeMs, saveToComplete, pages, HighWaterMark(process.Id));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<string?> WaitForAsync(Channel<string> lines, Func<string, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var line = await lines.Reader.ReadAsync(cancel.Token);
                if (match(line)) return line;
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// A change people make: the service's description, which shows on its page, its card and the print page.
    private static void EditDescription(string path, int edit) =>
        Yaml.SetField(path, "description", $"Edited for the serve benchmark ({edit}). Free, confidential support for anyone affected by abuse, by phone and in person, with advocates who can go with you to appointments.");

    private static long? HighWaterMark(int pid)
    {
        var line = File.Exists($"/proc/{pid}/status") ? File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}
