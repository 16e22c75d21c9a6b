using System.IO.Compression;

namespace DirectoryPortal.Bench.Measure;

/// Size of a built site: every file, and the search index (the index script and, for a split index, every part:
/// raw, and gzipped file by file as a browser would download each) if there is one.
public sealed record OutputStats(long Bytes, int Files, string? SearchIndexPath, long? SearchIndexBytes, long? SearchIndexGzipBytes)
{
    /// Where SearchIndexWriter puts the index, before the build names it by its content
    /// (assets/search-index.1a2b3c4d5e.js); its reader script (search-reader.js) is not the index.
    public const string SearchIndex = "assets/search-index.js";

    /// The folder of a split index's parts (SplitIndexWriter.PartsFolder).
    public const string SearchIndexParts = "assets/search-index-parts";

    /// Files of the search index: 1 for an index in one file.
    public int SearchIndexFiles { get; init; }

    /// <paramref name="language"/>: whose search index to measure ("pl" for assets/search-index.pl.*); the main language's when null.
    public static OutputStats Of(string outputDirectory, string? language = null)
    {
        long bytes = 0;
        var files = 0;
        foreach (var file in new DirectoryInfo(outputDirectory).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            bytes += file.Length;
            files++;
        }
        // Hugo's output has the index under its own name; ours has the content's hash in the name.
        var assets = Path.Combine(outputDirectory, "assets");
        var index = Directory.Exists(assets)
            ? Directory.EnumerateFiles(assets).FirstOrDefault(f => System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(f),
                language is null ? @"^search-index(\.[0-9a-f]{10})?\.js$" : $@"^search-index\.{language}\.[0-9a-f]{{10}}\.js$"))
            : null;
        if (index is null) return new OutputStats(bytes, files, null, null, null);
        var parts = Path.Combine(outputDirectory, language is null ? SearchIndexParts : $"assets/search-index.{language}-parts");
        var all = Directory.Exists(parts) ? Directory.GetFiles(parts).Prepend(index).ToList() : [index];
        return new OutputStats(bytes, files, Path.GetRelativePath(outputDirectory, index).Replace('\\', '/'),
            all.Sum(f => new FileInfo(f).Length), all.Sum(GzipLength)) { SearchIndexFiles = all.Count };
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
