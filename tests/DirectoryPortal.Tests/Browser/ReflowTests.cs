using System.Text.Json;
using DirectoryPortal.Tests.Browser.Support;

namespace DirectoryPortal.Tests.Browser;

/// Reflow and resizing on every page: 320 CSS px, text spacing, 200% zoom, 200% text, target sizes.
[Collection(BrowserCollection.Name)]
public class ReflowTests(BrowserSite site)
{
    private async Task<IReadOnlyList<string>> FindAsync(string condition, params string[] measures)
    {
        var survey = await site.SurveyAsync(Surveys.Adapt);
        Assert.True(survey.Errors.Count == 0, string.Join("\n", survey.Errors));
        return survey.Findings((_, p) => measures.SelectMany(m => p.GetProperty(condition).GetProperty(m).EnumerateArray().Select(x => $"{m}: {x.GetString()}")));
    }

    private static void AssertNone(IReadOnlyList<string> findings) => Assert.True(findings.Count == 0, string.Join("\n", findings));

    [Fact]
    public async Task No_page_scrolls_sideways_or_clips_text_at_320_css_pixels()
        => AssertNone(await FindAsync("phone", "overflow", "clipped"));

    [Fact]
    public async Task Wider_text_spacing_at_320_css_pixels_loses_nothing()
        => AssertNone(await FindAsync("spacing", "overflow", "clipped"));

    [Fact]
    public async Task At_200_percent_zoom_nothing_scrolls_sideways_or_is_clipped()
        => AssertNone(await FindAsync("zoom", "overflow", "clipped"));

    [Fact]
    public async Task With_text_at_200_percent_nothing_scrolls_sideways_or_is_clipped()
        => AssertNone(await FindAsync("text", "overflow", "clipped"));

    [Fact]
    public async Task Every_target_outside_running_text_is_at_least_24_css_pixels_on_a_phone()
        => AssertNone(await FindAsync("phone", "small"));

    [Fact]
    public async Task The_checks_catch_sideways_scrolling_clipped_text_and_a_tiny_target()
    {
        // Guards the tests above against passing because the measuring script sees nothing.
        await using var context = await site.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 }, BypassCSP = true });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url("service"));
        await tab.EvaluateAsync("""
            () => {
              const main = document.querySelector('main');
              const wide = document.createElement('p'); wide.textContent = 'x'.repeat(20); wide.style.width = '600px'; main.append(wide);
              const box = document.createElement('div'); box.style.cssText = 'height:1em;overflow:hidden'; box.textContent = 'clipped '.repeat(80); main.append(box);
              const tiny = document.createElement('a'); tiny.href = '#'; tiny.textContent = 'x'; tiny.style.cssText = 'display:block;width:10px;height:10px;overflow:visible'; main.append(tiny);
            }
            """);
        var found = await Surveys.MeasureLayoutAsync(tab);
        Assert.NotEqual(0, found.GetProperty("overflow").GetArrayLength());
        Assert.NotEqual(0, found.GetProperty("clipped").GetArrayLength());
        Assert.Contains(found.GetProperty("small").EnumerateArray(), s => s.GetString()!.Contains("10x10"));
    }
}
