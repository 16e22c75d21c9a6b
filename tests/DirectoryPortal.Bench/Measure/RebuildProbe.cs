using System.Diagnostics;
using DirectoryPortal.Bench.Synthetic;
using DirectoryPortal.Pipeline;

namespace DirectoryPortal.Bench.Measure;

/// Rebuilds with one SiteBuilder kept alive (templates compiled once), after editing one service file.
/// This is the best a `serve` that rebuilds the whole site could do; it is not a measurement of `serve`.
public sealed class RebuildProbe(string contentDirectory, string themeDirectory, string outputDirectory, DateOnly today)
{
    public async Task<RebuildResult> RunAsync(int runs)
    {
        var builder = new SiteBuilder(new BuildOptions(contentDirectory, themeDirectory, outputDirectory) { Today = today });
        await BuildOrThrow(builder);
        var first = OutputHash.PerFile(outputDirectory);

        var noChange = new List<double>();
        var deterministic = true;
        for (var i = 0; i < runs; i++)
        {
            noChange.Add(await BuildOrThrow(builder));
            deterministic &= OutputHash.CountChanged(first, OutputHash.PerFile(outputDirectory)) == 0;
        }

        var services = Directory.GetFiles(Path.Combine(contentDirectory, "services"), "*.yml").Order(StringComparer.Ordinal).ToArray();
        var oneService = new List<double>();
        int rewritten = 0, changed = 0;
        for (var i = 0; i < runs; i++)
        {
            var before = OutputHash.PerFile(outputDirectory);
            var stamp = DateTime.UtcNow;
            // A different service each time, spread across the alphabet, with an edit that shows on its page.
            EditEligibility(services[i * services.Length / runs], i);
            oneService.Add(await BuildOrThrow(builder));
            var after = OutputHash.PerFile(outputDirectory);
            changed = OutputHash.CountChanged(before, after);
            rewritten = after.Keys.Count(f => File.GetLastWriteTimeUtc(Path.Combine(outputDirectory, f)) >= stamp);
        }
        return new RebuildResult(noChange, oneService, deterministic, first.Count, rewritten, changed);
    }

    private static async Task<double> BuildOrThrow(SiteBuilder builder)
    {
        var clock = Stopwatch.StartNew();
        var result = await builder.BuildAsync();
        if (!result.Succeeded) throw new InvalidOperationException($"Rebuild failed with {result.Errors} error(s).");
        return clock.Elapsed.TotalMilliseconds;
    }

    private static void EditEligibility(string path, int edit) =>
        Yaml.SetField(path, "eligibility", $"Edited for the rebuild benchmark ({edit}). Anyone aged 16 or over.");
}
