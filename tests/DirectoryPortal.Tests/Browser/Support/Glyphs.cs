using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser.Support;

/// Finds letters the browser draws as empty boxes: each distinct character of the page's text is drawn on a
/// canvas in the page's own fonts and compared with the drawing of an unassigned code point, which every font
/// draws as its "missing glyph" box. A letter that draws the same has no font on this machine.
public static class Glyphs
{
    public static async Task<IReadOnlyList<string>> MissingAsync(IPage tab, string selector) =>
        await tab.EvaluateAsync<string[]>("""
            (selector) => {
              const chars = new Map();
              for (const root of document.querySelectorAll(selector)) {
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                for (let n; (n = walker.nextNode());) {
                  const el = n.parentElement;
                  if (!el || !el.checkVisibility()) continue;
                  const style = getComputedStyle(el);
                  for (const c of n.textContent) if (c.trim() && !chars.has(c)) chars.set(c, style.fontWeight + ' 40px ' + style.fontFamily);
                }
              }
              const canvas = document.createElement('canvas');
              canvas.width = 80; canvas.height = 80;
              const g = canvas.getContext('2d', { willReadFrequently: true });
              const draw = (c, font) => {
                g.clearRect(0, 0, 80, 80); g.font = font; g.fillStyle = '#000'; g.fillText(c, 10, 55);
                return g.getImageData(0, 0, 80, 80).data.join(',');
              };
              const boxes = new Map();
              const missing = [];
              for (const [c, font] of chars) {
                if (!boxes.has(font)) boxes.set(font, draw('\u0378', font));
                if (draw(c, font) === boxes.get(font)) missing.push(c);
              }
              return missing;
            }
            """, selector);
}
