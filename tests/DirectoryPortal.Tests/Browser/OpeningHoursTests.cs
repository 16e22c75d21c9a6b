using DirectoryPortal.Tests.Browser.Support;
using DirectoryPortal.Tests.Support;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser;

/// The opening-hours component's example built into a small site, with the test site's own open_24_7 helpline.
public sealed class OpeningHoursExampleSite : IDisposable
{
    private readonly TempContent _content = new();

    public OpeningHoursExampleSite()
    {
        _content.Write("services/example-hours.yml", File.ReadAllText(Path.Combine(Repo.Theme, "components", "opening-hours", "opening-hours.example.yml")));
        var result = Builds.Run(_content.Content, _content.Output);
        if (!result.Succeeded) throw new InvalidOperationException("The opening-hours example did not build:\n" + string.Join("\n", result.Problems));
    }

    /// A page of the example site as a file:// address (the component needs no server).
    public string Url(string page) => new Uri(Path.Combine(_content.Output, page)).AbsoluteUri;

    public void Dispose() => _content.Dispose();
}

/// "Open now" is worked out in the browser in UK time: the clock is set to chosen moments (a weekday
/// evening, a Sunday, past midnight, the nights the clocks change) on a device set to another time zone.
[Collection(BrowserCollection.Name)]
public class OpeningHoursTests(BrowserSite site, OpeningHoursExampleSite example) : IClassFixture<OpeningHoursExampleSite>
{
    private const string Example = "services/example-hours/index.html";

    // A device in New York: the answers must be the UK's, not the device's.
    private async Task<IPage> TabAsync(string timezone = "America/New_York", bool javaScript = true)
    {
        var context = await site.Browser.NewContextAsync(new() { TimezoneId = timezone, JavaScriptEnabled = javaScript });
        return await context.NewPageAsync();
    }

