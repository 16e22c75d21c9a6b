using System.Text;
using System.Text.Json;

namespace DirectoryPortal.Tests.Index;

/// Reads what tests need from an index script (SplitIndexWriter's manifest) without running it.
internal static class SearchIndexScript
{
    /// The manifest: lunr's fields, pipeline, vocabulary and the names of the parts, and "x", what the site puts beside
    /// the index (categories, synonyms, languages' names, the language's settings).
    public static JsonDocument Manifest(string script)
    {
        var start = script.IndexOf("\"index\":{", StringComparison.Ordinal);
        Assert.True(start >= 0, "no manifest in the index script");
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(script[(start + "\"index\":".Length)..]), isFinalBlock: false, state: default);
        return JsonDocument.ParseValue(ref reader);
    }

    /// The whole vocabulary, decoded from its front-coded form as search-reader.js decodes it.
    public static List<string> Terms(string script)
    {
        var start = script.IndexOf("\"w\":[", StringComparison.Ordinal);
        Assert.True(start >= 0, "no vocabulary in the index script");
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(script[(start + 4)..]), isFinalBlock: false, state: default);
        var terms = new List<string>();
        var previous = "";
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            var coded = reader.GetString()!;
            previous = previous[..(coded[0] - '0')] + coded[1..];
            terms.Add(previous);
        }
        return terms;
    }
}
