using System.Text;
using System.Text.Json;

namespace DirectoryPortal.Index;

// Writes a corpus straight into SearchIndexPacker's wire form. It gives the same text as
// SearchIndexPacker.Pack(LunrIndexWriter.Write(corpus)) (the tests hold it to that) without writing
// the full lunr JSON, whose inverted index is most of its size, and parsing it back: at 10,000
// services that round trip was most of the time a `serve` rebuild spent on the index.
internal static class LunrPackedWriter
{
    public static string Write(LunrCorpus corpus)
    {
        var json = new StringBuilder();
        json.Append("{\"v\":").Append(JsonSerializer.Serialize(LunrIndexWriter.LunrVersion));
        json.Append(",\"f\":").Append(JsonSerializer.Serialize(corpus.Fields.Names));
        json.Append(",\"p\":[\"stemmer\"]");
        json.Append(",\"t\":").Append(JsonSerializer.Serialize(corpus.Terms.Select(t => t.Text)));
        json.Append(",\"x\":[");
        var first = true;
        LunrFieldVectors.ForEach(corpus, (refId, field, termIndexes, scores) =>
        {
            json.Append(first ? "[" : ",[").Append(field).Append(',').Append(refId);
            first = false;
            var previous = 0;
            for (var i = 0; i < termIndexes.Length; i++)
            {
                // Scores are already rounded to thousandths, so this integer is exact.
                json.Append(',').Append(termIndexes[i] - previous).Append(',').Append((long)Math.Round(scores[i] * 1000));
                previous = termIndexes[i];
            }
            json.Append(']');
        });
        json.Append("],\"r\":").Append(JsonSerializer.Serialize(corpus.Refs)).Append('}');
        return json.ToString();
    }
}
