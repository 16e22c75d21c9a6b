using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser.Support;

/// One element as the keyboard reached it: how it looked before focus and with focus.
public sealed class FocusStop
{
    public int Index { get; set; }
    public string Label { get; set; } = "";
    public string Before { get; set; } = "";
    public string After { get; set; } = "";
    public bool OnScreen { get; set; }
    public bool Outline { get; set; }
}

/// Tabs through a page from its top and records every stop, to check focus styles and traps.
public sealed class TabWalk
{
    public required int Tabbable { get; init; }
    public required IReadOnlyList<FocusStop> Stops { get; init; }
    /// Stops reached pressing Shift+Tab from the end back to the start.
    public required IReadOnlyList<int> Backwards { get; init; }

    // Numbers every element that Tab should reach and notes how each looks without focus.
    private const string Prepare = """
        () => {
          const look = e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine, s.borderColor].join(' | '); };
          const all = [...document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])')]
            .filter(e => e.checkVisibility());
          all.forEach((e, i) => { e.dataset.walk = i; e.dataset.before = look(e); });
          return all.length;
        }
        """;

    private const string Read = """
        () => {
          const e = document.activeElement;
          if (!e || !e.dataset || e.dataset.walk === undefined) return null;
          const s = getComputedStyle(e), r = e.getBoundingClientRect();
          const look = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine, s.borderColor].join(' | ');
          const transparent = /rgba\(.*, 0\)$|transparent/.test(s.outlineColor);
          return {
            index: +e.dataset.walk,
            label: e.tagName.toLowerCase() + ' "' + (e.textContent || e.getAttribute('aria-label') || e.name || '').replace(/\s+/g, ' ').trim().slice(0, 50) + '"',
            before: e.dataset.before, after: look,
            onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
            outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !transparent,
          };
        }
        """;

    public static async Task<TabWalk> RunAsync(IPage tab)
    {
        var tabbable = await tab.EvaluateAsync<int>(Prepare);
        var stops = new List<FocusStop>();
        // A few presses more than there are elements: enough to pass the end and come round again.
        for (var i = 0; i < tabbable + 3; i++)
        {
            await tab.Keyboard.PressAsync("Tab");
            if (await tab.EvaluateAsync<FocusStop?>(Read) is { } stop) stops.Add(stop);
        }
        var backwards = new List<int>();
        await tab.EvaluateAsync("() => document.querySelector('[data-walk=\"' + (document.querySelectorAll('[data-walk]').length - 1) + '\"]').focus()");
        for (var i = 0; i < tabbable + 1; i++)
        {
            if (await tab.EvaluateAsync<FocusStop?>(Read) is { } stop) backwards.Add(stop.Index);
            await tab.Keyboard.PressAsync("Shift+Tab");
        }
        return new TabWalk { Tabbable = tabbable, Stops = stops, Backwards = backwards };
    }
}
