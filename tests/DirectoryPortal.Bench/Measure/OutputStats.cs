using System.IO.Compression;

namespace DirectoryPortal.Bench.Measure;

/// Size of a built site: every file, and the search index (raw and gzipped, as a browser downloads it) if there is one.
public sealed record OutputStats(long Bytes, int Files, string? SearchIndexPath, long? SearchIndexBytes, long? SearchIndexGzipBytes)
{
    /// Where SearchIndexWriter puts the index; its helper scripts (search-index-unpack.js) are not the index.
    public const string SearchIndex = "assets/search-index.js";

    public static OutputStats Of(string outputDirectory)
    {
        long bytes = 0;
        var files = 0;
        foreach (var file in new DirectoryInfo(outputDirectory).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            bytes += file.Length;
            files++;
        }
        var index = Path.Combine(outputDirectory, SearchIndex);
        if (!File.Exists(index)) return new OutputStats(bytes, files, null, null, null);
        return new OutputStats(bytes, files, SearchIndex, new FileInfo(index).Length, GzipLength(index));
    }

    private static long GzipLength(string path)
    {
        using var counter = new MemoryStream();
        using (var gzip = new GZipStream(counter, CompressionLevel.Optimal, leaveOpen: true))
        using (var input = File.OpenRead(path))
            input.CopyTo(gzip);
        return counter.Length;
    }
}
