using System.Security.Cryptography;
using DirectoryPortal.Index.Languages;
using DirectoryPortal.Tests.Support;
using DirectoryPortal.Write;
using Xunit;

namespace DirectoryPortal.Tests.Index.Languages;

/// <summary>The scripts each language's search page must load are in the built site, unmodified, with lunr-languages' licence.</summary>
public sealed class LanguageScriptsTests
{
    [Fact]
    public void Every_languages_scripts_are_copied_into_the_site()
    {
        var output = new OutputFiles();
        foreach (var (path, bytes) in ThemeAssets.Collect(Repo.Theme, DirectoryPortal.Load.ContentLoader.Load(Repo.Content, new DirectoryPortal.Model.ProblemList(), themeDirectory: Repo.Theme)))
            output.Add(path, bytes);
        foreach (string code in LunrLanguage.Codes)
            foreach (string script in LunrLanguage.For(code).Scripts)
                Assert.True(output.Files.ContainsKey("assets/" + script), $"{code} needs assets/{script}, which the theme does not ship");
        Assert.True(output.Files.ContainsKey("assets/lunr-languages/LICENSE.txt"));

        // Served exactly as npm has them, which is what the oracle tests ran.
        var package = Path.Combine(Repo.Theme, "node_modules", "lunr-languages");
        foreach (var (path, bytes) in output.Files.Where(f => f.Key.StartsWith("assets/lunr-languages/", StringComparison.Ordinal) && f.Key.EndsWith(".js", StringComparison.Ordinal)))
            Assert.Equal(SHA256.HashData(File.ReadAllBytes(Path.Combine(package, "min", Path.GetFileName(path)))), SHA256.HashData(bytes));
    }

    [Fact]
    public void The_oracle_and_the_theme_pin_the_same_lunr_languages()
    {
        foreach (var folder in new[] { Repo.Theme, Path.Combine(Repo.Root, "tests", "DirectoryPortal.Tests", "lunr-oracle") })
            Assert.Contains("\"lunr-languages\": \"1.22.0\"", File.ReadAllText(Path.Combine(folder, "package.json")));
    }

    [Fact]
    public void English_needs_no_extra_script_and_keeps_lunrs_pipeline()
    {
        var english = LunrLanguage.For("en");
        Assert.Same(LunrLanguage.English, english);
        Assert.Empty(english.Scripts);
        Assert.Equal(["stemmer"], english.PipelineNames);
        Assert.Equal(["trimmer", "stopWordFilter", "stemmer"], english.IndexPipeline.Labels);
    }

    [Fact]
    public void Englishs_listed_pipeline_gives_what_the_fast_path_indexes()
    {
        // The builder indexes English through LunrTextPipeline directly; the pipeline objects describe the same thing.
        var tokens = PorterStemmerTests.Words().Concat(DirectoryPortal.Index.LunrStopWords.All).Concat(["Café,", "...", "(help)", "naïve"])
            .Select(DirectoryPortal.Index.LunrTokenizer.Tokenize).Where(t => t.Count == 1).Select(t => t[0]).ToList();
        Assert.True(tokens.Count > 4000);
        Assert.All(tokens, t => Assert.Equal(LunrLanguage.English.IndexTerms(t), LunrLanguage.English.IndexPipeline.RunString(t)));
    }

    [Fact]
    public void An_unknown_language_is_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => LunrLanguage.For("xx"));
        Assert.Contains("Known: en, pl, ro, es, pt, tr, ar, bn, ur", error.Message);
    }
}
