using System.Text;

namespace DirectoryPortal.Index;

// Serializes a corpus as JSON.stringify(lunr.Index) would: no whitespace, keys in lunr's order
// (version, fields, fieldVectors, invertedIndex, pipeline), JS number and string formatting.
internal static class LunrIndexWriter
{
    public const string LunrVersion = "2.3.9";

    public static string Write(LunrCorpus corpus)
    {
        var fields = corpus.Fields;
        var refJson = corpus.Refs.Select(Quote).ToArray();
        var fieldJson = fields.Names.Select(Quote).ToArray();
        var output = new StringBuilder(EstimateLength(corpus));

        output.Append("{\"version\":\"").Append(LunrVersion).Append("\",\"fields\":[");
        output.AppendJoin(',', fieldJson);
        output.Append("],\"fieldVectors\":[");
        WriteFieldVectors(output, corpus);
        output.Append("],\"invertedIndex\":[");
        WriteInvertedIndex(output, corpus, refJson, fieldJson);
        output.Append("],\"pipeline\":[");
        output.AppendJoin(',', corpus.PipelineNames.Select(Quote));
        output.Append("]}");
        return output.ToString();
    }

    // Vectors are keyed "field/ref" and listed in the order lunr first saw each pair: document by
    // document, field by field. Elements are [termIndex, score] pairs flattened, by ascending termIndex.
    private static void WriteFieldVectors(StringBuilder output, LunrCorpus corpus)
    {
        var fields = corpus.Fields;
        bool first = true;
        LunrFieldVectors.ForEach(corpus, (refId, field, termIndexes, thousandths) =>
        {
            if (!first) output.Append(',');
            first = false;
            output.Append('[');
            JsJson.AppendString(output, fields.Names[field] + "/" + corpus.Refs[refId]);
            output.Append(",[");
            for (int i = 0; i < termIndexes.Length; i++)
            {
                if (i > 0) output.Append(',');
                JsJson.AppendNumber(output, termIndexes[i]);
                output.Append(',');
                // Divided exactly as lunr divides, so the double is the one lunr stores.
                JsJson.AppendNumber(output, thousandths[i] / 1000);
            }

            output.Append("]]");
        });
    }

    // Terms sorted as Array.prototype.sort sorts strings: by UTF-16 code unit, which is ordinal order.
    private static void WriteInvertedIndex(StringBuilder output, LunrCorpus corpus, string[] refJson, string[] fieldJson)
    {
        var refOrder = new RefOrder(corpus.Refs);
        var terms = corpus.Terms.ToArray();
        Array.Sort(terms, (a, b) => string.CompareOrdinal(a.Text, b.Text));

        for (int t = 0; t < terms.Length; t++)
        {
            var term = terms[t];
            if (t > 0) output.Append(',');
            output.Append('[');
            JsJson.AppendString(output, term.Text);
            output.Append(",{");

            bool firstKey = true;
            foreach (int field in corpus.Fields.PostingLayout)
            {
                if (!firstKey) output.Append(',');
                firstKey = false;
                if (field < 0)
                {
                    output.Append("\"" + LunrFieldSet.TermIndexKey + "\":");
                    JsJson.AppendNumber(output, term.Index);
                    continue;
                }

                output.Append(fieldJson[field]).Append(":{");
                var refs = refOrder.Arrange(term.RefsIn(field));
                for (int i = 0; i < refs.Count; i++)
                {
                    if (i > 0) output.Append(',');
                    // Each ref maps to an empty object: lunr stores token metadata there only when
                    // a metadata whitelist is configured, and none is.
                    output.Append(refJson[refs[i]]).Append(":{}");
                }

                output.Append('}');
            }

            output.Append("}]");
        }
    }

    private static string Quote(string value)
    {
        var output = new StringBuilder(value.Length + 2);
        JsJson.AppendString(output, value);
        return output.ToString();
    }

    private static int EstimateLength(LunrCorpus corpus)
    {
        long postings = 0;
        foreach (var perField in corpus.FieldTermsByRef)
            foreach (var entry in perField) postings += entry.TermIds.Length;
        return (int)Math.Min(int.MaxValue / 2, 64 + postings * 24 + corpus.Terms.Count * 48L);
    }
}
