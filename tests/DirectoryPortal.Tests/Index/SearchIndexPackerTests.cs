using DirectoryPortal.Index;

namespace DirectoryPortal.Tests.Index;

/// The packed index the site ships unpacks, in the browser's own code, to exactly the lunr JSON we built.
public sealed class SearchIndexPackerTests
{
    [Fact]
    public void Packed_generated_corpus_unpacks_to_the_identical_lunr_index()
    {
        var builder = new LunrIndexBuilder(GeneratedCorpus.Fields);
        var json = builder.BuildJson(GeneratedCorpus.Create(600, seed: 7));
        var packed = SearchIndexPacker.Pack(json);
        Assert.True(packed.Length < json.Length * 0.75, $"packed {packed.Length} of {json.Length} characters");
        Assert.Equal(json, LunrOracle.Unpack(packed));
    }

    [Fact]
    public void Packed_index_with_awkward_refs_and_terms_unpacks_identically()
    {
        var fields = new[] { new SearchField("title", 10), new SearchField("body") };
        var documents = new[]
        {
            new SearchDocument("a/b", new Dictionary<string, string> { ["title"] = "Constructor __proto__ toString", ["body"] = "!!! ... zebra" }),
            new SearchDocument("10", new Dictionary<string, string> { ["title"] = "Zebra apple", ["body"] = "hasOwnProperty valueOf" }),
            new SearchDocument("2", new Dictionary<string, string> { ["title"] = "", ["body"] = "apple apple Äpfel éclair" }),
        };
        var json = new LunrIndexBuilder(fields).BuildJson(documents);
        Assert.Equal(json, LunrOracle.Unpack(SearchIndexPacker.Pack(json)));
    }
}
