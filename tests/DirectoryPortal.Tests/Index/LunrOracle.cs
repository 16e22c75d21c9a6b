using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DirectoryPortal.Index;

namespace DirectoryPortal.Tests.Index;

/// <summary>Runs the real lunr.js 2.3.9 (tests/DirectoryPortal.Tests/lunr-oracle) through node.</summary>
internal static class LunrOracle
{
    private static readonly Lazy<string> PreparedDirectory = new(Prepare, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The corpus file format oracle.js reads.</summary>
    public static string CorpusJson(IReadOnlyList<SearchField> fields, IEnumerable<SearchDocument> documents, IEnumerable<string>? queries = null, string? languageJson = null)
    {
        // Written with the builder's own JSON string writer because System.Text.Json refuses lone
        // surrogates, which the tricky corpus deliberately contains.
        var json = new StringBuilder("{\"fields\":[");
        json.AppendJoin(',', fields.Select(f => $"{{\"name\":{Quote(f.Name)},\"boost\":{Number(f.Boost)}" +
            (f.Language is null ? "" : $",\"pipeline\":[{string.Join(',', f.Language.IndexPipeline.Labels.Select(Quote))}]") + "}"));
        json.Append("],\"documents\":[");
        json.AppendJoin(',', documents.Select(d =>
            $"{{\"ref\":{Quote(d.Ref)},\"fields\":{{{string.Join(',', d.Fields.Select(kv => Quote(kv.Key) + ":" + Quote(kv.Value)))}}}}}"));
        json.Append("],\"queries\":[");
        json.AppendJoin(',', (queries ?? []).Select(Quote));
        json.Append(']');
        if (languageJson is not null) json.Append(",\"language\":").Append(languageJson);
        json.Append('}');
        return json.ToString();
    }

    /// <summary>JSON.stringify of the index lunr builds from the corpus.</summary>
    public static string Build(string corpusJson) => Run("build", [corpusJson]);

    /// <summary>Runs the corpus's queries against lunr's own index and against ours loaded with lunr.Index.load.</summary>
    public static JsonDocument Search(string corpusJson, string ourIndexJson) =>
        JsonDocument.Parse(Run("search", [corpusJson, ourIndexJson]));

    /// <summary>As <see cref="Build"/> and <see cref="Search"/> with one build: "index" holds lunr's JSON text as it wrote it.</summary>
    public static JsonDocument BuildAndSearch(string corpusJson, string ourIndexJson) =>
        JsonDocument.Parse(Run("buildsearch", [corpusJson, ourIndexJson]));

    /// <summary>The theme's search-query.js, with the site's <paramref name="dataJson"/> (the index script's object without
    /// its index), run over the corpus's queries on lunr's own index of the corpus and on ours; "index" is lunr's JSON.</summary>
    public static JsonDocument SiteSearch(string corpusJson, string ourIndexJson, string dataJson) =>
        JsonDocument.Parse(Run("sitesearch", [corpusJson, ourIndexJson, dataJson]));

    public static JsonDocument Stem(IEnumerable<string> words) => JsonDocument.Parse(Run("stem", [JsonArray(words)]));

    public static JsonDocument Pipeline(IEnumerable<string> texts) => JsonDocument.Parse(Run("pipeline", [JsonArray(texts)]));

    public static JsonDocument Lowercase() => JsonDocument.Parse(Run("lowercase", []));

    public static JsonDocument StopWords() => JsonDocument.Parse(Run("stopwords", []));

    /// <summary>JSON.stringify, Math.log and Math.round of each number, as node computes them.</summary>
    public static JsonDocument MathFunctions(IEnumerable<double> numbers) =>
        JsonDocument.Parse(Run("math", ["[" + string.Join(',', numbers.Select(Number)) + "]"]));

    /// <summary>The theme's unpacker run on a packed index: JSON.stringify of what lunr.Index.load will get.</summary>
    public static string Unpack(string packedJson) => Run("unpack", [packedJson]);

    /// <summary>A language's stemmer (a registered name, or null), index pipeline and search pipeline on each word,
    /// with lunr-languages' sources ("source") and with the minified files the site serves ("minified").</summary>
    public static JsonDocument Analyze(string languageJson, string? stemmer, IEnumerable<string> words) =>
        JsonDocument.Parse(Run("analyze", [$"{{\"language\":{languageJson},\"stemmer\":{(stemmer is null ? "null" : Quote(stemmer))},\"words\":{JsonArray(words)}}}"]));

    /// <summary>Our Unicode trimmer and folds and lunr-languages' trimmers over every code point.</summary>
    public static JsonDocument CodePoints() => JsonDocument.Parse(Run("codepoints", []));

    /// <summary>lunr-languages' stop-word lists, by language code, read from the package.</summary>
    public static JsonDocument LanguageStopWords() => JsonDocument.Parse(Run("languagestopwords", []));

    public static string Quote(string value)
    {
        var output = new StringBuilder();
        JsJson.AppendString(output, value);
        return output.ToString();
    }

    private static string Number(double value)
    {
        var output = new StringBuilder();
        JsJson.AppendNumber(output, value);
        return output.ToString();
    }

    private static string JsonArray(IEnumerable<string> values) => "[" + string.Join(',', values.Select(Quote)) + "]";

    // Each input goes to a temporary file, and the result comes back through one, so large indexes
    // and non-ASCII text never pass through a console encoding.
    private static string Run(string command, IReadOnlyList<string> inputs)
    {
        string directory = PreparedDirectory.Value;
        string work = Path.Combine(Path.GetTempPath(), "lunr-oracle-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var arguments = new List<string> { "oracle.js", command };
            for (int i = 0; i < inputs.Count; i++)
            {
                string file = Path.Combine(work, $"input{i}.json");
                File.WriteAllText(file, inputs[i], new UTF8Encoding(false));
                arguments.Add(file);
            }

            string output = Path.Combine(work, "output.json");
            arguments.Add(output);
            Execute("node", arguments, directory, TimeSpan.FromMinutes(3));
            return File.ReadAllText(output, Encoding.UTF8);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    // npm ci runs at most once per test run, and only when node_modules is missing.
    private static string Prepare()
    {
        string directory = Path.Combine(FindRepositoryRoot(), "tests", "DirectoryPortal.Tests", "lunr-oracle");
        if (!File.Exists(Path.Combine(directory, "node_modules", "lunr", "lunr.js")) ||
            !File.Exists(Path.Combine(directory, "node_modules", "lunr-languages", "lunr.stemmer.support.js")))
            Execute("npm", ["ci", "--no-audit", "--no-fund"], directory, TimeSpan.FromMinutes(5));
        return directory;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DirectoryPortal.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("No DirectoryPortal.sln above " + AppContext.BaseDirectory);
    }

    private static void Execute(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + fileName);
        // Drain both pipes concurrently so a chatty child cannot block on a full buffer.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} took longer than {timeout}");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{stderr.Result}\n{stdout.Result}");
    }
}
