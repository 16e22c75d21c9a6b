using DirectoryPortal.Bench.Measure;
using DirectoryPortal.Bench.Report;
using DirectoryPortal.Bench.Synthetic;

namespace DirectoryPortal.Bench;

/// `languages`: builds each synthetic size with 1, 3 and 9 languages and reports how time and output grow.
public sealed class LanguagesRunner(RepoPaths repo, BenchOptions options, IReadOnlyList<int> languageCounts, TextWriter log)
{
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow);

    public bool Run()
    {
        var machine = MachineInfo.Collect(repo.Root, "hugo");
        log.WriteLine(machine.OneLine);
        var shipped = ShippedSite.Read(repo.ShippedContent);
        var generator = new DirectoryGenerator(shipped.CategorySlugs, shipped.AudienceSlugs, _today);
        var results = new List<LanguageResult>();
        foreach (var size in options.Sizes)
        {
            var synthetic = generator.Generate(size, shipped.LinkedServiceSlugs);
            foreach (var languages in languageCounts)
            {
                var dir = Path.Combine(options.WorkDirectory, $"{size}-{languages}");
                var content = Path.Combine(dir, "content");
                var output = Path.Combine(dir, "out");
                log.WriteLine($"== {size} services, {languages} language(s): writing content to {dir}");
                ContentWriter.Write(synthetic, repo.ShippedContent, content);
                TranslationWriter.Write(synthetic, content, repo.Theme, languages);
                Build(content, output); // untimed: files into the page cache, templates into the cache
                var builds = new List<ProcessSample>();
                for (var run = 0; run < options.Runs; run++)
                {
                    builds.Add(Build(content, output));
                    log.WriteLine($"   run {run + 1}: {builds[^1].WallMs:0} ms, {(builds[^1].PeakRssBytes ?? 0) / 1048576} MB");
                }
                var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
                results.Add(new LanguageResult(size, languages, builds, OutputStats.Of(output), pages));
                Directory.Delete(dir, recursive: true);
            }
        }
        var markdown = LanguageTables.Generated(machine, options, results);
        if (options.ReportPath is { } path)
        {
            ReportWriter.WriteInto(Path.GetFullPath(path), markdown, LanguageTables.Markers);
            log.WriteLine($"Wrote {Path.GetFullPath(path)}");
        }
        else log.WriteLine(markdown);
        return true;
    }

    private ProcessSample Build(string content, string output)
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var sample = TimedProcess.Run("dotnet", [repo.GeneratorDll, "build", "--content", content, "--theme", repo.Theme, "--out", output], repo.Root,
            new Dictionary<string, string> { ["DIRECTORYPORTAL_TEMPLATE_CACHE"] = Path.Combine(options.WorkDirectory, "template-cache") });
        if (sample.ExitCode != 0) throw new InvalidOperationException($"directoryportal build failed ({sample.ExitCode}):\n{sample.StdErr}");
        return sample;
    }
}
