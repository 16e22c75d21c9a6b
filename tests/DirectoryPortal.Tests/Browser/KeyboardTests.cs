using System.Collections.Concurrent;
using DirectoryPortal.Tests.Browser.Support;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser;

/// The keyboard alone: the first Tab, a visible focus style on everything, no traps, in normal and forced colours.
[Collection(BrowserCollection.Name)]
public class KeyboardTests(BrowserSite site)
{
    // Walking every layout takes a while; the two tests that read a walk share it.
    private static readonly ConcurrentDictionary<string, Lazy<Task<TabWalk>>> Walks = new();

    private Task<TabWalk> WalkAsync(string page, bool forcedColors = false) =>
        Walks.GetOrAdd($"{site.Output}|{page}|{forcedColors}", _ => new(async () =>
        {
            await using var context = await site.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, ForcedColors = forcedColors ? ForcedColors.Active : ForcedColors.None });
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(site.Url(page));
            var walk = await TabWalk.RunAsync(tab);
            context.AssertStayedOnSite();
            return walk;
        })).Value;

    public static TheoryData<string> Layouts => new(["index.html", "a-z.html", "print.html", "search.html", "404.html", "categories/index.html", "guidance/index.html", "category", "guidance", "service"]);

    private string Page(string name) => name switch
    {
        "category" => site.OnePerLayout[7],
        "guidance" => site.OnePerLayout[8],
        _ => site.Sample(name),
    };

    [Fact]
    public async Task On_every_page_the_first_Tab_reaches_the_exit_control_or_the_skip_link()
    {
        var survey = await site.SurveyAsync(Surveys.Desktop);
        var wrong = survey.Findings((_, p) => p.GetProperty("firstTab").GetString() == "ok" ? [] : ["first Tab reaches " + p.GetProperty("firstTab")]);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Every_element_Tab_reaches_shows_a_visible_focus_style(string layout)
    {
        var walk = await WalkAsync(Page(layout));
        Assert.NotEmpty(walk.Stops);
        var invisible = walk.Stops.DistinctBy(s => s.Index)
            .Where(s => !s.OnScreen || (!s.Outline && s.After == s.Before))
            .Select(s => $"{s.Label}: {(s.OnScreen ? "looks the same with focus" : "off screen when focused")} ({s.After})");
        Assert.Empty(invisible);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Tab_and_Shift_Tab_reach_every_element_in_order_and_never_get_stuck(string layout)
    {
        var walk = await WalkAsync(Page(layout));
        var forward = walk.Stops.Select(s => s.Index).ToList();
        var expected = Enumerable.Range(0, walk.Tabbable).ToList();
        Assert.Equal(expected, forward.Take(walk.Tabbable));
        // Past the last element focus leaves the page and comes round to the first again.
        Assert.Contains(0, forward.Skip(walk.Tabbable));
        Assert.Equal(expected.AsEnumerable().Reverse(), walk.Backwards.Take(walk.Tabbable));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("service")]
    [InlineData("a-z.html")]
    public async Task In_forced_colours_every_focused_element_has_a_visible_outline(string layout)
    {
        // Forced colours (Windows high contrast) drop backgrounds and shadows, so an outline must carry focus.
        var walk = await WalkAsync(Page(layout), forcedColors: true);
        Assert.NotEmpty(walk.Stops);
        var invisible = walk.Stops.DistinctBy(s => s.Index).Where(s => !s.Outline).Select(s => $"{s.Label}: {s.After}");
        Assert.Empty(invisible);
    }
}
