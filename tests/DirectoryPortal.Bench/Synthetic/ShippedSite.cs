using System.Text.RegularExpressions;
using DirectoryPortal.Load;
using DirectoryPortal.Model;

namespace DirectoryPortal.Bench.Synthetic;

/// What the synthetic content borrows from the shipped content/: the taxonomy, and the services site.yml links to.
public sealed partial record ShippedSite(Taxonomy Taxonomy, IReadOnlyList<string> LinkedServiceSlugs)
{
    [GeneratedRegex(@"services/([a-z0-9]+(?:-[a-z0-9]+)*)/")]
    private static partial Regex ServiceLink();

    public static ShippedSite Read(string contentDirectory)
    {
        var problems = new ProblemList();
        var taxonomy = ContentLoader.BindRecord<Taxonomy>(File.ReadAllText(Path.Combine(contentDirectory, "taxonomy.yml")), "taxonomy.yml", problems)
            ?? throw new InvalidDataException("content/taxonomy.yml could not be read.");
        var site = File.ReadAllText(Path.Combine(contentDirectory, "site.yml"));
        var linked = ServiceLink().Matches(site).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        return new ShippedSite(taxonomy, linked);
    }

    public IReadOnlyList<string> CategorySlugs => Taxonomy.Categories.Select(c => c.Slug).ToList();
    public IReadOnlyList<string> AudienceSlugs => Taxonomy.Audiences.Select(a => a.Slug).ToList();
}
