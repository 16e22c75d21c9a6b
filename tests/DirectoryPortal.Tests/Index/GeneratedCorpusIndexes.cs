using DirectoryPortal.Index;

namespace DirectoryPortal.Tests.Index;

/// <summary>Builds the generated corpus once with our builder and once with lunr.js, for LunrGeneratedIndexTests.</summary>
public sealed class GeneratedCorpusIndexes
{
    public const int DocumentCount = 800;
    public const int Seed = 20240611;

    public GeneratedCorpusIndexes()
    {
        Documents = GeneratedCorpus.Create(DocumentCount, Seed);
        CorpusJson = LunrOracle.CorpusJson(GeneratedCorpus.Fields, Documents, LunrGeneratedIndexTests.Queries);
        OurJson = new LunrIndexBuilder(GeneratedCorpus.Fields).BuildJson(Documents);
        LunrJson = LunrOracle.Build(CorpusJson);
    }

    public List<SearchDocument> Documents { get; }

    public string CorpusJson { get; }

    public string OurJson { get; }

    public string LunrJson { get; }
}
