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
        Assert.Equal(SearchIndexPacker.Pack(json), new LunrIndexBuilder(fields).BuildPacked(documents));
    }

    [Fact]
    public void Writing_the_packed_form_directly_gives_the_same_text_as_packing_the_lunr_json()
    {
        var builder = new LunrIndexBuilder(GeneratedCorpus.Fields);
        var documents = GeneratedCorpus.Create(600, seed: 11);
        Assert.Equal(SearchIndexPacker.Pack(builder.BuildJson(documents)), builder.BuildPacked(documents));
        Assert.Equal(SearchIndexPacker.Pack(builder.BuildJson([])), builder.BuildPacked([]));
    }
}