    private static async Task<string> StatusAtAsync(IPage tab, string url, string utc)
    {
        await tab.Clock.SetFixedTimeAsync(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal));
        await tab.GotoAsync(url);
        var status = tab.Locator(".opening-hours__status");
        await status.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        return (await status.TextContentAsync())!.Trim();
    }

    [Theory]
    [InlineData("2026-12-01T16:30:00Z", "Open now, closes at 5pm today")]                // Tuesday afternoon (GMT)
    [InlineData("2026-12-01T19:00:00Z", "Closed now, opens at 9am tomorrow")]            // Tuesday evening
    [InlineData("2026-12-04T23:30:00Z", "Open now, closes at 2am tomorrow")]             // Friday night, a span past midnight
    [InlineData("2026-12-05T01:00:00Z", "Open now, closes at 2am today")]                // early Saturday, the same span
    [InlineData("2026-12-05T12:00:00Z", "Closed now, opens at 1:30am tomorrow")]         // Saturday
    [InlineData("2026-12-06T12:00:00Z", "Closed now, opens at 9am tomorrow")]            // Sunday
    [InlineData("2026-06-02T08:30:00Z", "Open now, closes at 5pm today")]                // 9:30am BST on a Tuesday in June
    [InlineData("2026-06-02T16:30:00Z", "Closed now, opens at 9am tomorrow")]            // 5:30pm BST: closed, though 16:30 UTC
    // The night the clocks go forward (Sunday 28 March 2027, 1am GMT becomes 2am BST).
    [InlineData("2027-03-28T00:59:00Z", "Closed now, opens at 1:30am today")]
    [InlineData("2027-03-28T01:00:00Z", "Open now, closes at 2:30am today")]
    [InlineData("2027-03-28T01:45:00Z", "Closed now, opens at 9am tomorrow")]
    // The night the clocks go back (Sunday 31 October 2027, 2am BST becomes 1am GMT): 1:45am happens twice.
    [InlineData("2027-10-31T00:45:00Z", "Open now, closes at 2:30am today")]
    [InlineData("2027-10-31T01:45:00Z", "Open now, closes at 2:30am today")]
    [InlineData("2027-10-31T02:45:00Z", "Closed now, opens at 9am tomorrow")]
    public async Task The_example_says_whether_it_is_open_in_UK_time(string utc, string expected)
    {
        var tab = await TabAsync();
        try { Assert.Equal(expected, await StatusAtAsync(tab, example.Url(Example), utc)); }
        finally { await tab.Context.CloseAsync(); }
    }

    // opening-hours.js works out UK time by the clock-change rule rather than loading Intl's "Europe/London" zone
    // (slow on a cheap phone); the browser's own time-zone data is the oracle. Every 15 minutes of the last eight
    // days of March and October (where the last Sunday falls), and twice a day all year, 1996 to 2099.
    [Fact]
    public async Task UK_time_worked_out_by_the_clock_change_rule_matches_the_browsers_time_zone_data()
    {
        var tab = await TabAsync();
        try
        {
            await tab.GotoAsync(example.Url(Example));
            var mismatches = await tab.EvaluateAsync<string[]>("""
                () => {
                  const oracle = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
                  const days = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
                  const expected = (d) => { const p = {}; oracle.formatToParts(d).forEach((x) => p[x.type] = x.value); return days[p.weekday] * 1440 + (+p.hour % 24) * 60 + (+p.minute); };
                  const bad = [];
                  let checked = 0;
                  const check = (t) => { checked++; const d = new Date(t); if (window.DirectoryPortalHours.ukMinute(d) !== expected(d) && bad.length < 10) bad.push(d.toISOString()); };
                  for (let y = 1996; y < 2100; y++) {
                    for (const month of [2, 9]) for (let t = Date.UTC(y, month, 24); t < Date.UTC(y, month + 1, 1); t += 15 * 60000) check(t);
                    for (let t = Date.UTC(y, 0, 1, 0, 30); t < Date.UTC(y + 1, 0, 1); t += 12 * 3600000) check(t);
                  }
                  return checked > 200000 ? bad : ["only " + checked + " moments checked"];
                }
                """);
            Assert.Empty(mismatches);
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Fact]
    public async Task The_same_moment_reads_the_same_on_a_device_in_the_UK_and_one_in_Pakistan()
    {
        foreach (var zone in new[] { "Europe/London", "Asia/Karachi" })
        {
            var tab = await TabAsync(zone);
            try { Assert.Equal("Open now, closes at 2:30am today", await StatusAtAsync(tab, example.Url(Example), "2027-03-28T01:00:00Z")); }
            finally { await tab.Context.CloseAsync(); }
        }
    }

    [Fact]
    public async Task A_service_open_all_day_every_day_says_open_24_hours()
    {
        var tab = await TabAsync();
        try { Assert.Equal("Open 24 hours", await StatusAtAsync(tab, example.Url("services/test-helpline/index.html"), "2026-12-06T03:00:00Z")); }
        finally { await tab.Context.CloseAsync(); }
    }

    [Fact]
    public async Task The_Forced_Marriage_Unit_is_closed_on_a_Saturday_and_its_out_of_hours_line_is_open()
    {
        var tab = await TabAsync();
        try
        {
            Assert.Equal("Closed now, opens at 9am Monday", await StatusAtAsync(tab, site.Url("services/forced-marriage-unit/index.html"), "2026-12-05T12:00:00Z"));
            // The page names the out-of-hours route right by the status.
            Assert.Contains("020 7008 1500", await tab.Locator(".opening-hours").InnerTextAsync());
            Assert.Equal("Open now, closes at 9am Monday", await StatusAtAsync(tab, site.Url("services/fcdo-global-response-centre/index.html"), "2026-12-05T12:00:00Z"));
            Assert.Equal("Open now, closes at 9am tomorrow", await StatusAtAsync(tab, site.Url("services/fcdo-global-response-centre/index.html"), "2026-12-01T19:00:00Z"));
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Fact]
    public async Task Without_JavaScript_the_page_shows_the_hours_in_words_and_no_status()
    {
        var tab = await TabAsync(javaScript: false);
        try
        {
            await tab.GotoAsync(example.Url(Example));
            Assert.False(await tab.Locator(".opening-hours__status").IsVisibleAsync());
            var hours = await tab.Locator(".opening-hours").InnerTextAsync();
            Assert.Contains("Monday to Friday, 9am to 5pm", hours);
            Assert.Contains("Friday, 10pm to 2am", hours);
            Assert.Contains("All times are UK time.", hours);
        }
        finally { await tab.Context.CloseAsync(); }
    }

    [Fact]
    public async Task Working_out_the_status_asks_for_nothing_and_stores_nothing()
    {
        await using var context = await site.NewContextAsync(new() { TimezoneId = "America/New_York" });
        var tab = await context.NewPageAsync();
        var requests = new List<string>();
        tab.Request += (_, r) => requests.Add(r.Url);
        await tab.GotoAsync(site.Url("services/forced-marriage-unit/index.html"));
        await tab.Locator(".opening-hours__status").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await tab.WaitForTimeoutAsync(300);
        Assert.All(requests, r => Assert.StartsWith(site.Server.BaseUrl, r));
        Assert.DoesNotContain(requests, r => r.Contains("opening", StringComparison.Ordinal) && !System.Text.RegularExpressions.Regex.IsMatch(r, @"/assets/opening-hours\.[0-9a-f]+\.js$"));
        Assert.Equal(0, await tab.EvaluateAsync<int>("localStorage.length + sessionStorage.length"));
        Assert.Empty(await context.Context.CookiesAsync());
        context.AssertStayedOnSite();
    }

    [Fact]
    public async Task Search_results_say_whether_each_service_is_open_and_the_open_now_filter_keeps_only_open_ones()
    {
        await using var context = await site.NewContextAsync(new() { TimezoneId = "America/New_York" });
        var tab = await context.NewPageAsync();
        await tab.Clock.SetFixedTimeAsync(new DateTime(2026, 12, 6, 3, 0, 0, DateTimeKind.Utc)); // 3am on a Sunday
        await tab.GotoAsync(site.Url("search.html"));
        await tab.Locator("#search-q").FillAsync("forced marriage abroad");
        await tab.WaitForSelectorAsync("[data-search-list] > li");
        async Task<Dictionary<string, string>> ResultsAsync() => (await tab.EvalOnSelectorAllAsync<string[][]>("[data-search-list] > li",
                "lis => lis.map(li => [li.querySelector('h2 a').getAttribute('href'), (li.querySelector('.search-results__hours') || {}).textContent || ''])"))
            .ToDictionary(r => r[0], r => r[1]);
        var all = await ResultsAsync();
        Assert.Equal("Closed now, opens at 9am tomorrow", all["services/forced-marriage-unit/index.html"]);
        Assert.Equal("Open now, closes at 9am tomorrow", all["services/fcdo-global-response-centre/index.html"]);

        await tab.CheckAsync("#search-open-now");
        var open = await ResultsAsync();
        Assert.Contains("services/fcdo-global-response-centre/index.html", open.Keys);
        Assert.DoesNotContain("services/forced-marriage-unit/index.html", open.Keys);
        Assert.All(open, r => Assert.StartsWith("Open", r.Value));
        context.AssertStayedOnSite();
    }
}
