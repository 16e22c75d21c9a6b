using System.Text.Json;
using DirectoryPortal.Tests.Browser.Support;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser;

/// Arabic and Urdu pages are mirrored; every script's letters render (no empty boxes); screenshots of the home
/// and a service page in Arabic and Bengali are checked for both.
[Collection(BrowserCollection.Name)]
public class RightToLeftTests(BrowserSite site)
{
    private static readonly string ShotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static TheoryData<string, string, bool> Pages => new()
    {
        { "ar", "index.html", true },
        { "ar", "service", true },
        { "bn", "index.html", false },
        { "bn", "service", false },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Screenshot_shows_the_layout_mirrored_for_right_to_left_and_every_letter_rendered(string code, string page, bool rightToLeft)
    {
        await using var context = await site.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var tab = await context.NewPageAsync();
        var path = SiteLanguages.Prefix(code) + site.Sample(page);
        await tab.GotoAsync(site.Url(path));
        Directory.CreateDirectory(ShotFolder);
        var png = await tab.ScreenshotAsync(new() { Path = Path.Combine(ShotFolder, path.Replace('/', '_') + ".png") });

        // The exit button is at the end of the line: the top left in right-to-left pages, the top right otherwise.
        var red = await Screenshots.ExtentAsync(context.Context, png, (0xb1, 0x0e, 0x1e), rows: 80);
        Assert.True(red is not null, $"{path}: no quick-exit button in the screenshot");
        if (rightToLeft) Assert.True(red.Value.Right < 0.6, $"{path}: the exit button spans {red.Value.Left:P0} to {red.Value.Right:P0}, not the left");
        else Assert.True(red.Value.Left > 0.4, $"{path}: the exit button spans {red.Value.Left:P0} to {red.Value.Right:P0}, not the right");

        var layout = await tab.EvaluateAsync<JsonElement>("""
            () => {
              const h1 = document.querySelector('h1'), main = document.querySelector('main');
              const r = h1.getBoundingClientRect(), m = main.getBoundingClientRect();
              const crumbs = [...document.querySelectorAll('.breadcrumbs li')].map(li => li.getBoundingClientRect().left);
              return { dir: getComputedStyle(document.documentElement).direction, h1Start: (document.documentElement.dir === 'rtl' ? m.right - r.right : r.left - m.left),
                       crumbsReversed: crumbs.length > 1 ? crumbs[0] > crumbs[1] : null };
            }
            """);
        Assert.Equal(rightToLeft ? "rtl" : "ltr", layout.GetProperty("dir").GetString());
        // The heading starts at the start edge of the text column, whichever side that is.
        Assert.InRange(layout.GetProperty("h1Start").GetDouble(), -1, 40);
        if (layout.GetProperty("crumbsReversed").ValueKind != JsonValueKind.Null)
            Assert.Equal(rightToLeft, layout.GetProperty("crumbsReversed").GetBoolean());

        var missing = await Glyphs.MissingAsync(tab, "main, header, .emergency-notice, footer");
        Assert.True(missing.Count == 0, $"{path}: letters drawn as empty boxes: {string.Join(" ", missing)}");
    }

    [Fact]
    public async Task The_glyph_check_finds_letters_no_installed_font_has()
    {
        // Guards the check above: a letter of an unassigned code point must be reported as missing.
        await using var context = await site.NewContextAsync(new() { BypassCSP = true });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url("index.html"));
        await tab.EvaluateAsync("() => { const p = document.createElement('p'); p.id = 'probe'; p.textContent = 'A \\u0378\\u0379 \\u{E01EF}'; document.querySelector('main').append(p); }");
        var missing = await Glyphs.MissingAsync(tab, "#probe");
        Assert.Contains("\u0378", missing);
        Assert.DoesNotContain("A", missing);
    }

    [Fact]
    public async Task Every_language_renders_its_letters_on_its_home_page()
    {
        await using var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();
        var found = new List<string>();
        foreach (var code in SiteLanguages.Codes)
        {
            await tab.GotoAsync(site.Url(SiteLanguages.Prefix(code) + "index.html"));
            var missing = await Glyphs.MissingAsync(tab, "body");
            if (missing.Count > 0) found.Add($"{code}: {string.Join(" ", missing)}");
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
