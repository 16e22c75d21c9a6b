using DirectoryPortal.Tests.Browser.Support;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser;

/// The quick exit behaves the same on every language's pages: click, Shift three times (saying how many
/// presses are left in the page's language), without JavaScript, and Back afterwards.
[Collection(BrowserCollection.Name)]
public class LanguageQuickExitTests(BrowserSite site)
{
    private const string Exit = "[data-quick-exit]";

    private string ServicePage(string code) => SiteLanguages.Prefix(code) + site.Sample("service");

    private async Task ArriveAsync(IPage tab, GuardedContext context)
    {
        await Arrival.WaitAsync(tab, u => u.TrimEnd('/') == site.QuickExitUrl.TrimEnd('/'));
        Assert.Equal(GuardedContext.StubTitle, await tab.TitleAsync());
        context.AssertStayedOnSite();
    }

    // What the page should say after a press, worked out with the browser's own plural rules for the page.
    private static async Task<string> ExpectedAsync(IPage tab, string code, int left)
    {
        var category = await tab.EvaluateAsync<string>($"new Intl.PluralRules(document.documentElement.lang).select({left})");
        var strings = SiteLanguages.Strings(code);
        var key = strings.Defines("quick_exit.script.pressed_" + category) ? "quick_exit.script.pressed_" + category : "quick_exit.script.pressed_other";
        return strings[key].Replace("{count}", left.ToString());
    }

    [Theory]
    [MemberData(nameof(SiteLanguages.All), MemberType = typeof(SiteLanguages))]
    public async Task Shift_three_times_leaves_and_says_the_count_in_the_pages_language(string code)
    {
        await using var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url(ServicePage(code)));
        await tab.Clock.InstallAsync();
        await tab.Clock.PauseAtAsync(DateTime.UtcNow.AddHours(1));
        await tab.Keyboard.PressAsync("Shift");
        Assert.Equal(await ExpectedAsync(tab, code, 2), await tab.TextContentAsync("[data-quick-exit-status]"));
        await tab.Keyboard.PressAsync("Shift");
        Assert.Equal(await ExpectedAsync(tab, code, 1), await tab.TextContentAsync("[data-quick-exit-status]"));
        await tab.Keyboard.PressAsync("Shift");
        await ArriveAsync(tab, context);
    }

    [Theory]
    [MemberData(nameof(SiteLanguages.All), MemberType = typeof(SiteLanguages))]
    public async Task Clicking_leaves_and_Back_does_not_return_to_the_page(string code)
    {
        await using var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();
        var before = site.Url(SiteLanguages.Prefix(code) + "a-z.html");
        await tab.GotoAsync(before);
        await tab.GotoAsync(site.Url(SiteLanguages.Prefix(code) + "index.html"));
        Assert.Equal(SiteLanguages.Strings(code)["quick_exit.label"], (await tab.Locator(Exit).EvaluateAsync<string>("e => e.firstChild.textContent")).Trim());
        await tab.ClickAsync(Exit);
        await ArriveAsync(tab, context);
        await tab.GoBackAsync();
        Assert.Equal(before, tab.Url);
    }

    [Theory]
    [MemberData(nameof(SiteLanguages.All), MemberType = typeof(SiteLanguages))]
    public async Task Without_JavaScript_the_exit_is_a_plain_link_in_every_language(string code)
    {
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = false });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url(ServicePage(code)));
        var link = tab.Locator(Exit);
        Assert.Equal(site.QuickExitUrl, await link.GetAttributeAsync("href"));
        Assert.True(await link.IsVisibleAsync());
        await link.ClickAsync();
        await ArriveAsync(tab, context);
    }

    [Fact]
    public async Task The_language_is_carried_by_the_address_alone()
    {
        // A shared device must not reveal which language was last used: no cookie, no storage, no redirect.
        await using var context = await site.NewContextAsync(new() { Locale = "pl-PL", ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "pl" } });
        var tab = await context.NewPageAsync();
        foreach (var code in SiteLanguages.Codes.Skip(1))
        {
            await tab.GotoAsync(site.Url(SiteLanguages.Prefix(code) + "index.html"));
            await tab.ClickAsync("#site-languages a[aria-current]");
        }
        await tab.GotoAsync(site.Url("index.html"));
        Assert.Equal(site.Url("index.html"), tab.Url);
        Assert.Equal("en-GB", await tab.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Empty(await context.Context.CookiesAsync());
        Assert.Equal(0, await tab.EvaluateAsync<int>("localStorage.length + sessionStorage.length"));
        Assert.Empty(await tab.EvaluateAsync<string[]>("async () => (await indexedDB.databases()).map(d => d.name)"));
    }
}
