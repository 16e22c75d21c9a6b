using System.IO.Compression;
using AngleSharp.Html.Parser;
using DirectoryPortal.Tests.Browser.Support;

namespace DirectoryPortal.Tests.Browser;

/// Each page stays light for cheap phones and slow, metered connections; system fonts; no images needed.
[Collection(BrowserCollection.Name)]
public class PageWeightTests(BrowserSite site)
{
    /// 60 KB gzipped for a page's HTML, CSS and JavaScript together.
    private const int Budget = 60 * 1024;

    private static int Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(bytes);
        return (int)buffer.Length;
    }

    // The search index is loaded only by the search page when someone searches, and is budgeted apart.
    private static bool IsSearchIndex(string file) => Path.GetFileName(file).Contains("index", StringComparison.OrdinalIgnoreCase) && Path.GetFileName(file).Contains("search", StringComparison.OrdinalIgnoreCase)
        || file.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Every_page_with_its_css_and_javascript_is_at_most_60_KB_gzipped()
    {
        var parser = new HtmlParser();
        var sizes = new Dictionary<string, int>();
        foreach (var page in site.Pages)
        {
            var path = Path.Combine(site.Output, page);
            var html = File.ReadAllBytes(path);
            var doc = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(html));
            var assets = doc.QuerySelectorAll("link[rel~=stylesheet][href]").Select(l => l.GetAttribute("href")!)
                .Concat(doc.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
                // The not-found page, served at any depth, links from the server's root.
                .Select(href => href.StartsWith('/')
                    ? Path.GetFullPath(Path.Combine(site.Output, href.Split('?', '#')[0].TrimStart('/')))
                    : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, href.Split('?', '#')[0])))
                .Where(f => !IsSearchIndex(f))
                .Distinct()
                .ToList();
            Assert.All(assets, a => Assert.True(File.Exists(a), $"{page} links {a}, which is missing"));
            sizes[page] = Gzipped(html) + assets.Sum(a => Gzipped(File.ReadAllBytes(a)));
        }
        var over = sizes.Where(s => s.Value > Budget).Select(s => $"{s.Key}: {s.Value / 1024.0:0.0} KB").ToList();
        var heaviest = sizes.MaxBy(s => s.Value);
        Assert.True(over.Count == 0, $"over {Budget / 1024} KB gzipped:\n" + string.Join("\n", over));
        Assert.True(heaviest.Value > 2000, $"suspiciously light: {heaviest.Key} {heaviest.Value} bytes");
    }

    [Fact]
    public void No_stylesheet_loads_a_web_font_or_an_outside_resource()
    {
        var css = Directory.EnumerateFiles(site.Output, "*.css", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(css);
        var found = css.SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, line, i)))
            .Where(x => x.line.Contains("@font-face") || x.line.Contains("@import") || x.line.Contains("url(", StringComparison.OrdinalIgnoreCase))
            .Select(x => $"{Path.GetRelativePath(site.Output, x.f)}:{x.i + 1}: {x.line.Trim()}");
        Assert.Empty(found);
    }

    [Fact]
    public async Task Every_page_uses_system_fonts_only_and_needs_no_image()
    {
        var survey = await site.SurveyAsync(Surveys.Desktop);
        var found = survey.Findings((_, p) =>
        {
            var f = SurveyResult.Strings(p, "images").ToList();
            if (p.GetProperty("fonts").GetInt32() > 0) f.Add($"{p.GetProperty("fonts")} web font(s)");
            if (!p.GetProperty("bodyFont").GetString()!.StartsWith("system-ui")) f.Add("body font " + p.GetProperty("bodyFont"));
            return f;
        });
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
