using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser.Support;

/// Waits for a tab to arrive at another address, and its page to finish loading, after the page itself
/// started the navigation (a click, location.replace).
public static class Arrival
{
    /// Watches the tab's address and document.readyState instead of waiting for Playwright's navigation
    /// and load events: on a loaded machine an event could come just before the wait started listening,
    /// which then ran out its whole timeout on a tab that had long arrived (about one run in four).
    public static async Task WaitAsync(IPage tab, Func<string, bool> arrived, int timeoutMs = 20000)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!(arrived(tab.Url) && await LoadedAsync(tab)))
        {
            if (clock.ElapsedMilliseconds > timeoutMs)
                throw new TimeoutException($"The tab did not arrive and load within {timeoutMs} ms; it is at {tab.Url}.");
            await Task.Delay(25);
        }
    }

    private static async Task<bool> LoadedAsync(IPage tab)
    {
        try
        {
            return await tab.EvaluateAsync<string>("document.readyState") == "complete";
        }
        catch (PlaywrightException)
        {
            // The document was replaced while we asked: not there yet.
            return false;
        }
    }
}
