using System.Text.Json;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser.Support;

/// The browser conditions every page is visited under, and what is measured in each.
public static class Surveys
{
    // Shared helpers, defined once per page: an accessible-name approximation and a short label.
    private const string Helpers = """
        const name = e => (e.getAttribute('aria-label') || e.textContent || e.getAttribute('title') || '').replace(/\s+/g, ' ').trim();
        const label = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + name(e).slice(0, 50) + '"';
        const landmark = 'header, nav, main, aside, footer, form[role=search], [role=region][aria-label], [role=search], section[aria-label], section[aria-labelledby]';
        """;

    /// The WCAG levels the accessibility issue asks for, up to and including 2.2 AA.
    public static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// A desktop browser with JavaScript and the page's CSP: axe-core's WCAG rules (AxeTests), then one press of Tab.
    /// axe runs first, so that it sees each page as it loads, before anything has focus.
    public static readonly PageSurvey Desktop = new("desktop", () => new() { ViewportSize = new() { Width = 1280, Height = 800 } },
        async tab =>
        {
            var axe = await AxeRunner.ViolationsAsync(tab, AxeTags);
            await tab.Keyboard.PressAsync("Tab");
            return await tab.EvaluateAsync<JsonElement>("axe => {" + Helpers + DesktopScript + "}", axe);
        },
        // Installing an init script is not subject to the page's CSP, but what it then does in the page is:
        // axe-core works within the policy (it reads the page and fetches only the page's own style
        // sheets), so any violation recorded is still the page's own.
        InitScript: "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));\n" + AxeRunner.Source);

    private const string DesktopScript = """
        const csp = [...(window.__violations || [])].map(v => 'violation ' + v);
        const first = document.head.firstElementChild;
        if (!first || first.getAttribute('http-equiv') !== 'Content-Security-Policy') csp.push('first element in head is ' + (first && first.outerHTML.slice(0, 60)));
        const policy = first ? first.content : '';
        for (const need of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'"])
          if (!policy.includes(need)) csp.push('policy lacks ' + need);
        if (/unsafe-|https?:|\*|data:/.test(policy)) csp.push('policy allows more than the site: ' + policy);
        const ref = document.querySelector('meta[name=referrer]');
        if (!ref || ref.content !== 'no-referrer') csp.push('no <meta name="referrer" content="no-referrer">');
        // A JSON-LD block is data the browser never runs; every other script must come from a file.
        for (const s of document.scripts) {
          if (s.src) continue;
          if (s.getAttribute('type') === 'application/ld+json') {
            try { JSON.parse(s.textContent); } catch (e) { csp.push('JSON-LD that is not JSON: ' + s.textContent.slice(0, 40)); }
            continue;
          }
          csp.push('inline script ' + (s.getAttribute('type') ? 'of type ' + s.getAttribute('type') + ' ' : '') + s.textContent.slice(0, 40));
        }
        for (const e of document.querySelectorAll('[style]')) csp.push('style attribute on ' + label(e));
        for (const e of document.querySelectorAll('*')) for (const a of e.getAttributeNames()) if (a.startsWith('on')) csp.push(a + ' attribute on ' + label(e));

        const links = [...document.querySelectorAll('a[href]')].map(a => ({
          name: name(a), href: a.href, rel: a.rel, external: /^https?:$/.test(a.protocol) && a.origin !== location.origin }));

        const outside = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n; (n = walker.nextNode());) {
          const p = n.parentElement;
          if (!n.textContent.trim() || !p.checkVisibility() || p.closest(landmark) || p.closest('.skip-link')) continue;
          outside.push(label(p));
        }
        const count = s => document.querySelectorAll(s).length;
        const notice = document.querySelector('.emergency-notice');
        const focus = document.activeElement;
        return {
          axe, csp, links, outside,
          lang: document.documentElement.lang,
          landmarks: { banner: count('body > header, [role=banner]'), main: count('main'), contentinfo: count('body > footer, [role=contentinfo]') },
          headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => ({ level: +h.tagName[1], text: name(h) })),
          notice: notice && notice.checkVisibility() ? notice.innerText : '',
          noticeBeforeMain: !!notice && !!(notice.compareDocumentPosition(document.querySelector('main')) & Node.DOCUMENT_POSITION_FOLLOWING),
          mainText: document.querySelector('main').innerText,
          // The one thing JavaScript adds to a page's main content: whether a service is open now.
          hoursStatus: [...document.querySelectorAll('[data-opening-hours]')].filter(e => e.checkVisibility()).map(e => e.innerText),
          firstTab: focus.matches('.skip-link, [data-quick-exit]') ? 'ok' : label(focus),
          fonts: document.fonts.size,
          bodyFont: getComputedStyle(document.body).fontFamily,
          images: [...document.querySelectorAll('img, svg, canvas, picture, video')].map(label)
            .concat([...document.querySelectorAll('body *')].filter(e => getComputedStyle(e).backgroundImage !== 'none').map(e => 'background image on ' + label(e))),
        };
        """;

