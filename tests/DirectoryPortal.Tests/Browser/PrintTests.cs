using System.Globalization;
using System.Text.RegularExpressions;
using DirectoryPortal.Tests.Browser.Support;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser;

/// Printing a service page and the whole directory: A4, no navigation, numbers and addresses on the paper.
[Collection(BrowserCollection.Name)]
public partial class PrintTests(BrowserSite site)
{
    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();

    private async Task<(GuardedContext Context, IPage Tab)> PrintPreviewAsync(string page)
    {
        var context = await site.NewContextAsync(new() { ViewportSize = new() { Width = 680, Height = 1000 } });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url(page));
        await tab.EmulateMediaAsync(new() { Media = Media.Print });
        return (context, tab);
    }

    [Theory]
    [InlineData("service")]
    [InlineData("print.html")]
    public async Task Printing_leaves_out_navigation_and_controls(string page)
    {
        var (context, tab) = await PrintPreviewAsync(page);
        await using var _ = context;
        var shown = await tab.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.quick-exit, .skip-link, body > header, body > footer, nav, form, input, button, .breadcrumbs')]
              .filter(e => e.checkVisibility()).map(e => e.tagName.toLowerCase() + '.' + e.className)
            """);
        Assert.Empty(shown);
        Assert.True(await tab.Locator("h1").IsVisibleAsync());
        Assert.True(await tab.Locator(".emergency-notice, .print-emergency").First.IsVisibleAsync());
    }

    [Theory]
    [InlineData("service")]
    [InlineData("print.html")]
    public async Task Printing_writes_out_every_phone_number_email_and_web_address(string page)
    {
        var (context, tab) = await PrintPreviewAsync(page);
        await using var _ = context;
        var links = await tab.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('main a[href]')].filter(a => a.checkVisibility() && !a.getAttribute('href').startsWith('#'))
              .map(a => [a.getAttribute('href'), a.innerText.replace(/\s+/g, ' ')])
            """);
        var unwritten = new List<string>();
        var counted = 0;
        foreach (var (href, text) in links.Select(l => (l[0], l[1])))
        {
            if (href.StartsWith("tel:") || href.StartsWith("sms:"))
            {
                counted++;
                var number = Regex.Replace(href[4..], @"\D", "");
                var written = Regex.Replace(text, @"\D", "").TrimStart('0');
                if (written.Length < 3 || !number.EndsWith(written, StringComparison.Ordinal)) unwritten.Add($"{href} printed as \"{text}\"");
            }
            else if (href.StartsWith("mailto:"))
            {
                counted++;
                if (!text.Contains(href[7..].Split('?')[0], StringComparison.OrdinalIgnoreCase)) unwritten.Add($"{href} printed as \"{text}\"");
            }
            else if (href.StartsWith("http"))
            {
                counted++;
                if (!text.Contains(href.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)) unwritten.Add($"{href} printed as \"{text}\"");
            }
        }
        Assert.True(counted >= 3, $"only {counted} phone, email and web links printed");
        Assert.True(unwritten.Count == 0, string.Join("\n", unwritten));
    }

    [Theory]
    [InlineData("service")]
    [InlineData("print.html")]
    public async Task Pages_print_on_A4_paper_and_fit_its_width(string page)
    {
        var (context, tab) = await PrintPreviewAsync(page);
        await using var _ = context;
        // 680 CSS px is about the width of A4 inside 15 mm margins.
        Assert.False(await tab.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth"), "the printed page is wider than A4");

        var pdf = System.Text.Encoding.Latin1.GetString(await tab.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = false }));
        var boxes = MediaBox().Matches(pdf).Select(m => (W: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), H: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.NotEmpty(boxes);
        // A4 is 595 x 842 points.
        Assert.All(boxes, b => Assert.True(Math.Abs(b.W - 595.3) < 2 && Math.Abs(b.H - 841.9) < 2, $"page is {b.W} x {b.H} pt, not A4"));
        if (page == "print.html") Assert.True(boxes.Count > 5, $"the whole directory printed on {boxes.Count} pages");
    }
}
