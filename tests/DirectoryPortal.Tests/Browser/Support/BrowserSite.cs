using DirectoryPortal.Load;
using DirectoryPortal.Model;
using DirectoryPortal.Tests.Support;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser.Support;

/// Puts every browser test class in one collection, so they share one build, one server and one Chromium.
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}

/// The shipped content built with the default theme (compressed copies included), served on 127.0.0.1 by
/// Debian's nginx with the shipped deploy/nginx configuration, with one headless Chromium. Every browser
/// test therefore sees the site with the headers a real server sends.
public sealed class BrowserSite : IAsyncLifetime
{
    /// Debian's Chromium: the tests never download a browser.
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "dp-browser-" + Guid.NewGuid().ToString("N"));
    public NginxServer Server { get; private set; } = null!;
    /// A page on another origin (the second nginx server) that shows a page of the site in a frame.
    public string FramingPageUrl(string page) => Server.OtherBaseUrl + "frame.html#" + Uri.EscapeDataString(Server.BaseUrl + page);
    private string OtherSite { get; } = Path.Combine(Path.GetTempPath(), "dp-other-" + Guid.NewGuid().ToString("N"));
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    /// The neutral site from content/site.yml that the quick exit sends people to.
    public string QuickExitUrl { get; private set; } = "";
    /// Every generated page, as a path relative to the site root ("services/x/index.html").
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var result = Builds.Run(Repo.Content, Output, precompress: true);
        if (!result.Succeeded) throw new InvalidOperationException("The shipped content did not build:\n" + string.Join("\n", result.Problems));
        QuickExitUrl = ContentLoader.Load(Repo.Content, new ProblemList()).Site.QuickExitUrl;
        Pages = Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Output, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        FeedFixture.AddIfMissing(Output);
        FeedFixture.WriteFramingSite(OtherSite);
        Server = new NginxServer(Output, OtherSite);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Args = ChromiumArgs });
    }

    /// Whole-site passes shared by the test classes (see PageSurvey).
    public SurveyCache Surveys { get; }

    public BrowserSite() => Surveys = new SurveyCache(this);

    public Task<SurveyResult> SurveyAsync(PageSurvey survey) => Surveys.GetAsync(survey);

    /// One page made by each layout, for checks too slow to repeat on every page.
    public IReadOnlyList<string> OnePerLayout =>
    [
        "index.html", "a-z.html", "print.html", "search.html", "404.html", "categories/index.html", "guidance/index.html",
        Pages.First(p => p.StartsWith("categories/", StringComparison.Ordinal) && p != "categories/index.html"),
        Pages.First(p => p.StartsWith("guidance/", StringComparison.Ordinal) && p != "guidance/index.html"),
        Sample("service"),
    ];

    public string Url(string page) => Server.BaseUrl + Sample(page);

    /// A page by path, or "service" for a service page (the first, so the test does not depend on one record).
    public string Sample(string page) => page == "service" ? Pages.First(p => p.StartsWith("services/", StringComparison.Ordinal)) : page;

    /// The page path of a URL on the test server, or null for any other address.
    public string? PageOf(string url) =>
        url.StartsWith(Server.BaseUrl, StringComparison.Ordinal) ? url[Server.BaseUrl.Length..].Split('#', '?')[0] : null;

    /// A fresh, isolated browser profile in which any request that leaves the site is caught.
    public async Task<GuardedContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        var guarded = new GuardedContext(context, Server.Host, QuickExitUrl);
        await guarded.StartAsync();
        return guarded;
    }

    /// Opens each page in turn (two tabs at a time: the machine has two cores) and runs a check on it.
    public async Task ForEachPageAsync(GuardedContext context, IEnumerable<string> pages, Func<IPage, string, Task> check, int tabs = 2)
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<string>(pages);
        async Task Worker()
        {
            var page = await context.NewPageAsync();
            try
            {
                while (queue.TryDequeue(out var path))
                {
                    await page.GotoAsync(Url(path), new() { WaitUntil = WaitUntilState.Load });
                    await check(page, path);
                }
            }
            finally { await page.CloseAsync(); }
        }
        await Task.WhenAll(Enumerable.Range(0, tabs).Select(_ => Worker()));
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        Playwright?.Dispose();
        Server?.Dispose();
        try { Directory.Delete(Output, true); } catch (IOException) { }
        try { Directory.Delete(OtherSite, true); } catch (IOException) { }
    }
}
