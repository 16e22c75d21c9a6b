using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser.Support;

/// One pass over every page under one set of browser conditions, measuring many things at once.
/// Loading hundreds of pages is the slow part on a two-core machine, so each condition is visited once and
/// the tests of several concerns read what they need from the shared result.
public sealed record PageSurvey(string Name, Func<BrowserNewContextOptions> Options, Func<IPage, Task<JsonElement>> Measure, string? InitScript = null);

/// What a survey found: per page, anything that tried to leave the site or errored on the way, and how
/// many requests the pages made (so that a test can tell the guard really saw them).
public sealed record SurveyResult(IReadOnlyDictionary<string, JsonElement> Pages, IReadOnlyList<string> Offsite, IReadOnlyList<string> Errors, int Requests)
{
    /// Collects "page: finding" for each string a selector returns for a page.
    public IReadOnlyList<string> Findings(Func<string, JsonElement, IEnumerable<string>> select, Func<string, bool>? where = null) =>
        Pages.Where(p => where?.Invoke(p.Key) ?? true)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => select(p.Key, p.Value).Select(f => $"{p.Key}: {f}"))
            .ToList();

    public static IEnumerable<string> Strings(JsonElement e, string property) =>
        e.GetProperty(property).EnumerateArray().Select(x => x.ToString());
}

/// Runs each survey once per test run and hands every caller the same result.
public sealed class SurveyCache(BrowserSite site)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<SurveyResult>>> _runs = new(StringComparer.Ordinal);

    public Task<SurveyResult> GetAsync(PageSurvey survey) =>
        _runs.GetOrAdd(survey.Name, _ => new Lazy<Task<SurveyResult>>(() => RunAsync(survey))).Value;

    private async Task<SurveyResult> RunAsync(PageSurvey survey)
    {
        await using var context = await site.NewContextAsync(survey.Options());
        if (survey.InitScript is not null) await context.Context.AddInitScriptAsync(survey.InitScript);
        var pages = new ConcurrentDictionary<string, JsonElement>(StringComparer.Ordinal);
        var requests = 0;
        context.Context.Request += (_, _) => Interlocked.Increment(ref requests);
        await site.ForEachPageAsync(context, site.Pages, async (tab, path) => pages[path] = (await survey.Measure(tab)).Clone());
        return new SurveyResult(pages, context.Offsite.Distinct().ToList(), context.Errors.Distinct().ToList(), requests);
    }
}
