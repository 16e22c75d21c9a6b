using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace DirectoryPortal.Index;

/// Writes a lunr index as one small script, the manifest, and part scripts that the search page loads
/// only when a query needs them (themes/default/components/search-results/search-reader.js reads
/// them). The manifest holds the whole vocabulary, so lunr expands wildcard and fuzzy terms exactly as it
/// would with the whole index; the parts hold, for a range of terms, each term's postings with the field
/// vectors' weights, the result store in chunks by document, and the filter values a part per filter. Every part's name
/// carries a hash of its content (with its neighbours', PartsPerName), so a page holding an older manifest
/// never mixes in newer parts.
/// Inline, every part goes inside the manifest instead: one file and one request, for small sites.
internal static class SplitIndexWriter
{
    /// Raw bytes of postings a term part aims at: a common term is a part of its own, rare ones share.
    public const int TermPartBytes = 12_000;

    /// Result-store entries per part: a query shows a page of results from anywhere in the directory,
    /// so small parts waste little.
    public const int DocumentsPerStorePart = 8;

    /// Store entries carried for each term: two pages of results. The page's query for a word also searches its
    /// synonyms, misspellings and longer forms, which reorder the word's own results: on the shipped site's 67
    /// realistic queries, over a 10,000-service directory, twenty carried drew 47 first pages without another round of
    /// loading where ten drew 43. A common word's part grows by about 1.5 KB gzipped; a run of rare words' stays 8 KB.
    public const int CarriedResults = 20;

    /// Raw bytes of carried store entries a part aims at: a few common words' first results, or many rare words'.
    public const int CarriedPartBytes = 8_000;

    /// Parts named by one hash: a hash per part would make the manifest of a big directory mostly hashes
    /// (1,300 store parts at 10,000 services). An edit renames the run of parts it touches; almost any edit
    /// changes every term part anyway, since lunr's weights depend on the number and lengths of all documents.
    public const int PartsPerName = 64;

    /// Where the parts of the index at <paramref name="manifestPath"/> go: a folder beside it.
    public static string PartsFolder(string manifestPath) =>
        manifestPath.EndsWith(".js", StringComparison.Ordinal) ? manifestPath[..^3] + "-parts/" : manifestPath + "-parts/";

