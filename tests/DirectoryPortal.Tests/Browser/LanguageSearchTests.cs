using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DirectoryPortal.Index.Languages;
using DirectoryPortal.Tests.Browser.Support;
using DirectoryPortal.Tests.Search;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DirectoryPortal.Tests.Browser;

/// Each language's search page in Chromium, on the shipped site: it loads its own index and its language's scripts
/// only, finds the page each realistic query in Search/queries.&lt;code&gt;.txt must find in its top three, and works
/// opened from disk. One tab per language.
[Collection(BrowserCollection.Name)]
public partial class LanguageSearchTests(BrowserSite site, ITestOutputHelper output)
{
    public static TheoryData<string> Languages()
    {
        var data = new TheoryData<string>();
        foreach (var code in SearchQueries.Languages) data.Add(code);
        return data;
    }

    [Fact]
    public void Every_language_of_the_site_has_its_queries()
    {
        Assert.Equal(SiteLanguages.Codes.Where(c => c != "en").Order(StringComparer.Ordinal), SearchQueries.Languages);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_search_page_finds_each_realistic_query_in_the_top_three(string code)
    {
        var queries = SearchQueries.For(code);
        Assert.True(queries.Count >= 15, $"only {queries.Count} queries for {code}");
        await using var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();
        var scripts = new ConcurrentQueue<string>();
        tab.Request += (_, request) => { if (request.ResourceType == "script") scripts.Enqueue(Unhashed().Replace(site.PageOf(request.Url) ?? request.Url, "")); };
        await tab.GotoAsync(site.Url(code + "/search.html"));

        var misses = new List<string>();
        foreach (var (query, expected) in queries)
        {
            var top = await SearchAsync(tab, query);
            if (!top.Contains(expected)) misses.Add($"'{query}': wanted {expected}, got {string.Join(", ", top)}");
        }
        foreach (var miss in misses) output.WriteLine(miss);
        Assert.True(misses.Count == 0, $"{misses.Count} of {queries.Count} {code} queries missed:\n" + string.Join("\n", misses));

        // Its own index only, and exactly the scripts its pipeline names.
        var loaded = scripts.ToHashSet(StringComparer.Ordinal);
        Assert.Equal([$"assets/search-index.{code}.js"], loaded.Where(s => s.StartsWith("assets/search-index.", StringComparison.Ordinal) && s != "assets/search-index-unpack.js"));
        var pipeline = LunrLanguage.ForSite(code).Scripts.Select(s => "assets/" + s).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(pipeline.Order(StringComparer.Ordinal), loaded.Where(s => s.StartsWith("assets/lunr-languages/", StringComparison.Ordinal) || s == "assets/lunr-unicode.js").Order(StringComparer.Ordinal));

        // Opened from disk (a saved copy), it searches just the same.
        await tab.GotoAsync(new Uri(Path.Combine(site.Output, code, "search.html")).AbsoluteUri);
        foreach (var (query, expected) in queries.Take(3))
            Assert.Contains(expected, await SearchAsync(tab, query));
        context.AssertStayedOnSite();
    }

    // Types the query as a person would, then submits it, so the list is for exactly this query.
    private static async Task<IReadOnlyList<string>> SearchAsync(IPage tab, string query)
    {
        var box = tab.Locator("#search-q");
        await box.FillAsync("");
        await box.PressSequentiallyAsync(query);
        await box.PressAsync("Enter");
        await tab.WaitForFunctionAsync("""
            q => {
              const status = document.querySelector('[data-search-status]').textContent;
              const none = document.querySelector('[data-search]').dataset.i18nNoResults || 'No results';
              return status.includes(q.trim()) || status.startsWith(none);
            }
            """, query);
        return await tab.EvalOnSelectorAllAsync<string[]>("[data-search-list] > li h2 a", "as => as.slice(0, 3).map(a => a.getAttribute('href'))");
    }

    [GeneratedRegex(@"\.[0-9a-f]{10}(?=\.js$)")]
    private static partial Regex Unhashed();
}
