using System.Diagnostics;
using DirectoryPortal.Index;
using Xunit;
using Xunit.Abstractions;

namespace DirectoryPortal.Tests.Index;

/// <summary>Guards against accidentally quadratic indexing on a site-sized corpus.</summary>
public sealed class LunrIndexBuilderPerformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Ten_thousand_documents_index_in_seconds()
    {
        // Bodies of 120-260 words make documents of 1-2 KB (1.6 KB on average), as directory entries are.
        var documents = GeneratedCorpus.Create(10_000, seed: 7, minBodyWords: 120, maxBodyWords: 260);
        long bytes = documents.Sum(d => d.Fields.Values.Sum(v => (long)v.Length));
        var builder = new LunrIndexBuilder(GeneratedCorpus.Fields);

        var stopwatch = Stopwatch.StartNew();
        string json = builder.BuildJson(documents);
        stopwatch.Stop();

        output.WriteLine($"{documents.Count} documents, {bytes / 1024} KiB of text -> {json.Length / 1024} KiB of JSON in {stopwatch.ElapsedMilliseconds} ms");
        // Generous for a 2-core CI machine running other tests alongside; a quadratic step would take minutes.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"Indexing took {stopwatch.Elapsed}");
    }
}
