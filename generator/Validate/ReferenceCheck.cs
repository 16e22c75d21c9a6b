using DirectoryPortal.Load;
using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// Every category, audience and related service a record names must exist.
public sealed class ReferenceCheck : IReadOnlyCheck
{
    public void Check(ContentSet content, CheckContext context)
    {
        // A broken taxonomy.yml has already been reported; every category "not existing" would bury that one error.
        var taxonomyLoaded = !content.Failed.Contains("taxonomy.yml");
        var categories = content.Taxonomy.Categories.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        var audiences = content.Taxonomy.Audiences.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);

        foreach (var s in context.ServicesToCheck(content))
        {
            if (!taxonomyLoaded) break;
            Known(s, "categories", s.Categories, categories, "content/taxonomy.yml categories", context);
            Known(s, "audiences", s.Audiences, audiences, "content/taxonomy.yml audiences", context);
        }
        var guidance = context.GuidanceToCheck(content);
        // Only guidance names services; after a one-service edit no guidance page is checked, so no set is built.
        var services = guidance.Count == 0 ? [] : content.Services.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var g in guidance)
        {
            if (taxonomyLoaded)
            {
                Known(g, "categories", g.Categories, categories, "content/taxonomy.yml categories", context);
                Known(g, "audience", g.Audience, audiences, "content/taxonomy.yml audiences", context);
            }
            // A service whose file is there but broken exists; its own error says what is wrong.
            Known(g, "related_services", g.RelatedServices, services, "the file names in content/services/", context, content.ServiceFailed);
        }
    }

    private static void Known(Record r, string field, List<string> values, HashSet<string> known, string where, CheckContext context, Func<string, bool>? broken = null)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (known.Contains(values[i]) || broken?.Invoke(values[i]) == true) continue;
            var suggestion = Suggest.Closest(values[i], known);
            context.Error(r, $"{field}[{i}]", $"'{Load.Excerpt.Of(values[i])}' does not exist.",
                suggestion is null ? $"Use one listed in {where}." : $"Did you mean '{suggestion}'? Valid values are in {where}.");
        }
    }
}
