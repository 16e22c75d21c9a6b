using DirectoryPortal.Load;
using DirectoryPortal.Model;
using DirectoryPortal.Render;

namespace DirectoryPortal.Validate;

/// An alias keeps an old address working, so it must be a safe slug and must not take the address of a
/// page that exists, or of another alias.
public sealed class AliasCheck : IReadOnlyCheck
{
    public void Check(ContentSet content, CheckContext context)
    {
        var inScope = context.ServicesToCheck(content).Cast<Record>().Concat(context.GuidanceToCheck(content)).ToHashSet();
        if (inScope.Count == 0) return;
        // Every page the site will have, and every alias, by output path.
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in PagePlanner.FixedPaths) taken[path] = "a page of the site";
        foreach (var c in content.Taxonomy.Categories) taken.TryAdd(SitePaths.Category(c.Slug), $"the category '{c.Slug}'");
        foreach (var s in content.Services) taken.TryAdd(SitePaths.Service(s.Slug), $"the service {s.SourceFile}");
        foreach (var g in content.Guidance) taken.TryAdd(SitePaths.GuidancePage(g.Slug), $"the guidance page {g.SourceFile}");

        foreach (var (record, aliases, pathOf) in Aliased(content))
        {
            for (var i = 0; i < aliases.Count; i++)
            {
                var alias = aliases[i];
                var field = $"aliases[{i}]";
                var report = inScope.Contains(record);
                if (!ContentLoader.SafeSlug().IsMatch(alias))
                {
                    if (report)
                        context.Error(record, field, $"'{alias}' is not a slug.",
                            $"Write the old slug only, the part of the old address between the slashes, for example '{ContentLoader.MakeSlug(alias)}'.");
                    continue;
                }
                var path = pathOf(alias);
                if (taken.TryGetValue(path, out var owner))
                {
                    if (report)
                        context.Error(record, field, $"'{alias}' would take the address {path}, which is already {owner}.",
                            "Remove this alias: an alias may only keep an old address that nothing else now uses.");
                    continue;
                }
                taken[path] = $"an alias of {record.SourceFile}";
            }
        }
    }

    private static IEnumerable<(Record Record, List<string> Aliases, Func<string, string> PathOf)> Aliased(ContentSet content)
    {
        foreach (var s in content.Services) yield return (s, s.Aliases, SitePaths.Service);
        foreach (var g in content.Guidance) yield return (g, g.Aliases, SitePaths.GuidancePage);
    }
}
