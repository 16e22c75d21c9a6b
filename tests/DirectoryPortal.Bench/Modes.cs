using System.Globalization;
using System.Text.Json;
using DirectoryPortal.Bench.Measure;
using DirectoryPortal.Bench.Synthetic;

namespace DirectoryPortal.Bench;

/// The benchmark's three modes: the full benchmark, writing one content folder, and the profiling child.
public static class Modes
{
    public static int Bench(BenchOptions options)
    {
        var repo = RepoPaths.Find();
        if (!File.Exists(repo.GeneratorDll))
            throw new ArgumentException($"{repo.GeneratorDll} is missing; run with -c Release so the generator is built in Release.");
        var report = new BenchRunner(repo, options, Console.Out).Run();
        return report ? 0 : 1;
    }

    /// Builds each size with 1, 3 and 9 languages (or --languages a,b,c) and reports time and output by language.
    public static int Languages(string[] args)
    {
        var counts = (Option(args, "--languages") ?? "1,3,9").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var rest = args.ToList();
        var at = rest.IndexOf("--languages");
        if (at >= 0) rest.RemoveRange(at, 2);
        var options = BenchOptions.Parse(rest.ToArray());
        var repo = RepoPaths.Find();
        if (!File.Exists(repo.GeneratorDll))
            throw new ArgumentException($"{repo.GeneratorDll} is missing; run with -c Release so the generator is built in Release.");
        return new LanguagesRunner(repo, options, counts, Console.Out).Run() ? 0 : 1;
    }

    /// Builds the shipped content and measures each language's search page: index size and query times in Chromium.
    public static async Task<int> SearchLanguagesAsync(string[] args)
    {
        var options = BenchOptions.Parse(args);
        var repo = RepoPaths.Find();
        if (!File.Exists(repo.GeneratorDll))
            throw new ArgumentException($"{repo.GeneratorDll} is missing; run with -c Release so the generator is built in Release.");
        return await new SearchLanguagesRunner(repo, options, Console.Out).RunAsync() ? 0 : 1;
    }

    public static int Generate(string[] args)
    {
        var size = int.Parse(Option(args, "--size") ?? "100", CultureInfo.InvariantCulture);
        var target = Path.GetFullPath(Option(args, "--out") ?? throw new ArgumentException("generate needs --out DIR."));
        var repo = RepoPaths.Find();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var shipped = ShippedSite.Read(repo.ShippedContent);
        var directory = new DirectoryGenerator(shipped.CategorySlugs, shipped.AudienceSlugs, today).Generate(size, shipped.LinkedServiceSlugs);
        ContentWriter.Write(directory, repo.ShippedContent, target);
        Console.WriteLine($"Wrote {directory.Services.Count} services and {directory.Guidance.Count} guidance pages to {target}");
        if (Option(args, "--hugo") is { } hugo)
        {
            Hugo.HugoSite.Write(directory, shipped.Taxonomy, repo.HugoTemplates, repo.Theme, Path.GetFullPath(hugo));
            Console.WriteLine($"Wrote the Hugo site to {Path.GetFullPath(hugo)}");
        }
        return ContentVerifier.Verify(target, today, Console.Out) ? 0 : 1;
    }

    /// Run as a child so the profile starts cold, like the CLI, and its memory does not mix with the parent's.
    public static async Task<int> ProfileAsync(string[] args)
    {
        var content = Option(args, "--content") ?? throw new ArgumentException("profile needs --content.");
        var theme = Option(args, "--theme") ?? throw new ArgumentException("profile needs --theme.");
        var output = Option(args, "--out") ?? throw new ArgumentException("profile needs --out.");
        var runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var today = DateOnly.ParseExact(Option(args, "--today") ?? DateTime.UtcNow.ToString("yyyy-MM-dd"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var phases = await new PhaseProfiler(content, theme, output, today).RunAsync();
        var rebuild = await new RebuildProbe(content, theme, output + "-rebuild", today).RunAsync(runs);
        Console.WriteLine(JsonSerializer.Serialize(new ProfileResult(phases, rebuild)));
        return 0;
    }

    /// The search benchmark alone: `search --sizes 1000,10000 [--work DIR] [--out docs/benchmarks.md]`.
    public static Task<int> SearchAsync(string[] args)
    {
        var sizes = (Option(args, "--sizes") ?? "1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var work = Path.GetFullPath(Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "directoryportal-bench-search"));
        Directory.CreateDirectory(work);
        var repo = RepoPaths.Find();
        if (!File.Exists(repo.GeneratorDll))
            throw new ArgumentException($"{repo.GeneratorDll} is missing; run with -c Release so the generator is built in Release.");
        return new SearchRunner(repo, sizes, work, Option(args, "--out"), Console.Out).RunAsync();
    }

    /// One built site's search page measured as the search benchmark measures it, printed query by query, to try a
    /// change without the whole run: `search-page --site DIR [--page pl/search.html] [--queries "a|b"]`.
    public static async Task<int> SearchPageAsync(string[] args)
    {
        var site = Path.GetFullPath(Option(args, "--site") ?? throw new ArgumentException("search-page needs --site DIR (a built site)."));
        var page = Option(args, "--page") ?? "search.html";
        var queries = Option(args, "--queries")?.Split('|') ?? BenchRunner.SyntheticQueries;
        var timing = await Browser.SearchProbe.RunAsync(site, queries, Console.Out, page);
        if (timing is null) return 1;
        Console.WriteLine(Report.SearchTables.Describe(page, timing));
        var phone = timing.Phone;
        for (int i = 0; i < queries.Length; i++)
            Console.WriteLine($"  slowed {queries[i],-40} first results {Report.Format.Ms(phone.FirstResultsMs[i]),8}  next query {Report.Format.N(phone.NextQueryMs[i], "0.0"),7} ms  typed {Report.Format.N(phone.TypedMs[i], "0.0"),7} ms  (full speed: next query {Report.Format.N(timing.Desktop.NextQueryMs[i], "0.0"),7} ms)");
        return 0;
    }

    /// What a round of index part scripts costs the browser alone, over HTTP/1.1, HTTP/2 and file://:
    /// `search-rounds --site DIR [--page search.html] [--rounds 15]`.
    public static async Task<int> SearchRoundsAsync(string[] args)
    {
        var site = Path.GetFullPath(Option(args, "--site") ?? throw new ArgumentException("search-rounds needs --site DIR (a built site with a split index)."));
        var rounds = int.Parse(Option(args, "--rounds") ?? "15", CultureInfo.InvariantCulture);
        return await Browser.RoundProbe.RunAsync(site, Option(args, "--page") ?? "search.html", rounds, Console.Out) ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
