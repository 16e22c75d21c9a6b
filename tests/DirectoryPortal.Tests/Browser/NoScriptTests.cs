using DirectoryPortal.Tests.Browser.Support;

namespace DirectoryPortal.Tests.Browser;

/// With JavaScript off every page is complete: the same content, links and exit control (search results aside).
[Collection(BrowserCollection.Name)]
public class NoScriptTests(BrowserSite site)
{
    /// Search results are the one thing that needs JavaScript; its page says so and offers other ways in.
    private const string SearchPage = "search.html";

    [Fact]
    public async Task Every_page_but_search_shows_the_same_main_content_without_JavaScript()
    {
        var on = await site.SurveyAsync(Surveys.Desktop);
        var off = await site.SurveyAsync(Surveys.NoScript);
        Assert.Equal(site.Pages.Count, off.Pages.Count);
        var differ = off.Findings((path, p) =>
        {
            var with = on.Pages[path].GetProperty("mainText").GetString()!;
            var without = p.GetProperty("mainText").GetString()!;
            if (without.Trim().Length < 40) return ["main content is (nearly) empty"];
            return with == without ? [] : [$"main content differs:\n  with JS:    {First(with, without)}\n  without JS: {First(without, with)}"];
        }, where: path => path != SearchPage && !path.EndsWith("/" + SearchPage, StringComparison.Ordinal));
        Assert.True(differ.Count == 0, string.Join("\n", differ));
        Assert.True(off.Errors.Count == 0, string.Join("\n", off.Errors));
        Assert.True(off.Offsite.Count == 0, string.Join("\n", off.Offsite));
    }

    [Fact]
    public async Task Without_JavaScript_the_search_page_offers_other_ways_to_every_service()
    {
        var off = await site.SurveyAsync(Surveys.NoScript);
        var text = off.Pages[SearchPage].GetProperty("mainText").GetString()!;
        Assert.Contains("JavaScript", text);
        Assert.Contains("A to Z", text);
    }

    [Fact]
    public async Task Without_JavaScript_every_page_has_a_visible_exit_link_to_the_neutral_site()
    {
        var off = await site.SurveyAsync(Surveys.NoScript);
        var wrong = off.Findings((_, p) => p.GetProperty("exit").GetString() == site.QuickExitUrl && p.GetProperty("exitText").GetString() == "Exit this page"
            ? [] : [$"exit link \"{p.GetProperty("exitText")}\" to \"{p.GetProperty("exit")}\""]);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    // The first line where two texts part, so a failure shows what is missing rather than two whole pages.
    private static string First(string a, string b)
    {
        var x = a.Split('\n');
        var y = b.Split('\n');
        for (var i = 0; i < x.Length; i++)
            if (i >= y.Length || x[i] != y[i]) return x[i];
        return "(nothing more)";
    }
}
