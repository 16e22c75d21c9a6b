using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser.Support;

/// A browser context that routes every request: the site's own go through, a few allowed outside
/// addresses get a local stub page (nothing here can reach the internet), and anything else is
/// blocked and recorded so a test can fail on it.
public sealed class GuardedContext : IAsyncDisposable
{
    /// The title of the stub page served in place of outside sites.
    public const string StubTitle = "Neutral site (test stub)";

    private readonly string _siteHost;
    private readonly HashSet<string> _allowed = new(StringComparer.Ordinal);

    internal GuardedContext(IBrowserContext context, string siteHost, string quickExitUrl)
    {
        Context = context;
        _siteHost = siteHost;
        QuickExitUrl = quickExitUrl;
        Allow(quickExitUrl);
    }

    public IBrowserContext Context { get; }
    public string QuickExitUrl { get; }
    /// Requests to any host other than the test server that were not allowed (and so were blocked).
    public ConcurrentQueue<string> Offsite { get; } = new();
    /// Allowed outside requests that were answered with the stub, with the headers the browser sent.
    public ConcurrentQueue<(string Url, IReadOnlyDictionary<string, string> Headers)> Stubbed { get; } = new();
    /// Console errors and uncaught script errors, "page: message".
    public ConcurrentQueue<string> Errors { get; } = new();

    /// Serves the stub for this outside address instead of blocking it.
    public void Allow(string url) => _allowed.Add(Normalise(url));

    internal Task StartAsync() => Context.RouteAsync("**/*", HandleAsync);

    private async Task HandleAsync(IRoute route)
    {
        var url = route.Request.Url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "ws" or "wss"))
        {
            await route.ContinueAsync();
            return;
        }
        if (uri.Authority == _siteHost && uri.Scheme == "http")
        {
            await route.ContinueAsync();
            return;
        }
        if (_allowed.Contains(Normalise(url)))
        {
            Stubbed.Enqueue((url, route.Request.Headers));
            await route.FulfillAsync(new()
            {
                Status = 200,
                ContentType = "text/html; charset=utf-8",
                Body = $"<!DOCTYPE html><html lang=\"en\"><title>{StubTitle}</title><h1>{StubTitle}</h1></html>",
            });
            return;
        }
        Offsite.Enqueue(url);
        await route.AbortAsync("blockedbyclient");
    }

    private static string Normalise(string url) => url.Split('#')[0].TrimEnd('/');

    /// A new tab whose console errors and script errors are recorded.
    public async Task<IPage> NewPageAsync()
    {
        var page = await Context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Errors.Enqueue($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => Errors.Enqueue($"{page.Url}: uncaught {error}");
        return page;
    }

    /// Fails if anything tried to leave the site or the console reported an error.
    public void AssertStayedOnSite()
    {
        Assert.True(Offsite.IsEmpty, "Requests left the site:\n" + string.Join("\n", Offsite.Distinct()));
        Assert.True(Errors.IsEmpty, "Console errors:\n" + string.Join("\n", Errors.Distinct()));
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
    }
}
