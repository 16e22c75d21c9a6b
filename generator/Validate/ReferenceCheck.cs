using DirectoryPortal.Load;
using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// Every category, audience and related service a record names must exist.
public sealed class ReferenceCheck : IContentCheck
{
    public void Check(ContentSet content, CheckContext context)
    {
        var categories = content.Taxonomy.Categories.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        var audiences = content.Taxonomy.Audiences.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);

        foreach (var s in context.ServicesToCheck(content))
        {
            Known(s, "categories", s.Categories, categories, "content/taxonomy.yml categories", context);
            Known(s, "audiences", s.Audiences, audiences, "content/taxonomy.yml audiences", context);
        }
        var guidance = context.GuidanceToCheck(content);
        // Only guidance names services; after a one-service edit no guidance page is checked, so no set is built.
        var services = guidance.Count == 0 ? [] : content.Services.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var g in guidance)
        {
            Known(g, "categories", g.Categories, categories, "content/taxonomy.yml categories", context);
            Known(g, "audience", g.Audience, audiences, "content/taxonomy.yml audiences", context);
            Known(g, "related_services", g.RelatedServices, services, "the file names in content/services/", context);
        }
    }

    private static void Known(Record r, string field, List<string> values, HashSet<string> known, string where, CheckContext context)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (known.Contains(values[i])) continue;
            var suggestion = Suggest.Closest(values[i], known);
            context.Error(r, $"{field}[{i}]", $"'{values[i]}' does not exist.",
                suggestion is null ? $"Use one listed in {where}." : $"Did you mean '{suggestion}'? Valid values are in {where}.");
        }
    }
}
