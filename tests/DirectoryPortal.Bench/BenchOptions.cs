using System.Globalization;

namespace DirectoryPortal.Bench;

/// Command-line options of the benchmark.
public sealed record BenchOptions(IReadOnlyList<int> Sizes, int Runs, string? ReportPath, string WorkDirectory)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/DirectoryPortal.Bench -- [options]

          --sizes 100,1000,10000   services per synthetic directory (each also has 200 guidance pages)
          --runs 5                 timed builds per size and generator, alternating ours and Hugo
          --out docs/benchmarks.md write the results as Markdown (default: print them only)
          --work DIR               scratch folder (default: the system temp folder)

        Other modes:
          generate --size N --out DIR   write one synthetic content folder and check it
          search --sizes 1000,10000 [--work DIR] [--out docs/benchmarks.md]
                                        search alone: ours at each size, Pagefind 1.6.0 beside the largest
          languages [--languages 1,3,9] [--sizes ...] [--runs N] [--out FILE] [--work DIR]
                                        build each size with that many languages; time and output by language
          search-languages [--out FILE] [--work DIR]
                                        build the shipped content; each language's search index size and query
                                        times in Chromium, at full speed and with the CPU slowed four times
          search-page --site DIR [--page pl/search.html] [--queries "a|b"]
                                        one built site's search page, measured as `search` measures it, query by query
          search-rounds --site DIR [--page search.html] [--rounds 15]
                                        what rounds of index part scripts cost the browser alone, over HTTP/1.1,
                                        HTTP/2 and file://, at full speed and slowed four times
        """;

    public static BenchOptions Parse(string[] args)
    {
        var sizes = new[] { 100, 1000, 10000 };
        var runs = 5;
        string? report = null;
        var work = Path.Combine(Path.GetTempPath(), "directoryportal-bench");
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--sizes": sizes = Value().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(); break;
                case "--runs": runs = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--out": report = Value(); break;
                case "--work": work = Value(); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }
        if (runs < 1 || sizes.Any(s => s < 1)) throw new ArgumentException("--runs and --sizes must be positive.");
        return new BenchOptions(sizes, runs, report, Path.GetFullPath(work));
    }
}
