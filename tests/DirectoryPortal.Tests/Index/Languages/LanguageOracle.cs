using DirectoryPortal.Index.Languages;

namespace DirectoryPortal.Tests.Index.Languages;

/// <summary>How the oracle is told which pipelines to build with (see lunr-oracle/oracle.js).</summary>
internal static class LanguageOracle
{
    /// <summary>Our site pipeline, named function by function, so every name must be registered in node.</summary>
    public static string Site(LunrLanguage language) =>
        $"{{\"pipeline\":[{string.Join(',', language.IndexPipeline.Labels.Select(LunrOracle.Quote))}]," +
        $"\"searchPipeline\":[{string.Join(',', language.SearchPipeline.Labels.Select(LunrOracle.Quote))}]}}";

    /// <summary>this.use(lunr.xx), exactly as lunr-languages sets a builder up.</summary>
    public static string LunrLanguages(string code) => $"{{\"use\":{LunrOracle.Quote(code)}}}";

    /// <summary>The label of a language's stemmer, or null for languages without one.</summary>
    public static string? StemmerLabel(LunrLanguage language) =>
        language.IndexPipeline.Labels.FirstOrDefault(l => l.StartsWith("stemmer", StringComparison.Ordinal));
}