    /// <summary>The manifest and parts as (path, bytes), the manifest first. <paramref name="store"/> holds one JSON
    /// value per ref, in the corpus's ref order, as do <paramref name="filters"/>' flags and values; <paramref name="extra"/>
    /// is JSON handed to the page as it is; <paramref name="termPartBytes"/>, when given, replaces <see cref="TermPartBytes"/>.</summary>
    public static List<(string Path, byte[] Bytes)> Write(LunrCorpus corpus, string manifestPath, string name,
        IReadOnlyList<byte[]> store, SearchFilters filters, byte[] extra, bool inline, int termPartBytes = TermPartBytes)
    {
        if (store.Count != corpus.Refs.Count || filters.Flags.Any(f => f.Holds.Length != corpus.Refs.Count)
            || filters.Values.Any(f => f.Values.Count != corpus.Refs.Count))
            throw new ArgumentException("The store and each filter need one value per document.");
        var folder = PartsFolder(manifestPath);
        var relativeFolder = folder[(folder.LastIndexOf('/', folder.Length - 2) + 1)..];
        var postings = new LunrTermPostings(corpus);
        var sorted = corpus.Terms.OrderBy(t => t.Text, StringComparer.Ordinal).ToArray();

        // Terms in sorted order, so a prefix's terms, and mostly a misspelling's, share few parts.
        var termRuns = new List<(int Start, int End)>();
        for (int start = 0; start < sorted.Length;)
        {
            int end = start, bytes = 0;
            do bytes += EstimateBytes(postings, sorted[end++].Index);
            while (end < sorted.Length && bytes + EstimateBytes(postings, sorted[end].Index) <= termPartBytes);
            termRuns.Add((start, end));
            start = end;
        }

        // The store entries of the results a search for each word most likely shows first (LikelyResults), loaded in
        // the same round as the word's term part, so its first results usually need no second round of loading. A
        // term that is a part of its own (a common word) carries them in that part: one file a word, where each file
        // costs a slow phone more than its bytes. Other terms' entries go in runs of terms of their own.
        // search-reader.js's carriedOf knows the same rule: a part of one term brings that term's entries.
        static bool OwnPart((int Start, int End) run) => run.End - run.Start == 1;
        var likely = inline ? null : LikelyResults.For(postings, sorted, CarriedResults);
        var termPayloads = termRuns.Select(run =>
        {
            var payload = TermPayload(postings, sorted, run.Start, run.End);
            return likely is not null && OwnPart(run) ? WithCarried(payload, CarriedPayload(likely[run.Start].ToList(), store)) : payload;
        }).ToList();
        var termCounts = termRuns.Select(run => run.End - run.Start).ToList();
        var carriedPayloads = new List<byte[]>();
        var carriedCounts = new List<int>();
        if (likely is not null)
        {
            var inOwnPart = new bool[sorted.Length];
            foreach (var run in termRuns.Where(OwnPart)) inOwnPart[run.Start] = true;
            IEnumerable<int> Separate(int term) => inOwnPart[term] ? [] : likely[term];
            for (int start = 0; start < sorted.Length;)
            {
                var ids = new List<int>();
                int end = start, bytes = 0;
                do
                {
                    foreach (var id in Separate(end).Where(id => !ids.Contains(id))) { ids.Add(id); bytes += store[id].Length + 8; }
                    end++;
                }
                while (end < sorted.Length && bytes + Separate(end).Sum(id => store[id].Length + 8) <= CarriedPartBytes);
                carriedCounts.Add(end - start);
                carriedPayloads.Add(CarriedPayload(ids, store));
                start = end;
            }
        }

        var storePayloads = new List<byte[]>();
        for (int start = 0; start < store.Count; start += DocumentsPerStorePart)
            storePayloads.Add(ArrayOf(store, start, Math.Min(store.Count, start + DocumentsPerStorePart)));

        var parts = new List<(string Key, byte[] Payload)>();
        var termHashes = Named(parts, relativeFolder, "t", termPayloads);
        var carriedHashes = Named(parts, relativeFolder, "c", carriedPayloads);
        var storeHashes = Named(parts, relativeFolder, "d", storePayloads);
        // A part per test a filter makes: ticking "Free" loads a bit per document, choosing a category that category's
        // bits, not every document's categories, audiences and hours (80 KB gzipped at 10,000 services, all together).
        var filterNames = filters.Flags.Select(f => f.Name).Concat(filters.Values.Select(f => f.Name)).ToList();
        var filterHashes = Named(parts, relativeFolder, "f",
            [.. filters.Flags.Select(f => JsonString(Encoding.UTF8.GetBytes(Quote(Bits(f.Holds))))),
             .. filters.Values.Select(f => JsonString(ArrayOf(f.Values, 0, f.Values.Count)))]);

        var manifest = new StringBuilder();
        manifest.Append("{\"v\":");
        JsJson.AppendString(manifest, LunrIndexWriter.LunrVersion);
        manifest.Append(",\"f\":[").AppendJoin(',', corpus.Fields.Names.Select(Quote)).Append(']');
        manifest.Append(",\"p\":[").AppendJoin(',', corpus.PipelineNames.Select(Quote)).Append("],\"n\":").Append(corpus.Refs.Count);
        // Refs "0", "1", ... in order are left out: the page numbers them itself.
        if (corpus.Refs.Where((r, i) => r != i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Any())
            manifest.Append(",\"r\":[").AppendJoin(',', corpus.Refs.Select(Quote)).Append(']');
        manifest.Append(",\"w\":[").AppendJoin(',', FrontCoded(sorted.Select(t => t.Text)).Select(Quote)).Append(']');
        manifest.Append(",\"b\":").Append(PartsPerName);
        manifest.Append(",\"t\":[").AppendJoin(',', termCounts).Append(']');
        manifest.Append(",\"th\":[").AppendJoin(',', termHashes.Select(Quote)).Append(']');
        if (!inline)
        {
            manifest.Append(",\"c\":[").AppendJoin(',', carriedCounts).Append(']');
            manifest.Append(",\"ch\":[").AppendJoin(',', carriedHashes.Select(Quote)).Append(']');
        }
        manifest.Append(",\"d\":").Append(DocumentsPerStorePart);
        manifest.Append(",\"dh\":[").AppendJoin(',', storeHashes.Select(Quote)).Append(']');
        manifest.Append(",\"a\":[").AppendJoin(',', filterNames.Select(Quote)).Append(']');
        manifest.Append(",\"ah\":[").AppendJoin(',', filterHashes.Select(Quote)).Append(']');
        manifest.Append(",\"dir\":");
        JsJson.AppendString(manifest, relativeFolder);
        manifest.Append(",\"x\":").Append(Encoding.UTF8.GetString(extra));

        var output = new ArrayBufferWriter<byte>();
        output.Append("(function(g){(g.DirectoryPortalIndexes=g.DirectoryPortalIndexes||[]).push({\"name\":"u8);
        output.Append(Encoding.UTF8.GetBytes(Quote(name)));
        output.Append(",\"src\":g.document&&document.currentScript?document.currentScript.src:\"\",\"index\":"u8);
        output.Append(Encoding.UTF8.GetBytes(manifest.ToString()));
        if (inline)
        {
            output.Append(",\"inline\":{"u8);
            for (int i = 0; i < parts.Count; i++)
                output.Append(i == 0 ? ""u8 : ","u8).Append(Encoding.UTF8.GetBytes(Quote(parts[i].Key))).Append(":"u8).Append(parts[i].Payload);
            output.Append("}"u8);
        }
        output.Append("}})})(this);\n"u8);

        var files = new List<(string, byte[])> { (manifestPath, output.WrittenSpan.ToArray()) };
        if (!inline)
            foreach (var (key, payload) in parts)
                files.Add((folder + key[relativeFolder.Length..] + ".js", PartScript(key, payload)));
        return files;
    }

    // Parts of one kind are named in runs of PartsPerName, each run by a hash of all their contents: "t3.<hash>".
    // Adds them to parts and returns the hash of each run.
    private static List<string> Named(List<(string Key, byte[] Payload)> parts, string relativeFolder, string kind, IReadOnlyList<byte[]> payloads)
    {
        var hashes = new List<string>();
        for (int start = 0; start < payloads.Count; start += PartsPerName)
        {
            int end = Math.Min(payloads.Count, start + PartsPerName);
            var hash = Hash(payloads.Skip(start).Take(end - start).ToList());
            hashes.Add(hash);
            for (int i = start; i < end; i++) parts.Add(($"{relativeFolder}{kind}{i}.{hash}", payloads[i]));
        }
        return hashes;
    }

    // A part is a script that hands its content to the reader, so it loads from file:// where fetch cannot.
    private static byte[] PartScript(string key, byte[] payload)
    {
        var output = new ArrayBufferWriter<byte>(payload.Length + 64);
        output.Append("DirectoryPortalIndex.part("u8).Append(Encoding.UTF8.GetBytes(Quote(key))).Append(","u8)
            .Append(payload).Append(");\n"u8);
        return output.WrittenSpan.ToArray();
    }

    // Numbers as the reader's decodeNumbers reads them: five bits a character, lowest first, from an alphabet
    // of letters, digits, '-' and '_' (nothing a JS string has to escape); a character from its second half
    // means more follow. A JS string of these is quick to read on a slow phone, where parsing arrays is not.
    private const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    // Per term, in sorted order: lunr's term number, then per field the number of postings n and, when there are
    // any, the number of distinct weights m, n ref id differences (zigzag, as refs may go down), the m weights
    // (lunr's scores in thousandths) and, when m > 1, n weight numbers. Few weights differ (they depend on the
    // term's count and the field's length), so each is written once.
    private static byte[] TermPayload(LunrTermPostings postings, LunrTerm[] sorted, int start, int end)
    {
        var output = new ArrayBufferWriter<byte>();
        var table = new Dictionary<int, int>();
        var weights = new List<int>();
        output.Append("\""u8);
        for (int t = start; t < end; t++)
        {
            int term = sorted[t].Index;
            Varint(output, (uint)term);
            for (int field = 0; field < postings.Fields; field++)
            {
                int count = postings.Count(term, field);
                Varint(output, (uint)count);
                if (count == 0) continue;
                table.Clear();
                weights.Clear();
                for (int i = 0; i < count; i++)
                {
                    int thousandths = postings.At(term, field, i).Thousandths;
                    if (table.TryAdd(thousandths, weights.Count)) weights.Add(thousandths);
                }
                Varint(output, (uint)weights.Count);
                int previous = 0;
                for (int i = 0; i < count; i++)
                {
                    int refId = postings.At(term, field, i).RefId, delta = refId - previous;
                    Varint(output, (uint)((delta << 1) ^ (delta >> 31)));
                    previous = refId;
                }
                foreach (var weight in weights) Varint(output, (uint)weight);
                if (weights.Count > 1)
                    for (int i = 0; i < count; i++) Varint(output, (uint)table[postings.At(term, field, i).Thousandths]);
            }
        }
        output.Append("\""u8);
        return output.WrittenSpan.ToArray();
    }

    // A flag per document, six to a character of Digits, the first document in the lowest bit: what the reader's bit() reads.
    private static string Bits(bool[] holds)
    {
        var chars = new char[(holds.Length + 5) / 6];
        for (int c = 0; c < chars.Length; c++)
        {
            int value = 0;
            for (int b = 0; b < 6 && c * 6 + b < holds.Length; b++)
                if (holds[c * 6 + b]) value |= 1 << b;
            chars[c] = Digits[value];
        }
        return new string(chars);
    }

    private static void Varint(ArrayBufferWriter<byte> output, uint value)
    {
        var span = output.GetSpan(7);
        int at = 0;
        for (; value >= 32; value >>= 5) span[at++] = (byte)Digits[32 + (int)(value & 31)];
        span[at++] = (byte)Digits[(int)value];
        output.Advance(at);
    }

    // A term part of one term with its carried entries: [postings, [id, entry, ...]].
    private static byte[] WithCarried(byte[] termPayload, byte[] carriedPayload)
    {
        var output = new ArrayBufferWriter<byte>(termPayload.Length + carriedPayload.Length + 3);
        output.Append("["u8).Append(termPayload).Append(","u8).Append(carriedPayload).Append("]"u8);
        return output.WrittenSpan.ToArray();
    }

    // Ref ids and their store entries, one after the other: [id, entry, id, entry, ...].
    private static byte[] CarriedPayload(List<int> ids, IReadOnlyList<byte[]> store)
    {
        var output = new ArrayBufferWriter<byte>();
        output.Append("["u8);
        for (int i = 0; i < ids.Count; i++)
        {
            if (i > 0) output.Append(","u8);
            Number(output, ids[i]);
            output.Append(","u8).Append(store[ids[i]]);
        }
        output.Append("]"u8);
        return output.WrittenSpan.ToArray();
    }

    // A large array of objects reads faster as JSON.parse of a string than as a script's literal.
    private static byte[] JsonString(byte[] json) => Encoding.UTF8.GetBytes(Quote(Encoding.UTF8.GetString(json)));

    private static int EstimateBytes(LunrTermPostings postings, int term)
    {
        int bytes = 8;
        for (int field = 0; field < postings.Fields; field++) bytes += 2 + postings.Count(term, field) * 3;
        return bytes;
    }

    private static byte[] ArrayOf(IReadOnlyList<byte[]> values, int start, int end)
    {
        var output = new ArrayBufferWriter<byte>();
        output.Append("["u8);
        for (int i = start; i < end; i++) output.Append(i == start ? ""u8 : ","u8).Append(values[i]);
        output.Append("]"u8);
        return output.WrittenSpan.ToArray();
    }

    // Each term as the number of leading characters it shares with the one before (as the character
    // '0' + n) and the rest: sorted terms share long prefixes.
    private static IEnumerable<string> FrontCoded(IEnumerable<string> sortedTerms)
    {
        string previous = "";
        foreach (var term in sortedTerms)
        {
            int shared = 0, most = Math.Min(Math.Min(previous.Length, term.Length), 1000);
            while (shared < most && previous[shared] == term[shared]) shared++;
            // Never split a surrogate pair between the shared part and the rest.
            if (shared > 0 && shared < term.Length && char.IsLowSurrogate(term[shared])) shared--;
            yield return (char)('0' + shared) + term[shared..];
            previous = term;
        }
    }

    // The first hex digits of SHA-256 over the payloads, each preceded by its length: as long as the names of the
    // theme's assets (AssetFingerprints), so servers keep parts as long as other fingerprinted files.
    private static string Hash(IReadOnlyList<byte[]> payloads)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var payload in payloads)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, payload.Length);
            sha.AppendData(length);
            sha.AppendData(payload);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..Deploy.CachePolicy.HashLength];
    }

    private static string Quote(string value)
    {
        var output = new StringBuilder(value.Length + 2);
        JsJson.AppendString(output, value);
        return output.ToString();
    }

    private static void Number(ArrayBufferWriter<byte> output, int value)
    {
        Utf8Formatter.TryFormat(value, output.GetSpan(11), out int written);
        output.Advance(written);
    }
}
