using DirectoryPortal.Index;
using Xunit;

namespace DirectoryPortal.Tests.Index;

/// <summary>A realistic corpus with boosted fields, checked against lunr.js.</summary>
public sealed class LunrGeneratedIndexTests(GeneratedCorpusIndexes indexes) : IClassFixture<GeneratedCorpusIndexes>
{
    internal static readonly string[] Queries =
    [
        "abuse", "forc*", "marrage~1", "title:abuse", "+abuse -child", "child support", "housing advice",
        "counsel*", "*ing", "famil*", "domestic violence", "keywords:shelter", "body:refuge^10", "help -legal",
        "+housing +support", "marriage", "children", "24", "self", "help*", "immigraton~2", "title:legal body:aid",
        "-homeless +tenancy", "generaliz*", "relational", "zurich", "straße", "2024", "women's", "\"confidential\"",
        "*", "lawyer^5 solicitor", "victim~1 survivor", "r*ge", "the", "non-profit", "keywords:free title:free",
    ];

    [Fact]
    public void Corpus_is_large_and_varied_enough()
    {
        Assert.True(indexes.Documents.Count >= 500);
        Assert.Contains(indexes.Documents, d => d.Fields.TryGetValue("body", out var body) && body.Length > 600);
        Assert.Contains(indexes.Documents, d => !d.Fields.ContainsKey("keywords"));
        Assert.Contains(indexes.Documents, d => uint.TryParse(d.Ref, out _));
        Assert.Contains(indexes.Documents, d => d.Ref.StartsWith('/'));
    }

    [Fact]
    public void Inverted_index_and_field_vectors_match_lunr()
    {
        LunrIndexAssert.Equivalent(indexes.LunrJson, indexes.OurJson);
    }

    [Fact]
    public void Json_is_byte_for_byte_lunrs()
    {
        LunrIndexAssert.Identical(indexes.LunrJson, indexes.OurJson);
    }

    [Fact]
    public void Lunr_searches_our_index_as_it_searches_its_own()
    {
        using var comparison = LunrOracle.Search(indexes.CorpusJson, indexes.OurJson);
        LunrIndexAssert.SameSearchResults(comparison, Queries, minimumQueriesWithResults: 28,
            "forc*", "marrage~1", "title:abuse", "+abuse -child");
    }

    [Fact]
    public void Building_twice_with_one_builder_gives_the_same_json()
    {
        var builder = new LunrIndexBuilder(GeneratedCorpus.Fields);
        Assert.Equal(builder.BuildJson(indexes.Documents), builder.BuildJson(indexes.Documents));
    }
}
