using DirectoryPortal.Tests.Browser.Support;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser;

/// The quick exit, driven in Chromium: by click, by Shift x3 and without JavaScript; what Back does afterwards.
[Collection(BrowserCollection.Name)]
public class QuickExitTests(BrowserSite site)
{
    private const string Exit = "[data-quick-exit]";

    private async Task<IPage> OpenAsync(GuardedContext context, string page)
    {
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url(page));
        return tab;
    }

    private async Task AssertOnNeutralSiteAsync(IPage tab, GuardedContext context)
    {
        // The page hides itself at once; this only waits for the browser to arrive, generously, as a
        // loaded 2-core machine running other browser tests can be slow.
        await Arrival.WaitAsync(tab, u => u.TrimEnd('/') == site.QuickExitUrl.TrimEnd('/'));
        Assert.Equal(GuardedContext.StubTitle, await tab.TitleAsync());
        Assert.Single(context.Stubbed);
        context.AssertStayedOnSite();
    }

    private static Task ExitAsync(IPage tab, string how) => how switch
    {
        "click" => tab.ClickAsync(Exit),
        "tap" => TapAsync(tab),
        "shift" => PressShiftThreeTimesAsync(tab),
        _ => throw new ArgumentException(how),
    };

    private static async Task TapAsync(IPage tab) => await tab.TapAsync(Exit);

    private static async Task PressShiftThreeTimesAsync(IPage tab)
    {
        await StopTimersAsync(tab);
        for (var i = 0; i < 3; i++) await tab.Keyboard.PressAsync("Shift");
    }

    // The three presses must come within 5 seconds of each other, and a loaded 2-core test machine has
    // stalled longer than that between two of Playwright's key presses. With the page's clock stopped,
    // the test checks the key sequence; the 5-second rule has its own test, which moves the clock on.
    private static async Task StopTimersAsync(IPage tab)
    {
        await tab.Clock.InstallAsync();
        await tab.Clock.PauseAtAsync(DateTime.UtcNow.AddHours(1));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("service")]
    public async Task Clicking_the_exit_control_goes_to_the_neutral_site(string page)
    {
        await using var context = await site.NewContextAsync();
        var tab = await OpenAsync(context, page);
        await ExitAsync(tab, "click");
        await AssertOnNeutralSiteAsync(tab, context);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("service")]
    public async Task Tapping_the_exit_control_on_a_phone_goes_to_the_neutral_site(string page)
    {
        await using var context = await site.NewContextAsync(new() { HasTouch = true, IsMobile = true, ViewportSize = new() { Width = 320, Height = 568 } });
        var tab = await OpenAsync(context, page);
        await tab.Mouse.WheelAsync(0, 3000); // the control must still be in reach after scrolling down
        await ExitAsync(tab, "tap");
        await AssertOnNeutralSiteAsync(tab, context);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("service")]
    public async Task Pressing_Shift_three_times_goes_to_the_neutral_site(string page)
    {
        await using var context = await site.NewContextAsync();
        var tab = await OpenAsync(context, page);
        await StopTimersAsync(tab);
        // Screen reader users hear how many more presses will leave, as on GOV.UK.
        await tab.Keyboard.PressAsync("Shift");
        Assert.Contains("2 more times", await tab.TextContentAsync("[data-quick-exit-status]"));
        await tab.Keyboard.PressAsync("Shift");
        Assert.Contains("1 more time", await tab.TextContentAsync("[data-quick-exit-status]"));
        await tab.Keyboard.PressAsync("Shift");
        await AssertOnNeutralSiteAsync(tab, context);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("service")]
    public async Task Shift_presses_with_other_keys_between_them_do_not_exit(string page)
    {
        await using var context = await site.NewContextAsync();
        var tab = await OpenAsync(context, page);
        await StopTimersAsync(tab);
        // Typing a capital letter and moving backwards with Shift+Tab both press Shift; neither may exit.
        await tab.Keyboard.PressAsync("Shift");
        await tab.Keyboard.PressAsync("Shift+A");
        await tab.Keyboard.PressAsync("Shift");
        for (var i = 0; i < 4; i++) await tab.Keyboard.PressAsync("Shift+Tab");
        await tab.WaitForTimeoutAsync(300);
        Assert.Equal(site.Url(page), tab.Url);
        Assert.Empty(context.Stubbed);
        Assert.Equal("", await tab.TextContentAsync("[data-quick-exit-status]"));
    }

    [Fact]
    public async Task Shift_presses_more_than_five_seconds_apart_start_the_count_again()
    {
        await using var context = await site.NewContextAsync();
        var tab = await OpenAsync(context, "index.html");
        await StopTimersAsync(tab);
        await tab.Keyboard.PressAsync("Shift");
        await tab.Keyboard.PressAsync("Shift");
        Assert.Contains("1 more time", await tab.TextContentAsync("[data-quick-exit-status]"));
        await tab.Clock.FastForwardAsync(5100);
        Assert.Equal("", await tab.TextContentAsync("[data-quick-exit-status]"));
        await tab.Keyboard.PressAsync("Shift");
        Assert.Contains("2 more times", await tab.TextContentAsync("[data-quick-exit-status]"));
        Assert.Equal(site.Url("index.html"), tab.Url);
        Assert.Empty(context.Stubbed);
    }

    [Theory]
    [InlineData("index.html", "click")]
    [InlineData("index.html", "shift")]
    [InlineData("service", "click")]
    [InlineData("service", "shift")]
    public async Task Back_after_exit_does_not_return_to_the_page_left(string page, string how)
    {
        await using var context = await site.NewContextAsync();
        var tab = await OpenAsync(context, "a-z.html");
        await tab.GotoAsync(site.Url(page));
        var entries = await tab.EvaluateAsync<int>("history.length");
        await ExitAsync(tab, how);
        await AssertOnNeutralSiteAsync(tab, context);
        // location.replace swapped the page for the neutral site in history, rather than adding an entry.
        Assert.Equal(entries, await tab.EvaluateAsync<int>("history.length"));

        await tab.GoBackAsync();
        Assert.Equal(site.Url("a-z.html"), tab.Url);
        await tab.GoForwardAsync();
        Assert.Equal(site.QuickExitUrl.TrimEnd('/'), tab.Url.TrimEnd('/'));
    }

    [Theory]
    [InlineData("index.html", "click")]
    [InlineData("index.html", "shift")]
    [InlineData("service", "click")]
    [InlineData("service", "shift")]
    public async Task Exit_hides_the_page_before_the_browser_starts_to_leave(string page, string how)
    {
        await using var context = await site.NewContextAsync();
        var tab = await OpenAsync(context, page);
        // beforeunload fires as the navigation starts, before any request for the neutral site is sent:
        // what the page looks like then is what stays on screen while that site loads.
        var seen = new TaskCompletionSource<string>();
        await tab.ExposeFunctionAsync("reportLeaving", (string state) => seen.TrySetResult(state));
        await tab.EvaluateAsync("""
            () => addEventListener('beforeunload', () => reportLeaving(JSON.stringify({
                body: getComputedStyle(document.body).display,
                shown: [...document.querySelectorAll('h1, main, .quick-exit, .emergency-notice')].filter(e => e.checkVisibility()).length,
                title: document.title,
            })))
            """);
        await ExitAsync(tab, how);
        var state = System.Text.Json.JsonDocument.Parse(await seen.Task.WaitAsync(TimeSpan.FromSeconds(5))).RootElement;
        Assert.Equal("none", state.GetProperty("body").GetString());
        Assert.Equal(0, state.GetProperty("shown").GetInt32());
        Assert.DoesNotContain("abuse", state.GetProperty("title").GetString()!, StringComparison.OrdinalIgnoreCase);
        await AssertOnNeutralSiteAsync(tab, context);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("service")]
    public async Task Without_JavaScript_the_exit_control_is_a_plain_link_to_the_neutral_site(string page)
    {
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = false });
        var tab = await OpenAsync(context, page);
        var link = tab.Locator(Exit);
        Assert.Equal(site.QuickExitUrl, await link.GetAttributeAsync("href"));
        Assert.True(await link.IsVisibleAsync());
        Assert.Equal("Exit this page", (await link.InnerTextAsync()).Trim());
        await link.ClickAsync();
        await AssertOnNeutralSiteAsync(tab, context);
    }

    [Fact]
    public async Task Exit_control_is_clearly_labelled_first_in_the_page_and_names_the_Shift_shortcut()
    {
        await using var context = await site.NewContextAsync();
        var tab = await OpenAsync(context, "index.html");
        var button = tab.GetByRole(AriaRole.Link, new() { Name = "Exit this page" });
        Assert.Equal(1, await button.CountAsync());
        Assert.Contains("Shift 3 times", await button.InnerTextAsync());
        var first = await tab.EvaluateAsync<string>("document.body.firstElementChild.className");
        Assert.Contains("quick-exit", first);
    }
}
