using System.Text;
using System.Text.Json;
using DirectoryPortal.Index;

namespace DirectoryPortal.Tests.Index;

/// Writes split indexes to disk and runs the lunr-oracle's "split" comparison on them.
internal static class SplitIndexOracle
{
    /// The corpus file oracle.js reads, with queries typed as on the search page (run by its search-query.js) and,
    /// when given, the synonym groups it would use.
    public static string CorpusJson(IReadOnlyList<SearchField> fields, IEnumerable<SearchDocument> documents, IEnumerable<string> queries,
        IEnumerable<string> pageQueries, IEnumerable<IEnumerable<string>>? synonyms = null, string? languageJson = null)
    {
        var json = new StringBuilder(LunrOracle.CorpusJson(fields, documents, queries, languageJson));
        json.Length--;
        json.Append(",\"pageQueries\":[").AppendJoin(',', pageQueries.Select(LunrOracle.Quote)).Append(']');
        // Without synonyms of its own, the oracle uses what the index carries, as the page does.
        if (synonyms is not null)
            json.Append(",\"synonyms\":[").AppendJoin(',', synonyms.Select(g => "[" + string.Join(',', g.Select(LunrOracle.Quote)) + "]")).Append(']');
        json.Append('}');
        return json.ToString();
    }

    /// Writes the files under <paramref name="directory"/> and returns the manifest's full path (the first file).
    public static string WriteFiles(IReadOnlyList<(string Path, byte[] Bytes)> files, string directory)
    {
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
        return Path.Combine(directory, files[0].Path);
    }

    /// The queries in the oracle's order: the lunr-syntax ones, then the typed ones that are not all stop words.
    public static List<string> Queries(JsonDocument comparison) =>
        comparison.RootElement.GetProperty("queries").EnumerateArray().Select(q => q.GetString()!).ToList();

    /// How many parts each query loaded, for the queries that match <paramref name="pick"/>.
    public static IEnumerable<(string Query, int Parts, int Bytes)> PartsTouched(JsonDocument comparison, Func<string, bool> pick)
    {
        var queries = Queries(comparison);
        var split = comparison.RootElement.GetProperty("ours");
        for (int i = 0; i < queries.Count; i++)
            if (pick(queries[i]) && split[i].TryGetProperty("bytes", out var bytes))
                yield return (queries[i], split[i].GetProperty("parts").GetInt32(), bytes.GetInt32());
    }
}
