using DirectoryPortal.Tests.Browser.Support;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser;

/// The person's display settings win: reduced motion and forced colours (Windows high contrast).
[Collection(BrowserCollection.Name)]
public class DisplayPreferenceTests(BrowserSite site)
{
    [Fact]
    public async Task With_reduced_motion_nothing_animates_transitions_or_scrolls_smoothly()
    {
        await using var context = await site.NewContextAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        var moving = new List<string>();
        foreach (var page in site.OnePerLayout)
        {
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(site.Url(page));
            Assert.True(await tab.EvaluateAsync<bool>("matchMedia('(prefers-reduced-motion: reduce)').matches"));
            await tab.Keyboard.PressAsync("Tab");
            await tab.HoverAsync("[data-quick-exit]");
            moving.AddRange((await tab.EvaluateAsync<string[]>("""
                () => [
                  ...document.getAnimations().map(a => 'running animation on ' + (a.effect && a.effect.target && a.effect.target.tagName)),
                  ...[...document.querySelectorAll('*')].flatMap(e => {
                    const s = getComputedStyle(e);
                    const moves = s.transitionDuration.split(',').some(d => parseFloat(d) > 0) || s.animationName !== 'none' || s.scrollBehavior === 'smooth';
                    return moves ? [e.tagName.toLowerCase() + '.' + e.className + ' ' + s.transitionDuration + ' ' + s.animationName + ' ' + s.scrollBehavior] : [];
                  }),
                ]
                """)).Select(m => $"{page}: {m}"));
            await tab.CloseAsync();
        }
        Assert.True(moving.Count == 0, string.Join("\n", moving.Distinct()));
        context.AssertStayedOnSite();
    }

    [Fact]
    public async Task In_forced_colours_the_exit_control_and_emergency_notice_keep_visible_edges()
    {
        await using var context = await site.NewContextAsync(new() { ForcedColors = ForcedColors.Active });
        var problems = new List<string>();
        foreach (var page in site.OnePerLayout)
        {
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(site.Url(page));
            Assert.True(await tab.EvaluateAsync<bool>("matchMedia('(forced-colors: active)').matches"));
            // Background colours vanish in forced colours: a button or panel needs a border to keep its shape.
            problems.AddRange((await tab.EvaluateAsync<string[]>("""
                () => ['.quick-exit__button', '.emergency-notice', '.search-box__button', '.search-box__input'].flatMap(sel => {
                  const e = document.querySelector(sel);
                  if (!e) return [];
                  const s = getComputedStyle(e);
                  const edges = ['Top', 'Right', 'Bottom', 'Left'].filter(side => s['border' + side + 'Style'] !== 'none' && parseFloat(s['border' + side + 'Width']) >= 1);
                  const needs = sel === '.emergency-notice' ? 1 : 4;
                  return edges.length >= needs ? [] : [sel + ' has ' + edges.length + ' visible edges'];
                })
                """)).Select(p => $"{page}: {p}"));
            await tab.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }
}
