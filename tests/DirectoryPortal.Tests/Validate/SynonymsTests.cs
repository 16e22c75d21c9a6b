using DirectoryPortal.Index;
using DirectoryPortal.Model;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Tests.Index.Languages;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Validate;

/// Each language's synonyms file (content/search/synonyms.&lt;code&gt;.yml) is read and checked like the English one,
/// and only that language's search page uses it.
public class SynonymsTests
{
    private static TempContent WithLanguages(string languages = "[en, pl]")
    {
        var t = new TempContent();
        t.Write("site.yml", TempContent.SiteYml + $"\nlanguages: {languages}");
        return t;
    }

    [Fact]
    public void A_badly_shaped_file_is_an_error_naming_its_file_line_and_field_in_every_language()
    {
        foreach (var file in new[] { "search/synonyms.yml", "search/synonyms.pl.yml" })
        {
            using var t = WithLanguages();
            t.Write(file, "groups:\n  - [przemoc domowa, domestic abuse]\n  - tylko jedno słowo\n  - [tłumacz, [interpreter]]\n");
            var errors = Checking.Errors(t.Content);
            var list = Assert.Single(errors, e => e.Field == "groups[1]");
            Assert.Equal((file, 3), (list.File, list.Line));
            Assert.Contains("should be a list", list.Message);
            var nested = Assert.Single(errors, e => e.Field == "groups[2][1]");
            Assert.Equal((file, 4), (nested.File, nested.Line));
            Assert.False(string.IsNullOrWhiteSpace(nested.Fix));
        }
    }

    [Fact]
    public void A_file_without_groups_is_an_error()
    {
        using var t = WithLanguages();
        t.Write("search/synonyms.pl.yml", "grupy:\n  - [a, b]\n");
        var errors = Checking.Errors(t.Content);
        Assert.Contains(errors, e => e.File == "search/synonyms.pl.yml" && e.Field == "groups" && e.Message.Contains("missing"));
        Assert.Contains(errors, e => e.File == "search/synonyms.pl.yml" && e.Field == "grupy");
    }

    [Fact]
    public void Groups_that_can_do_nothing_are_warned_about()
    {
        using var t = WithLanguages();
        t.Write("search/synonyms.pl.yml", "groups:\n  - [policja]\n  - [gwałt, Gwałt]\n  - [tłumacz, '', interpreter]\n  - [schronisko, refuge]\n");
        var warnings = Checking.Problems(t.Content).Where(p => p.File == "search/synonyms.pl.yml").ToList();
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Equal(["groups[0]", "groups[1]", "groups[2][1]"], warnings.Select(w => w.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_for_a_language_the_site_does_not_publish_is_warned_about()
    {
        using var t = WithLanguages();
        t.Write("search/synonyms.fr.yml", "groups:\n  - [interprète, traducteur]\n");
        t.Write("search/synonyms.en.yml", "groups:\n  - [interpreter, translator]\n");
        var problems = Checking.Problems(t.Content);
        Assert.Contains(problems, p => p.File == "search/synonyms.fr.yml" && p.Severity == Severity.Warning && p.Message.Contains("'fr'"));
        Assert.Contains(problems, p => p.File == "search/synonyms.en.yml" && p.Severity == Severity.Warning && p.Message.Contains("synonyms.yml"));
    }

    [Fact]
    public void A_languages_synonyms_come_first_on_its_own_search_page_and_nowhere_else()
    {
        using var t = WithLanguages("[en, pl, es]");
        t.Write("search/synonyms.yml", "groups:\n  - [refuge, shelter]\n");
        t.Write("search/synonyms.pl.yml", "groups:\n  - [tłumacz, interpreter]\n");
        var (content, problems) = SiteBuilder.Check(t.Content, Checking.Today, themeDirectory: Repo.Theme);
        Assert.False(problems.HasErrors, string.Join("\n", problems.Sorted()));
        var sites = SiteSearchOracle.Sites(content);
        Assert.Equal([["refuge", "shelter"]], SearchIndexWriter.SynonymGroups(sites[0]));
        Assert.Equal([["tłumacz", "interpreter"], ["refuge", "shelter"]], SearchIndexWriter.SynonymGroups(sites[1]));
        Assert.Equal([["refuge", "shelter"]], SearchIndexWriter.SynonymGroups(sites[2]));
    }
}
