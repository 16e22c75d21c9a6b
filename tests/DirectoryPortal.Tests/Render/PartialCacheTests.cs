using System.Collections.Concurrent;
using DirectoryPortal.Model;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Render;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Render;

/// A service card is rendered once per page depth, and never served for a record it was not made from.
public class PartialCacheTests
{
    private const string Card = "components/service-card/service-card";

    private sealed class Counting
    {
        public ConcurrentBag<(string Slug, string Root)> Calls { get; } = [];

        public async Task<string> Render(string template, object model)
        {
            var view = (ServiceView)model;
            Calls.Add((view.Service.Slug, view.Page.Root));
            await Task.Yield();
            return $"{template}|{view.Service.Name}|{view.Page.Root}";
        }
    }

    private static (ContentSet Content, IReadOnlyList<PageModel> Pages, PartialCache Cache, Counting Renders) Setup(TempContent t)
    {
        var (content, problems) = SiteBuilder.Check(t.Content, Checking.Today, themeDirectory: Repo.Theme);
        Assert.False(problems.HasErrors);
        var renders = new Counting();
        var cache = new PartialCache(renders.Render);
        return (content, PagePlanner.Plan(new SiteView(content, cache)), cache, renders);
    }

    private static PageModel PageAt(IReadOnlyList<PageModel> pages, string path) => pages.Single(p => p.Path == path);

    [Fact]
    public async Task Pages_at_the_same_depth_share_one_rendering_and_deeper_pages_get_their_own()
    {
        using var t = new TempContent();
        var (content, pages, _, renders) = Setup(t);
        var service = content.Services.Single();
        var fromAToZ = await PageAt(pages, SitePaths.AToZ).ServicePartialAsync(Card, service);
        var fromPrint = await PageAt(pages, SitePaths.Print).ServicePartialAsync(Card, service);
        var fromCategory = await PageAt(pages, SitePaths.Category("domestic-abuse")).ServicePartialAsync(Card, service);

        Assert.Equal(fromAToZ, fromPrint);
        Assert.Equal($"{Card}|Test Helpline|", fromAToZ);
        Assert.Equal($"{Card}|Test Helpline|../../", fromCategory);
        Assert.Equal(2, renders.Calls.Count);
    }

    [Fact]
    public async Task Pages_rendering_in_parallel_render_a_card_once()
    {
        using var t = new TempContent();
        var (content, pages, _, renders) = Setup(t);
        var page = PageAt(pages, SitePaths.AToZ);
        var all = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => page.ServicePartialAsync(Card, content.Services[0]))));
        Assert.Single(all.Distinct());
        Assert.Single(renders.Calls);
    }

    [Fact]
    public async Task A_record_read_again_from_disk_is_rendered_again_even_with_the_same_slug()
    {
        using var t = new TempContent();
        var (content, pages, cache, renders) = Setup(t);
        var page = PageAt(pages, SitePaths.AToZ);
        await page.ServicePartialAsync(Card, content.Services[0]);

        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("name: Test Helpline", "name: Renamed Helpline"));
        var (reread, _) = SiteBuilder.Check(t.Content, Checking.Today, themeDirectory: Repo.Theme);
        var again = await PageAt(PagePlanner.Plan(new SiteView(reread, cache)), SitePaths.AToZ).ServicePartialAsync(Card, reread.Services[0]);

        Assert.Equal($"{Card}|Renamed Helpline|", again);
        Assert.Equal(2, renders.Calls.Count);
    }

    [Fact]
    public async Task Forgotten_services_are_rendered_again_and_others_are_kept()
    {
        using var t = new TempContent();
        t.Write("services/second-line.yml", TempContent.ServiceCopy("Second Line"));
        var (content, pages, cache, renders) = Setup(t);
        var page = PageAt(pages, SitePaths.AToZ);
        foreach (var s in content.Services) await page.ServicePartialAsync(Card, s);

        cache.Forget(new HashSet<string> { "second-line" });
        foreach (var s in content.Services) await page.ServicePartialAsync(Card, s);

        Assert.Equal(["second-line", "second-line", "test-helpline"], renders.Calls.Select(c => c.Slug).Order());
    }
}
