using System.Text;
using System.Text.Json;

namespace DirectoryPortal.Tests.Index;

/// The reference for the generator's LunrPackedWriter: packs lunr.js JSON the slow, obvious way (parse
/// it, keep the vectors), so the tests can hold the generator's direct writer to the same text.
/// The inverted index repeats what the field vectors already say (which field of which document
/// holds each term), so only the vectors travel, with term numbers delta-coded and scores in
/// thousandths (lunr rounds every score to three decimals, so k / 1000 gives back the same number).
internal static class SearchIndexPacker
{
    public static string Pack(string lunrJson)
    {
        using var doc = JsonDocument.Parse(lunrJson);
        var root = doc.RootElement;
        var fields = root.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
        var fieldIndex = fields.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);

        var inverted = root.GetProperty("invertedIndex");
        var terms = new string[inverted.GetArrayLength()];
        foreach (var entry in inverted.EnumerateArray())
            terms[entry[1].GetProperty("_index").GetInt32()] = entry[0].GetString()!;

        var refs = new List<string>();
        var refIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var json = new StringBuilder();
        json.Append("{\"v\":").Append(JsonSerializer.Serialize(root.GetProperty("version").GetString()));
        json.Append(",\"f\":").Append(JsonSerializer.Serialize(fields));
        json.Append(",\"p\":").Append(root.GetProperty("pipeline").GetRawText());
        json.Append(",\"t\":").Append(JsonSerializer.Serialize(terms));
        json.Append(",\"x\":[");
        var first = true;
        foreach (var vector in root.GetProperty("fieldVectors").EnumerateArray())
        {
            var key = vector[0].GetString()!;
            var slash = key.IndexOf('/');
            var (field, reference) = (key[..slash], key[(slash + 1)..]);
            if (!refIndex.TryGetValue(reference, out var r))
            {
                r = refs.Count;
                refIndex[reference] = r;
                refs.Add(reference);
            }
            json.Append(first ? "[" : ",[").Append(fieldIndex[field]).Append(',').Append(r);
            first = false;
            var previous = 0;
            var elements = vector[1];
            for (var i = 0; i < elements.GetArrayLength(); i += 2)
            {
                var term = elements[i].GetInt32();
                var thousandths = (long)Math.Round(elements[i + 1].GetDouble() * 1000);
                json.Append(',').Append(term - previous).Append(',').Append(thousandths);
                previous = term;
            }
            json.Append(']');
        }
        json.Append("],\"r\":").Append(JsonSerializer.Serialize(refs)).Append('}');
        return json.ToString();
    }
}
