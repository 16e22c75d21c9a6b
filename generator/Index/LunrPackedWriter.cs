using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace DirectoryPortal.Index;

// Writes a corpus in the packed wire form the site ships; search-index-unpack.js in the theme turns
// it back into exactly lunr's JSON before lunr.Index.load sees it. The inverted index repeats what
// the field vectors say (which field of which document holds each term), so only the vectors
// travel, with term numbers delta-coded and scores in thousandths (lunr rounds every score to three
// decimals, so k / 1000 gives back the same number, and LunrFieldVectors gives k). It is written straight from the corpus: the
// tests hold it to the same text as packing lunr's full JSON (tests/.../SearchIndexPacker.cs).
internal static class LunrPackedWriter
{
    public static string Write(LunrCorpus corpus)
    {
        var output = new ArrayBufferWriter<byte>();
        Write(corpus, output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    public static void Write(LunrCorpus corpus, ArrayBufferWriter<byte> output)
    {
        output.Append("{\"v\":"u8).AppendJson(LunrIndexWriter.LunrVersion);
        output.Append(",\"f\":"u8).AppendJson(corpus.Fields.Names);
        output.Append(",\"p\":"u8).AppendJson(corpus.PipelineNames);
        output.Append(",\"t\":"u8).AppendJson(corpus.Terms.Select(t => t.Text));
        output.Append(",\"x\":["u8);
        var first = true;
        LunrFieldVectors.ForEach(corpus, (refId, field, termIndexes, thousandths) =>
        {
            // One span per vector, big enough for every number in it, rather than a buffer call per number.
            var span = output.GetSpan((termIndexes.Length * 2 + 2) * 21 + 4);
            int at = 0;
            span[at++] = (byte)(first ? '[' : ',');
            if (!first) span[at++] = (byte)'[';
            first = false;
            at += Format(field, span[at..]);
            span[at++] = (byte)',';
            at += Format(refId, span[at..]);
            var previous = 0;
            for (var i = 0; i < termIndexes.Length; i++)
            {
                span[at++] = (byte)',';
                at += Format(termIndexes[i] - previous, span[at..]);
                span[at++] = (byte)',';
                at += Format((long)thousandths[i], span[at..]);
                previous = termIndexes[i];
            }
            span[at++] = (byte)']';
            output.Advance(at);
        });
        output.Append("],\"r\":"u8).AppendJson(corpus.Refs).Append("}"u8);
    }

    private static int Format(long number, Span<byte> into)
    {
        Utf8Formatter.TryFormat(number, into, out int written);
        return written;
    }
}