    /// JavaScript switched off: what someone with a locked-down or broken browser gets.
    public static readonly PageSurvey NoScript = new("no-script", () => new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 1280, Height = 800 } },
        tab => tab.EvaluateAsync<JsonElement>("""
            () => {
              const notice = document.querySelector('.emergency-notice'), exit = document.querySelector('[data-quick-exit]');
              return {
                mainText: document.querySelector('main').innerText,
                notice: notice && notice.checkVisibility() ? notice.innerText : '',
                exit: exit && exit.checkVisibility() ? exit.getAttribute('href') : '',
                exitText: exit ? exit.innerText.trim() : '',
              };
            }
            """));

    /// A 320px phone, then (on the same page) text spacing, 200% zoom and 200% text size; first, what the
    /// page asked of other hosts or left behind (NoTracesTests). The CSP is bypassed here, so that a
    /// reference to an outside font, script or tracker is really requested (and caught by the guard)
    /// instead of quietly refused by the policy, and so that the test can add the text-spacing style sheet.
    public static readonly PageSurvey Adapt = new("adapt", () => new() { ViewportSize = new() { Width = 320, Height = 640 }, BypassCSP = true },
        async tab =>
        {
            var traces = await tab.EvaluateAsync<JsonElement>(TracesScript);
            var phone = await MeasureLayoutAsync(tab);
            await tab.AddStyleTagAsync(new() { Content = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }", });
            var spacing = await MeasureLayoutAsync(tab);
            await tab.EvaluateAsync("document.querySelectorAll('style').forEach(s => s.remove())");
            await tab.SetViewportSizeAsync(640, 400);
            var zoom = await MeasureLayoutAsync(tab);
            await tab.SetViewportSizeAsync(1280, 800);
            await tab.EvaluateAsync("document.documentElement.style.fontSize = '200%'");
            var text = await MeasureLayoutAsync(tab);
            return JsonSerializer.SerializeToElement(new { traces, phone, spacing, zoom, text });
        });

    /// Requests to other origins, elements that would make one, and anything the page stored.
    public const string TracesScript = """
        async () => [
          ...performance.getEntriesByType('resource').filter(e => new URL(e.name).origin !== location.origin).map(e => 'resource ' + e.name),
          ...[...document.querySelectorAll('iframe, object, embed, link[rel~=preconnect], link[rel~=dns-prefetch], link[rel~=prefetch], link[rel~=preload]')].map(e => 'element ' + e.outerHTML.slice(0, 80)),
          ...(document.cookie ? ['cookie ' + document.cookie] : []),
          ...(localStorage.length ? ['localStorage ' + localStorage.length] : []),
          ...(sessionStorage.length ? ['sessionStorage ' + sessionStorage.length] : []),
          ...(await indexedDB.databases()).map(d => 'indexedDB ' + d.name),
          ...(await caches.keys()).map(k => 'cache ' + k),
          ...(await navigator.serviceWorker.getRegistrations()).map(r => 'service worker ' + r.scope),
        ]
        """;

    /// Horizontal scrolling, clipped text, small targets and whether the exit control is in reach.
    public static Task<JsonElement> MeasureLayoutAsync(IPage tab) => tab.EvaluateAsync<JsonElement>("() => {" + Helpers + LayoutScript + "}");

    private const string LayoutScript = """
        const width = document.documentElement.clientWidth;
        const overflow = document.documentElement.scrollWidth > width
          // Right-to-left pages scroll towards the left, so an element past either edge is a cause.
          ? [...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect(); return e.checkVisibility() && r.width > 0 && (r.right > width + 1 || r.left < -1); })
              .slice(-3).map(e => { const r = e.getBoundingClientRect(); return label(e) + ' from ' + Math.round(r.left) + ' to ' + Math.round(r.right) + 'px'; }) : [];
        const clipped = [...document.querySelectorAll('body *')].filter(e => {
          const s = getComputedStyle(e);
          if (!/hidden|clip/.test(s.overflowX + s.overflowY) || !e.checkVisibility() || e.clientWidth <= 1) return false;
          return e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1;
        }).map(label);
        // WCAG 2.5.8: targets under 24px are allowed inside a sentence (inline in running text).
        const small = [...document.querySelectorAll('a[href], button, input, select, textarea, summary')].filter(e => {
          if (!e.checkVisibility() || e.closest('.visually-hidden')) return false;
          const r = e.getBoundingClientRect();
          if (r.width >= 24 && r.height >= 24) return false;
          const inSentence = getComputedStyle(e).display === 'inline' && e.parentElement.textContent.trim() !== e.textContent.trim();
          return !inSentence;
        }).map(e => { const r = e.getBoundingClientRect(); return label(e) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height); });
        scrollTo(0, document.documentElement.scrollHeight);
        const a = document.querySelector('[data-quick-exit]'), r = a.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        const exit = r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth ? 'off screen at the end of the page'
          : r.width < 44 || r.height < 44 ? 'only ' + Math.round(r.width) + 'x' + Math.round(r.height)
          : a.contains(hit) ? 'ok' : 'covered by ' + (hit ? label(hit) : 'nothing');
        scrollTo(0, 0);
        return { overflow, clipped, small, exit };
        """;
}
