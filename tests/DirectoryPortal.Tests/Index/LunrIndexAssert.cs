using System.Text;
using System.Text.Json;
using Xunit;
using Xunit.Sdk;

namespace DirectoryPortal.Tests.Index;

/// <summary>Compares our serialized index, and searches over it, with lunr's.</summary>
internal static class LunrIndexAssert
{
    private const double ScoreTolerance = 0.001;
    private const int MaxReported = 10;

    /// <summary>Same terms, postings and term numbers; same vectors with scores within 0.001.</summary>
    public static void Equivalent(string expectedJson, string actualJson)
    {
        using var expected = JsonDocument.Parse(expectedJson);
        using var actual = JsonDocument.Parse(actualJson);
        var e = expected.RootElement;
        var a = actual.RootElement;
        var problems = new List<string>();

        foreach (string key in new[] { "version", "fields", "pipeline" })
        {
            if (e.GetProperty(key).GetRawText() != a.GetProperty(key).GetRawText())
                problems.Add($"{key}: expected {e.GetProperty(key).GetRawText()} but was {a.GetProperty(key).GetRawText()}");
        }

        var keys = a.EnumerateObject().Select(p => p.Name).ToList();
        if (!keys.SequenceEqual(e.EnumerateObject().Select(p => p.Name)))
            problems.Add("top-level keys: " + string.Join(",", keys));

        CompareInvertedIndex(e.GetProperty("invertedIndex"), a.GetProperty("invertedIndex"), problems);
        CompareFieldVectors(e.GetProperty("fieldVectors"), a.GetProperty("fieldVectors"), problems);
        if (problems.Count > 0) throw new XunitException("Index differs from lunr's:\n" + string.Join("\n", problems.Take(MaxReported)) + $"\n({problems.Count} differences)");
    }

    /// <summary>Byte-for-byte equality, reporting where the texts first part.</summary>
    public static void Identical(string expectedJson, string actualJson)
    {
        if (expectedJson == actualJson) return;
        int i = 0;
        while (i < expectedJson.Length && i < actualJson.Length && expectedJson[i] == actualJson[i]) i++;
        int from = Math.Max(0, i - 80);
        throw new XunitException(
            $"JSON differs from lunr's at character {i} (lengths {expectedJson.Length} vs {actualJson.Length}):\n" +
            $"lunr: {Excerpt(expectedJson, from)}\nours: {Excerpt(actualJson, from)}");
    }

    /// <summary>Every query gives the same refs, in the same order, with the same scores.</summary>
    public static void SameSearchResults(JsonDocument comparison, IReadOnlyList<string> queries, int minimumQueriesWithResults, params string[] mustFind)
    {
        var lunr = comparison.RootElement.GetProperty("lunr");
        var ours = comparison.RootElement.GetProperty("ours");
        Assert.Equal(queries.Count, lunr.GetArrayLength());
        Assert.Equal(queries.Count, ours.GetArrayLength());

        var problems = new StringBuilder();
        var found = new HashSet<string>();
        int withResults = 0;
        for (int q = 0; q < queries.Count; q++)
        {
            var expected = lunr[q];
            var actual = ours[q];
            if (expected.TryGetProperty("error", out var error))
            {
                problems.AppendLine($"'{queries[q]}': lunr's own index failed: {error}");
                continue;
            }

            if (actual.TryGetProperty("error", out var ourError))
            {
                problems.AppendLine($"'{queries[q]}': our index failed: {ourError}");
                continue;
            }

            var expectedResults = expected.GetProperty("results").EnumerateArray().Select(Hit).ToList();
            var actualResults = actual.GetProperty("results").EnumerateArray().Select(Hit).ToList();
            if (expectedResults.Count > 0)
            {
                withResults++;
                found.Add(queries[q]);
            }

            if (!expectedResults.SequenceEqual(actualResults))
            {
                problems.AppendLine($"'{queries[q]}':\n  lunr: {Describe(expectedResults)}\n  ours: {Describe(actualResults)}");
            }
        }

        if (problems.Length > 0) throw new XunitException("Search results differ:\n" + problems);
        Assert.True(withResults >= minimumQueriesWithResults,
            $"Only {withResults} of {queries.Count} queries found anything, so the comparison proves little.");
        Assert.All(mustFind, query => Assert.True(found.Contains(query), $"'{query}' found nothing in lunr's own index."));
    }

    private static (string Ref, double Score) Hit(JsonElement hit) =>
        (hit.GetProperty("ref").GetString()!, hit.GetProperty("score").GetDouble());

    private static string Describe(List<(string Ref, double Score)> hits) =>
        hits.Count == 0 ? "(none)" : string.Join(", ", hits.Take(8).Select(h => $"{h.Ref}={h.Score:R}")) + (hits.Count > 8 ? $" ... ({hits.Count})" : "");

    private static void CompareInvertedIndex(JsonElement expected, JsonElement actual, List<string> problems)
    {
        if (expected.GetArrayLength() != actual.GetArrayLength())
            problems.Add($"invertedIndex: {expected.GetArrayLength()} terms expected, {actual.GetArrayLength()} found");

        int count = Math.Min(expected.GetArrayLength(), actual.GetArrayLength());
        for (int i = 0; i < count; i++)
        {
            // Raw text keeps key order, which lunr's loader does not care about but the byte-for-byte
            // promise does, and sidesteps decoding lone surrogates.
            string e = expected[i].GetRawText();
            string a = actual[i].GetRawText();
            if (e != a) problems.Add($"invertedIndex[{i}]: expected {Excerpt(e, 0)} but was {Excerpt(a, 0)}");
        }
    }

    private static void CompareFieldVectors(JsonElement expected, JsonElement actual, List<string> problems)
    {
        if (expected.GetArrayLength() != actual.GetArrayLength())
            problems.Add($"fieldVectors: {expected.GetArrayLength()} vectors expected, {actual.GetArrayLength()} found");

        int count = Math.Min(expected.GetArrayLength(), actual.GetArrayLength());
        for (int i = 0; i < count; i++)
        {
            string expectedKey = expected[i][0].GetRawText();
            string actualKey = actual[i][0].GetRawText();
            if (expectedKey != actualKey)
            {
                problems.Add($"fieldVectors[{i}]: key expected {expectedKey} but was {actualKey}");
                continue;
            }

            var e = expected[i][1].EnumerateArray().Select(x => x.GetDouble()).ToArray();
            var a = actual[i][1].EnumerateArray().Select(x => x.GetDouble()).ToArray();
            if (e.Length != a.Length)
            {
                problems.Add($"fieldVectors {expectedKey}: {e.Length / 2} elements expected, {a.Length / 2} found");
                continue;
            }

            for (int j = 0; j < e.Length; j += 2)
            {
                if (e[j] != a[j]) problems.Add($"fieldVectors {expectedKey}[{j}]: term index {e[j]} expected, {a[j]} found");
                else if (Math.Abs(e[j + 1] - a[j + 1]) > ScoreTolerance)
                    problems.Add($"fieldVectors {expectedKey} term {e[j]}: score {e[j + 1]} expected, {a[j + 1]} found");
            }
        }
    }

    private static string Excerpt(string text, int from) =>
        text.Length - from > 200 ? text.Substring(from, 200) + "…" : text[from..];
}
