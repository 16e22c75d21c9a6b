namespace DirectoryPortal.Render;

/// Decides which pages the site has, each with its model. The only place that knows the site's shape.
public static class PagePlanner
{
    public static IReadOnlyList<PageModel> Plan(SiteView site)
    {
        var pages = new List<PageModel>
        {
            new HomePage { Site = site, Path = SitePaths.Home },
            new ListPage { Site = site, Path = SitePaths.AToZ, PageTitle = "A to Z of services", LayoutName = "a-z",
                PageDescription = "Every service in the directory in alphabetical order." },
            new ListPage { Site = site, Path = SitePaths.Print, PageTitle = "The whole directory (printable)", LayoutName = "print",
                PageDescription = "Every service with its contact details, laid out for printing." },
            new ListPage { Site = site, Path = SitePaths.Search, PageTitle = "Search the directory", LayoutName = "search" },
            new ListPage { Site = site, Path = SitePaths.Categories, PageTitle = "Find help by need", LayoutName = "categories" },
            new ListPage { Site = site, Path = SitePaths.Guidance, PageTitle = "Information and advice", LayoutName = "guidance-list" },
            new ListPage { Site = site, Path = SitePaths.NotFound, PageTitle = "Page not found", LayoutName = "404" },
        };
        foreach (var category in site.Categories)
            pages.Add(new CategoryPage { Site = site, Path = SitePaths.Category(category.Slug), Category = category });
        foreach (var service in site.Services)
            pages.Add(new ServicePage
            {
                Site = site,
                Path = SitePaths.Service(service.Slug),
                Service = service,
            });
        foreach (var guidance in site.Guidance)
            pages.Add(new GuidancePage
            {
                Site = site,
                Path = SitePaths.GuidancePage(guidance.Slug),
                Guidance = guidance,
            });
        return pages;
    }
}
