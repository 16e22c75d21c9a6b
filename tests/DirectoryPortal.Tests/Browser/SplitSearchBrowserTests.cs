using System.Text.Json;
using DirectoryPortal.Index;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Render;
using DirectoryPortal.Tests.Browser.Support;
using DirectoryPortal.Tests.Index;
using DirectoryPortal.Tests.Search;
using DirectoryPortal.Tests.Support;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser;

/// The shipped content built with its search index split into parts (search_split_above: 0), searched in
/// Chromium from file://, where parts load as scripts: the page shows what lunr.js finds with the whole index.
[Collection(BrowserCollection.Name)]
public sealed class SplitSearchBrowserTests(BrowserSite site) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dp-split-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    // The shipped content, built with its index split: the site's folder.
    private string BuildSplitOutput()
    {
        var content = Path.Combine(_root, "content");
        var output = Path.Combine(_root, "out");
        foreach (var file in Directory.EnumerateFiles(Repo.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content, Path.GetRelativePath(Repo.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        File.AppendAllText(Path.Combine(content, "site.yml"), "\nsearch_split_above: 0\n");
        var result = Builds.Run(content, output);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.True(Directory.GetFiles(Path.Combine(output, "assets", "search-index-parts")).Length > 3);
        return output;
    }

    private (string Output, JsonDocument Lunr, List<string> Queries) BuildSplitSite(IReadOnlyList<string> queries)
    {
        var content = Path.Combine(_root, "content");
        var output = BuildSplitOutput();
        var (checkedContent, problems) = SiteBuilder.Check(content, Checking.Today, themeDirectory: Repo.Theme);
        Assert.False(problems.HasErrors);
        var view = new SiteView(checkedContent, new PartialCache((_, _) => Task.FromResult("")));
        var corpus = SplitIndexOracle.CorpusJson(SearchIndexWriter.Fields, SearchIndexWriter.Documents(view), [], queries, checkedContent.Synonyms.Groups);
        var manifest = Builds.Published(Directory.EnumerateFiles(Path.Combine(output, "assets")).Select(f => "assets/" + Path.GetFileName(f)), "assets/search-index.js");
        var lunr = LunrOracle.Split(corpus, Path.Combine(output, manifest));
        return (output, lunr, SplitIndexOracle.Queries(lunr));
    }

    private static async Task<(int Count, string[] Links)> SearchAsync(IPage tab, string query)
    {
        // The status line is cleared first, so the next words in it describe this search, which may load parts first.
        await tab.EvaluateAsync("q => { document.querySelector('[data-search-status]').textContent = ''; document.querySelector('#search-q').value = q; document.querySelector('[data-search] form').requestSubmit(); }", query);
        // The first results and the status come before the rest of the page of results, which is aria-busy until whole.
        await tab.WaitForFunctionAsync("q => (document.querySelector('[data-search-status]').textContent.includes(q.trim()) || document.querySelector('[data-search-status]').textContent.startsWith('No results')) && !document.querySelector('[data-search-list]').hasAttribute('aria-busy')", query);
        var status = await tab.InnerTextAsync("[data-search-status]");
        var count = status.StartsWith("No results", StringComparison.Ordinal) ? 0 : int.Parse(status.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return (count, await tab.EvalOnSelectorAllAsync<string[]>("[data-search-list] > li h2 a", "as => as.map(a => a.getAttribute('href'))"));
    }

    [Fact]
    public async Task A_split_index_opened_from_disk_shows_what_lunr_finds_with_the_whole_index()
    {
        var typed = SearchQueries.All.Select(q => q.Query).Concat(["help", "counselling", "marrage", "harras", "stalk", "xyzzy"]).ToList();
        var (output, lunr, queries) = BuildSplitSite(typed);
        using (lunr)
        {
            var docs = lunr.RootElement.GetProperty("docs").EnumerateArray().Select(d => d.GetProperty("u").GetString()!).ToList();
            var refs = lunr.RootElement.GetProperty("refs").EnumerateArray().Select(r => r.GetString()!).ToList();
            var linkOf = refs.Zip(docs).ToDictionary(p => p.First, p => p.Second);
            await using var context = await site.NewContextAsync();
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(new Uri(Path.Combine(output, "search.html")).AbsoluteUri);
            // Opened without a query, the page builds the vocabulary's automaton while idle, before anything is typed,
            // then practises scoring on made-up postings; every search below then uses the automaton built that way, and
            // the scoring that practised.
            await tab.WaitForFunctionAsync("() => window.DirectoryPortalIndex.open().tokenSet !== null && window.DirectoryPortalIndex.open().warmed === true", null, new() { Timeout = 10_000 });
            var problems = new List<string>();
            for (int q = 0; q < queries.Count; q++)
            {
                var expected = lunr.RootElement.GetProperty("lunr")[q].GetProperty("results").EnumerateArray().Select(r => linkOf[r.GetProperty("ref").GetString()!]).ToList();
                var (count, links) = await SearchAsync(tab, queries[q]);
                if (count != expected.Count || !links.SequenceEqual(expected.Take(10)))
                    problems.Add($"'{queries[q]}': lunr {expected.Count}: {string.Join(", ", expected.Take(10))}\n  page {count}: {string.Join(", ", links)}");
            }
            Assert.True(problems.Count == 0, string.Join("\n", problems));

            // "Show more" adds lunr's next ten and takes the keyboard to the first of them.
            int help = queries.IndexOf("help");
            var all = lunr.RootElement.GetProperty("lunr")[help].GetProperty("results").EnumerateArray().Select(r => linkOf[r.GetProperty("ref").GetString()!]).ToList();
            Assert.True(all.Count > 20, $"'help' finds {all.Count}");
            await SearchAsync(tab, "help");
            await tab.ClickAsync("[data-search-more]");
            await tab.WaitForFunctionAsync("() => document.querySelectorAll('[data-search-list] > li').length === 20");
            Assert.Equal(all.Take(20), await tab.EvalOnSelectorAllAsync<string[]>("[data-search-list] > li h2 a", "as => as.map(a => a.getAttribute('href'))"));
            Assert.Equal(all[10], await tab.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
            Assert.True(context.Errors.IsEmpty, string.Join("\n", context.Errors));

            // Results whose entries are at hand are drawn before the store parts for the rest arrive: in a fresh page whose
            // store parts are held back, each query shows a leading run of lunr's first ten and says how many it found,
            // or nothing yet; once the parts are let through, lunr's ten. At least one query must show some early.
            var fresh = await context.NewPageAsync();
            await fresh.GotoAsync(new Uri(Path.Combine(output, "search.html")).AbsoluteUri);
            await fresh.EvaluateAsync("""
                () => {
                  const held = [], load = window.DirectoryPortalIndex.loadScript;
                  window.DirectoryPortalIndex.loadScript = (url, done, fail) => {
                    if (/-parts\/d\d+\./.test(url)) held.push(() => load(url, done, fail)); else load(url, done, fail);
                  };
                  window.__held = () => held.length;
                  window.__release = () => held.splice(0).forEach((go) => go());
                }
                """);
            int early = 0;
            var drawnEarly = new List<string>();
            for (int q = 0; q < queries.Count; q++)
            {
                var expected = lunr.RootElement.GetProperty("lunr")[q].GetProperty("results").EnumerateArray().Select(r => linkOf[r.GetProperty("ref").GetString()!]).Take(10).ToList();
                if (expected.Count == 0) continue;
                await fresh.EvaluateAsync("q => { document.querySelector('[data-search-status]').textContent = ''; document.querySelector('#search-q').value = q; document.querySelector('[data-search] form').requestSubmit(); }", queries[q]);
                await fresh.WaitForFunctionAsync("q => window.__held() > 0 || document.querySelector('[data-search-status]').textContent.includes(q.trim())", queries[q]);
                if (await fresh.EvaluateAsync<int>("window.__held()") > 0)
                {
                    await fresh.WaitForTimeoutAsync(200);
                    var links = await fresh.EvalOnSelectorAllAsync<string[]>("[data-search-list] > li h2 a", "as => as.map(a => a.getAttribute('href'))");
                    var said = await fresh.InnerTextAsync("[data-search-status]");
                    Assert.Equal(expected.Take(links.Length), links);
                    Assert.Equal(links.Length > 0, said.Contains(queries[q].Trim(), StringComparison.Ordinal));
                    Assert.True(await fresh.EvaluateAsync<bool>("() => document.querySelector('[data-search-list]').getAttribute('aria-busy') === 'true'"), $"'{queries[q]}': the list is not marked busy while results are missing");
                    if (links.Length > 0 && links.Length < expected.Count) { early++; drawnEarly.Add($"'{queries[q]}' {links.Length} of {expected.Count}"); }
                    await fresh.EvaluateAsync("window.__release()");
                }
                await fresh.WaitForFunctionAsync("([q, n]) => document.querySelector('[data-search-status]').textContent.includes(q.trim()) && document.querySelectorAll('[data-search-list] > li').length === n && !document.querySelector('[data-search-list]').hasAttribute('aria-busy')", new object[] { queries[q], expected.Count });
                Assert.Equal(expected, await fresh.EvalOnSelectorAllAsync<string[]>("[data-search-list] > li h2 a", "as => as.map(a => a.getAttribute('href'))"));
            }
            Assert.True(early > 0, "No query drew any result before its held-back store parts arrived.");
            Assert.True(context.Errors.IsEmpty, string.Join("\n", context.Errors));
        }
    }

    [Fact]
    public async Task Filters_on_a_split_index_keep_lunrs_order_among_what_passes_and_load_only_what_they_test()
    {
        var (output, lunr, queries) = BuildSplitSite(["help"]);
        using (lunr)
        {
            var root = lunr.RootElement;
            var refs = root.GetProperty("refs").EnumerateArray().Select(r => r.GetString()!).ToList();
            var docs = root.GetProperty("docs").EnumerateArray().ToList();
            var filters = root.GetProperty("filters").EnumerateArray().ToList();
            var byRef = refs.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i);
            var found = root.GetProperty("lunr")[0].GetProperty("results").EnumerateArray().Select(r => byRef[r.GetProperty("ref").GetString()!]).ToList();
            // The value of a list field ("c=housing") that most of the results hold, so the filter keeps some and drops some.
            string Commonest(string field) => filters[0].EnumerateObject().Select(p => p.Name).Where(n => n.StartsWith(field + "=", StringComparison.Ordinal))
                .OrderByDescending(n => found.Count(i => filters[i].GetProperty(n).GetBoolean())).ThenBy(n => n, StringComparer.Ordinal).First();
            bool Holds(int i, string test) => filters[i].GetProperty(test).GetBoolean();
            var (category, audience, language) = (Commonest("c"), Commonest("a"), Commonest("l"));
            // Each filter (but "Open now", which depends on the hour: OpeningHoursTests), how the page sets it, the
            // test it makes of the index and which results pass.
            var cases = new (string Name, Func<IPage, Task> Set, string Test, Func<int, bool> Passes)[]
            {
                ("open 24/7", tab => tab.CheckAsync("#search-open247"), "o", i => Holds(i, "o")),
                ("free", tab => tab.CheckAsync("#search-free"), "f", i => Holds(i, "f")),
                ("category", tab => tab.SelectOptionAsync("#search-category", category[2..]), category, i => Holds(i, category)),
                ("audience", tab => tab.SelectOptionAsync("#search-audience", audience[2..]), audience, i => Holds(i, audience)),
                ("language", tab => tab.SelectOptionAsync("#search-language", language[2..]), language, i => Holds(i, language)),
            };
            await using var context = await site.NewContextAsync();
            foreach (var (name, set, test, passes) in cases)
            {
                var expected = found.Where(passes).Select(i => docs[i].GetProperty("u").GetString()!).ToList();
                Assert.True(expected.Count > 0 && expected.Count < found.Count, $"{name}: {expected.Count} of {found.Count} results pass, which tests little");
                var tab = await context.NewPageAsync();
                await tab.GotoAsync(new Uri(Path.Combine(output, "search.html")).AbsoluteUri);
                await SearchAsync(tab, "help");
                await set(tab);
                await tab.WaitForFunctionAsync("n => document.querySelector('[data-search-status]').textContent.startsWith(n + ' ') && !document.querySelector('[data-search-list]').hasAttribute('aria-busy')", expected.Count);
                Assert.Equal(expected.Take(10), await tab.EvalOnSelectorAllAsync<string[]>("[data-search-list] > li h2 a", "as => as.map(a => a.getAttribute('href'))"));
                // The page loaded that one test's part, and no other filter values.
                var filterParts = await tab.EvaluateAsync<string[][]>("t => { const ix = DirectoryPortalIndex.open(); return [Object.keys(ix.loaded).filter(k => Object.values(ix.filterParts).includes(k)), [ix.filterParts[t]]]; }", test);
                Assert.Equal(filterParts[1], filterParts[0]);
                await tab.CloseAsync();
            }
            Assert.True(context.Errors.IsEmpty, string.Join("\n", context.Errors));
        }
    }

    [Fact]
    public async Task Enter_does_not_start_again_a_search_the_keys_started()
    {
        var output = BuildSplitOutput();
        await using var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(new Uri(Path.Combine(output, "search.html")).AbsoluteUri);
        await tab.WaitForFunctionAsync("() => window.DirectoryPortalIndex.open().warmed === true", null, new() { Timeout = 10_000 });
        // Counts the searches the page runs and the times it writes its status line, and holds back every part it loads.
        await tab.EvaluateAsync("""
            () => {
              const ix = window.DirectoryPortalIndex.open(), search = ix.search;
              window.__searches = 0;
              ix.search = function () { window.__searches++; return search.apply(this, arguments); };
              window.__said = 0;
              new MutationObserver(() => window.__said++).observe(document.querySelector('[data-search-status]'), { childList: true, characterData: true, subtree: true });
              const held = [], load = window.DirectoryPortalIndex.loadScript;
              window.DirectoryPortalIndex.loadScript = (url, done, fail) => held.push(() => load(url, done, fail));
              window.__held = () => held.length;
              window.__release = () => { window.DirectoryPortalIndex.loadScript = load; held.splice(0).forEach((go) => go()); };
            }
            """);
        const string Shown = "q => document.querySelector('[data-search-status]').textContent.includes(q) && !document.querySelector('[data-search-list]').hasAttribute('aria-busy')";
        var box = tab.Locator("#search-q");

        // Typed: the search starts once the keys stop, and waits for its parts. Enter then starts no other search.
        await box.FillAsync("help");
        await tab.WaitForFunctionAsync("() => window.__held() > 0");
        var searches = await tab.EvaluateAsync<int>("window.__searches");
        await box.PressAsync("Enter");
        await tab.WaitForTimeoutAsync(300);
        Assert.Equal(searches, await tab.EvaluateAsync<int>("window.__searches"));
        await tab.EvaluateAsync("window.__release()");
        await tab.WaitForFunctionAsync(Shown, "help");
        Assert.Equal(searches, await tab.EvaluateAsync<int>("window.__searches"));
        var said = await tab.InnerTextAsync("[data-search-status]");
        Assert.Matches(@"^\d+ results for .help.$", said);

        // Drawn: Enter keeps the results as they are, with the further page shown, and says again how many there are.
        await tab.ClickAsync("[data-search-more]");
        await tab.WaitForFunctionAsync("() => document.querySelectorAll('[data-search-list] > li').length === 20");
        await tab.EvaluateAsync("() => { document.querySelector('[data-search-list] > li').dataset.before = 'yes'; window.__said = 0; }");
        await box.PressAsync("Enter");
        await tab.WaitForFunctionAsync("() => window.__said > 0");
        Assert.Equal(said, await tab.InnerTextAsync("[data-search-status]"));
        Assert.Equal(20, await tab.Locator("[data-search-list] > li").CountAsync());
        Assert.Equal(1, await tab.Locator("[data-search-list] > li[data-before]").CountAsync());
        Assert.Equal(searches, await tab.EvaluateAsync<int>("window.__searches"));

        // Half a minute on, the same words are searched again: "Open now" and the hours shown may have changed.
        await tab.EvaluateAsync("() => { const now = Date.now; Date.now = () => now() + 31000; }");
        await box.PressAsync("Enter");
        await tab.WaitForFunctionAsync("() => document.querySelectorAll('[data-search-list] > li').length === 10 && !document.querySelector('[data-search-list] > li[data-before]')");
        var again = await tab.EvaluateAsync<int>("window.__searches");
        Assert.True(again > searches, "Enter half a minute on did not search again");

        // Other words are searched at once.
        await box.FillAsync("stalking");
        await box.PressAsync("Enter");
        await tab.WaitForFunctionAsync(Shown, "stalking");
        Assert.True(await tab.EvaluateAsync<int>("window.__searches") > again, "Enter did not search for other words");
        Assert.True(context.Errors.IsEmpty, string.Join("\n", context.Errors));
    }
}
