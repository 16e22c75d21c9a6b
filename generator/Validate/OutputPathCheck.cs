using DirectoryPortal.Model;
using DirectoryPortal.Render;

namespace DirectoryPortal.Validate;

/// Every file the site publishes has one source: a guidance page may not take a generated page's
/// address (guidance/index.md would replace the guidance list), and a content/static/ file may not
/// replace anything the generator makes.
public sealed class OutputPathCheck : IReadOnlyCheck
{
    public void Check(ContentSet content, CheckContext context)
    {
        // An edit to a service cannot move another page onto its address (services/<slug>/ is its own).
        if (context.Scope is not null) return;
        var owners = new Dictionary<string, PageModel>(StringComparer.Ordinal);
        foreach (var page in PlannedPages(content))
        {
            if (!owners.TryGetValue(page.Path, out var first))
            {
                owners[page.Path] = page;
                continue;
            }
            // Two categories with one slug are TaxonomyCheck's to report.
            if (page is CategoryPage && first is CategoryPage) continue;
            var (mine, theirs) = SourceFile(page) is not null ? (page, first) : (first, page);
            var file = SourceFile(mine) ?? "taxonomy.yml";
            context.Problems.Error(file, 0, 0, "", $"would be published as {page.Path}, which is already {Describe(theirs)}.",
                "Rename the file (its name is the page's address) so that the two pages have addresses of their own.");
        }
        var generated = new HashSet<string>(owners.Keys, StringComparer.Ordinal)
        {
            Index.SearchIndexWriter.OutputPath, Write.SitemapWriter.SitemapPath, Write.SitemapWriter.RobotsPath,
        };
        foreach (var file in content.Static)
            if (generated.Contains(file.OutputPath))
                context.Problems.Error("static/" + file.OutputPath, 0, 0, "",
                    $"would replace {(owners.TryGetValue(file.OutputPath, out var page) ? Describe(page) : "the file the generator writes")} at {file.OutputPath}.",
                    "Rename or remove the file in content/static/: what the generator writes cannot be replaced from there.");
    }

    // The pages of the main language (every other language repeats the same addresses under its prefix).
    // Planning needs the theme's words for page titles; `check` run without a theme has none, and then
    // only the fixed files are compared (a build always has the theme).
    private static IReadOnlyList<PageModel> PlannedPages(ContentSet content)
    {
        if (!content.Strings.TryGetValue(Load.UiStringsLoader.English, out var words) || !words.Defines("page.guidance.title")) return [];
        return PagePlanner.Plan(new SiteView(content, new PartialCache((_, _) => throw new InvalidOperationException("Planning renders nothing."))));
    }

    private static string? SourceFile(PageModel page) => page switch
    {
        ServicePage s => s.Service.SourceFile,
        GuidancePage g => g.Guidance.SourceFile,
        _ => null,
    };

    private static string Describe(PageModel page) => page switch
    {
        ServicePage s => $"the page of {s.Service.SourceFile}",
        GuidancePage g => $"the page of {g.Guidance.SourceFile}",
        CategoryPage c => $"the page of the category '{c.Category.Slug}' in taxonomy.yml",
        _ => $"the generated page '{page.Title}'",
    };
}
