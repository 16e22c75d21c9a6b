using DirectoryPortal.Bench.Browser;

namespace DirectoryPortal.Bench.Measure;

/// Builds a copy of the shipped content (serve's edits must never touch the real files) and measures it.
public sealed class ShippedProbe(RepoPaths repo, BenchOptions options, TextWriter log)
{
    public async Task<ShippedResult> RunAsync()
    {
        var dir = Path.Combine(options.WorkDirectory, "shipped");
        var content = Path.Combine(dir, "content");
        var output = Path.Combine(dir, "out");
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        CopyDirectory(repo.ShippedContent, content);
        log.WriteLine($"== shipped content: copied to {content}");
        var build = TimedProcess.Run("dotnet", [repo.GeneratorDll, "build", "--content", content, "--theme", repo.Theme, "--out", output], repo.Root);
        if (build.ExitCode != 0) throw new InvalidOperationException($"The shipped content did not build ({build.ExitCode}):\n{build.StdErr}");
        var stats = OutputStats.Of(output);
        var services = Directory.GetFiles(Path.Combine(content, "services"), "*.yml").Length;
        var guidance = Directory.GetFiles(Path.Combine(content, "guidance"), "*.md").Length;

        var search = await SearchProbe.RunAsync(output, RealQueries(), log);
        if (search is not null) log.WriteLine("   " + Report.SearchTables.Describe("search", search).Replace("\n", "\n   "));
        var live = await new LiveEditProbe(repo.GeneratorDll, content, repo.Theme, repo.Root).RunAsync(options.Runs, log);
        if (live is not null) log.WriteLine($"   live edit: save to visible in the browser {Stats.Median(live):0} ms (median; {string.Join(", ", live.Select(t => t.ToString("0")))})");
        var serve = await new ServeProbe(repo.GeneratorDll, content, repo.Theme, repo.Root).RunAsync(options.Runs, log);
        return new ShippedResult(services, guidance, stats, search, live, serve);
    }

    /// The realistic queries the search tests use (tests/DirectoryPortal.Tests/Search/queries.txt), without their expected pages.
    private IReadOnlyList<string> RealQueries() => Queries(repo.Root);

    /// The realistic queries in the repository at <paramref name="root"/>.
    public static IReadOnlyList<string> Queries(string root) =>
        File.ReadAllLines(Path.Combine(root, "tests", "DirectoryPortal.Tests", "Search", "queries.txt"))
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Split('|')[0].Trim())
            .ToList();

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
