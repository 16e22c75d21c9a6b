using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using DirectoryPortal.Tests.Browser.Support;

namespace DirectoryPortal.Tests.Browser;

/// axe-core's WCAG 2.2 AA rules on every generated page, in Chromium.
[Collection(BrowserCollection.Name)]
public class AxeTests(BrowserSite site)
{
    [Fact]
    public async Task Every_page_has_no_axe_violations()
    {
        // axe runs on every page in the desktop survey, which loads each page once for several concerns.
        var survey = await site.SurveyAsync(Surveys.Desktop);
        Assert.Equal(site.Pages.Count, survey.Pages.Count);
        var violations = survey.Findings((_, p) => SurveyResult.Strings(p, "axe"));
        Assert.True(violations.Count == 0, $"{violations.Count} violation(s):\n" + string.Join("\n", violations));
        Assert.True(survey.Errors.Count == 0, "Console errors:\n" + string.Join("\n", survey.Errors));
        Assert.True(survey.Offsite.Count == 0, "Requests left the site:\n" + string.Join("\n", survey.Offsite));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("service")]
    public async Task Deques_RunAxe_agrees_and_both_find_planted_violations(string page)
    {
        // Guards the fast runner above: on a page with known faults it must report what RunAxe reports.
        await using var context = await site.NewContextAsync(new() { BypassCSP = true });
        await AxeRunner.InstallAsync(context.Context);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url(page));
        Assert.Empty(await AxeRunner.ViolationsAsync(tab, Surveys.AxeTags));
        Assert.Empty((await tab.RunAxe(Options)).Violations);

        await tab.EvaluateAsync("() => { const i = document.createElement('input'); i.type = 'text'; document.querySelector('main').append(i); document.documentElement.removeAttribute('lang'); }");
        var ours = (await AxeRunner.ViolationsAsync(tab, Surveys.AxeTags)).Select(v => v.Split(' ')[0]).Distinct().Order().ToList();
        var deques = (await tab.RunAxe(Options)).Violations.Select(v => v.Id).Distinct().Order().ToList();
        Assert.Contains("label", ours);
        Assert.Contains("html-has-lang", ours);
        Assert.Equal(deques, ours);
    }

    private static AxeRunOptions Options => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = Surveys.AxeTags.ToList() },
        ResultTypes = [ResultType.Violations],
    };
}
