using DirectoryPortal.Tests.Browser.Support;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser;

/// The emergency notice is on screen on every page, with or without JavaScript, and on paper.
[Collection(BrowserCollection.Name)]
public class EmergencyNoticeTests(BrowserSite site)
{
    // Each part of the notice the issue asks for, and words that show it is there.
    private static readonly (string Part, string[] AnyOf)[] Parts =
    [
        ("call 999", ["call 999"]),
        ("press 55 if you cannot speak (the Silent Solution)", ["press 55"]),
        ("the Silent Solution by name", ["Silent Solution"]),
        ("how deaf people reach 999: text relay", ["Relay UK", "18000", "text relay"]),
        ("how deaf people reach 999: emergency SMS", ["emergency SMS"]),
    ];

    private static IEnumerable<string> Missing(string notice) =>
        Parts.Where(p => !p.AnyOf.Any(w => notice.Contains(w, StringComparison.OrdinalIgnoreCase))).Select(p => "notice lacks " + p.Part);

    // In another language the words differ, but the numbers are the English notice's (check refuses any other).
    private static IEnumerable<string> Missing(string page, string notice) => SiteLanguages.Of(page) == "en"
        ? Missing(notice)
        : new[] { "999", "55", "18000" }.Where(n => !System.Text.RegularExpressions.Regex.IsMatch(notice, $"(?<![0-9]){n}(?![0-9])")).Select(n => "notice lacks " + n);

    [Fact]
    public async Task Every_page_shows_the_whole_emergency_notice_before_the_main_content()
    {
        var survey = await site.SurveyAsync(Surveys.Desktop);
        var findings = survey.Findings((page, p) =>
        {
            var notice = p.GetProperty("notice").GetString()!;
            if (notice.Length == 0) return ["no visible emergency notice"];
            return Missing(page, notice).Concat(p.GetProperty("noticeBeforeMain").GetBoolean() ? [] : ["the notice comes after the main content"]);
        });
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public async Task Every_page_shows_the_emergency_notice_without_JavaScript()
    {
        var survey = await site.SurveyAsync(Surveys.NoScript);
        var findings = survey.Findings((page, p) =>
        {
            var notice = p.GetProperty("notice").GetString()!;
            return notice.Length == 0 ? ["no visible emergency notice"] : Missing(page, notice);
        });
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Theory]
    [InlineData("service")]
    [InlineData("print.html")]
    public async Task The_emergency_notice_is_printed(string page)
    {
        await using var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url(page));
        await tab.EmulateMediaAsync(new() { Media = Media.Print });
        var printed = await tab.EvaluateAsync<string>("document.body.innerText");
        Assert.Empty(Missing(printed));
    }
}
