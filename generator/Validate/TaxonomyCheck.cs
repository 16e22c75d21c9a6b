using DirectoryPortal.Load;
using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// taxonomy.yml: slugs are safe file names and each is used once.
public sealed class TaxonomyCheck : IContentCheck
{
    public void Check(ContentSet content, CheckContext context)
    {
        var taxonomy = content.Taxonomy;
        CheckSlugs(taxonomy, "categories", taxonomy.Categories.Select(c => c.Slug).ToList(), context);
        CheckSlugs(taxonomy, "audiences", taxonomy.Audiences.Select(a => a.Slug).ToList(), context);
        for (var c = 0; c < taxonomy.Categories.Count; c++)
        {
            var terms = taxonomy.Categories[c].EsdTerms;
            for (var t = 0; t < terms.Count; t++)
            {
                var field = $"categories[{c}].esd_terms[{t}]";
                if (terms[t].List is { Length: > 0 } list && list is not ("needs" or "circumstances"))
                    context.Error(taxonomy, $"{field}.list", $"'{list}' is not an esd list.", "Use needs or circumstances.");
                if (terms[t].Uri is { Length: > 0 } uri && !Addresses.IsWebUrl(uri))
                    context.Error(taxonomy, $"{field}.uri", $"'{uri}' is not a web address.", "Copy the term's address from esd exactly, starting http:// or https://.");
            }
        }
    }

    private static void CheckSlugs(Taxonomy taxonomy, string list, IReadOnlyList<string> slugs, CheckContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < slugs.Count; i++)
        {
            var field = $"{list}[{i}].slug";
            if (slugs[i].Length > 0 && Slugs.Problem(slugs[i]) is { } problem)
                context.Error(taxonomy, field, problem,
                    $"Use lower case letters, digits and single hyphens, for example '{Slugs.Make(slugs[i])}'.");
            if (!seen.Add(slugs[i]))
                context.Error(taxonomy, field, $"The slug '{Excerpt.Of(slugs[i])}' is used twice in {list}.", "Give each entry its own slug, or merge the two.");
        }
    }
}
