namespace DirectoryPortal.Render;

/// Decides which pages the site has, each with its model. The only place that knows the site's shape.
public static class PagePlanner
{
    /// The pages every site has whatever its content, by output path.
    public static readonly IReadOnlyList<string> FixedPaths =
        [SitePaths.Home, SitePaths.AToZ, SitePaths.Print, SitePaths.Search, SitePaths.Categories, SitePaths.Guidance, SitePaths.NotFound];

    public static IReadOnlyList<PageModel> Plan(SiteView site)
    {
        var t = site.Strings;
        // Each language is a whole site of its own under its prefix; English's is empty.
        var prefix = site.Language.Prefix;
        var pages = new List<PageModel>
        {
            new HomePage { Site = site, Path = prefix + SitePaths.Home },
            new ListPage { Site = site, Path = prefix + SitePaths.AToZ, PageTitle = t["page.a_to_z.title"], LayoutName = "a-z",
                PageDescription = t["page.a_to_z.description"] },
            new ListPage { Site = site, Path = prefix + SitePaths.Print, PageTitle = t["page.print.title"], LayoutName = "print",
                PageDescription = t["page.print.description"] },
            new ListPage { Site = site, Path = prefix + SitePaths.Search, PageTitle = t["page.search.title"], LayoutName = "search" },
            new ListPage { Site = site, Path = prefix + SitePaths.Categories, PageTitle = t["page.categories.title"], LayoutName = "categories" },
            new ListPage { Site = site, Path = prefix + SitePaths.Guidance, PageTitle = t["page.guidance.title"], LayoutName = "guidance-list" },
            new ListPage { Site = site, Path = prefix + SitePaths.NotFound, PageTitle = t["page.not_found.title"], LayoutName = "404" },
        };
        foreach (var category in site.Categories)
            pages.Add(new CategoryPage { Site = site, Path = prefix + SitePaths.Category(category.Slug), Category = category });
        foreach (var service in site.Services)
            pages.Add(new ServicePage
            {
                Site = site,
                Path = prefix + SitePaths.Service(service.Slug),
                Service = service,
            });
        foreach (var guidance in site.Guidance)
            pages.Add(new GuidancePage
            {
                Site = site,
                Path = prefix + SitePaths.GuidancePage(guidance.Slug),
                Guidance = guidance,
            });
        foreach (var service in site.Services)
            foreach (var alias in service.Aliases)
                pages.Add(new AliasPage { Site = site, Path = prefix + SitePaths.Service(alias), Target = SitePaths.Service(service.Slug), TargetTitle = service.Name });
        foreach (var guidance in site.Guidance)
            foreach (var alias in guidance.Aliases)
                pages.Add(new AliasPage { Site = site, Path = prefix + SitePaths.GuidancePage(alias), Target = SitePaths.GuidancePage(guidance.Slug), TargetTitle = guidance.Title });
        return pages;
    }
}
