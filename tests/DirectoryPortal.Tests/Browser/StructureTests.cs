using System.Text.RegularExpressions;
using DirectoryPortal.Tests.Browser.Support;

namespace DirectoryPortal.Tests.Browser;

/// Landmarks, headings, language and link text on every page, as Chromium builds the document.
[Collection(BrowserCollection.Name)]
public partial class StructureTests(BrowserSite site)
{
    [GeneratedRegex(@"^(click here|click|here|read more|more|more info|more information|find out more|learn more|this|this page|link|page|website|web site|go|continue|details|info|download)$", RegexOptions.IgnoreCase)]
    private static partial Regex Vague();

    private static void AssertNone(IReadOnlyList<string> findings) => Assert.True(findings.Count == 0, string.Join("\n", findings));

    [Fact]
    public async Task Every_page_declares_its_language_on_html()
    {
        var survey = await site.SurveyAsync(Surveys.Desktop);
        AssertNone(survey.Findings((page, p) => p.GetProperty("lang").GetString() == SiteLanguages.Tag(SiteLanguages.Of(page)) ? [] : [$"lang=\"{p.GetProperty("lang")}\""]));
    }

    [Fact]
    public async Task Every_page_has_one_h1_first_and_headings_that_never_skip_a_level()
    {
        var survey = await site.SurveyAsync(Surveys.Desktop);
        AssertNone(survey.Findings((_, p) =>
        {
            var headings = p.GetProperty("headings").EnumerateArray().Select(h => (Level: h.GetProperty("level").GetInt32(), Text: h.GetProperty("text").GetString()!)).ToList();
            var found = new List<string>();
            var h1s = headings.Count(h => h.Level == 1);
            if (h1s != 1) found.Add($"{h1s} h1 elements");
            if (headings.Count > 0 && headings[0].Level != 1) found.Add($"first heading is h{headings[0].Level} \"{headings[0].Text}\"");
            for (var i = 1; i < headings.Count; i++)
                if (headings[i].Level > headings[i - 1].Level + 1)
                    found.Add($"h{headings[i - 1].Level} \"{headings[i - 1].Text}\" is followed by h{headings[i].Level} \"{headings[i].Text}\"");
            if (headings.Any(h => h.Text.Length == 0)) found.Add("an empty heading");
            return found;
        }));
    }

    [Fact]
    public async Task Every_page_has_banner_main_and_footer_landmarks_and_no_content_outside_a_landmark()
    {
        var survey = await site.SurveyAsync(Surveys.Desktop);
        AssertNone(survey.Findings((_, p) =>
        {
            var marks = p.GetProperty("landmarks");
            var found = new List<string>();
            foreach (var mark in new[] { "banner", "main", "contentinfo" })
                if (marks.GetProperty(mark).GetInt32() != 1) found.Add($"{marks.GetProperty(mark).GetInt32()} {mark} landmarks");
            found.AddRange(SurveyResult.Strings(p, "outside").Distinct().Select(t => "outside any landmark: " + t));
            return found;
        }));
    }

    [Fact]
    public async Task Every_link_has_text_that_makes_sense_on_its_own()
    {
        var survey = await site.SurveyAsync(Surveys.Desktop);
        var checkedLinks = survey.Pages.Values.Sum(p => p.GetProperty("links").GetArrayLength());
        Assert.True(checkedLinks > 2000, $"only {checkedLinks} links");
        AssertNone(survey.Findings((_, p) =>
        {
            var links = p.GetProperty("links").EnumerateArray()
                .Select(l => (Name: l.GetProperty("name").GetString()!, Href: l.GetProperty("href").GetString()!))
                .ToList();
            var found = new List<string>();
            foreach (var l in links.Where(l => l.Name.Length < 2 || Vague().IsMatch(l.Name)).DistinctBy(l => l.Name))
                found.Add($"link text \"{l.Name}\" ({l.Href}) does not say where it goes");
            // The same words must not lead to different places, or the words cannot be trusted alone.
            foreach (var g in links.GroupBy(l => l.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Select(l => l.Href).Distinct().Count() > 1))
                found.Add($"\"{g.Key}\" leads to {string.Join(" and ", g.Select(l => l.Href).Distinct())}");
            return found;
        }));
    }
}
