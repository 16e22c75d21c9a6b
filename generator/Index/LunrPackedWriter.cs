using System.Text;
using System.Text.Json;

namespace DirectoryPortal.Index;

// Writes a corpus in the packed wire form the site ships; search-index-unpack.js in the theme turns
// it back into exactly lunr's JSON before lunr.Index.load sees it. The inverted index repeats what
// the field vectors say (which field of which document holds each term), so only the vectors
// travel, with term numbers delta-coded and scores in thousandths (lunr rounds every score to three
// decimals, so k / 1000 gives back the same number). It is written straight from the corpus: the
// tests hold it to the same text as packing lunr's full JSON (tests/.../SearchIndexPacker.cs).
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
