using DirectoryPortal.Tests.Support;
using DirectoryPortal.Tests.Browser.Support;

namespace DirectoryPortal.Tests.Browser;

/// With JavaScript off every page is complete: the same content, links and exit control (search results aside).
[Collection(BrowserCollection.Name)]
public partial class NoScriptTests(BrowserSite site)
{
    /// Search results are the one thing that needs JavaScript; its page says so and offers other ways in.
    private const string SearchPage = "search.html";

    [Fact]
    public async Task Every_page_but_search_shows_the_same_main_content_without_JavaScript()
    {
        var on = await site.SurveyAsync(Surveys.Desktop);
        var off = await site.SurveyAsync(Surveys.NoScript);
        Assert.Equal(site.Pages.Count, off.Pages.Count);
        var differ = off.Findings((path, p) =>
        {
            // "Open now" is worked out by script, so the page without it lacks only that line.
            var with = on.Pages[path].GetProperty("hoursStatus").EnumerateArray()
                .Aggregate(on.Pages[path].GetProperty("mainText").GetString()!, (text, status) => RemoveLine(text, status.GetString()!));
            var without = p.GetProperty("mainText").GetString()!;
            // Taking the line out can leave a different number of blank lines around it; words are what count.
            if (on.Pages[path].GetProperty("hoursStatus").GetArrayLength() > 0)
                (with, without) = (BlankLines().Replace(with, "\n"), BlankLines().Replace(without, "\n"));
            if (without.Trim().Length < 40) return ["main content is (nearly) empty"];
            return with == without ? [] : [$"main content differs:\n  with JS:    {First(with, without)}\n  without JS: {First(without, with)}"];
        }, where: path => path != SearchPage && !path.EndsWith("/" + SearchPage, StringComparison.Ordinal));
        Assert.True(differ.Count == 0, string.Join("\n", differ));
        Assert.True(off.Errors.Count == 0, string.Join("\n", off.Errors));
        Assert.True(off.Offsite.Count == 0, string.Join("\n", off.Offsite));
    }

    [System.Text.RegularExpressions.GeneratedRegex("\n{2,}")]
    private static partial System.Text.RegularExpressions.Regex BlankLines();

    private static string RemoveLine(string text, string line)
    {
        // A paragraph is followed by a blank line in innerText, which the hidden one does not leave.
        foreach (var ending in new[] { "\n\n", "\n" })
        {
            var at = text.IndexOf(line + ending, StringComparison.Ordinal);
            if (at >= 0) return text.Remove(at, line.Length + ending.Length);
        }
        return text;
    }

    [Fact]
    public async Task Without_JavaScript_the_search_page_offers_other_ways_to_every_service()
    {
        var off = await site.SurveyAsync(Surveys.NoScript);
        var text = off.Pages[SearchPage].GetProperty("mainText").GetString()!;
        Assert.Contains("JavaScript", text);
        Assert.Contains("A to Z", text);
    }

    [Fact]
    public async Task Without_JavaScript_every_page_has_a_visible_exit_link_to_the_neutral_site()
    {
        var off = await site.SurveyAsync(Surveys.NoScript);
        // The link's words are the page's language's (English at the root, the others under /<code>/).
        var strings = DirectoryPortal.Load.ContentLoader.Load(Repo.Content, new DirectoryPortal.Model.ProblemList(), themeDirectory: Repo.Theme).Strings;
        string Label(string page) => strings[strings.ContainsKey(page.Split('/')[0]) ? page.Split('/')[0] : "en"]["quick_exit.label"];
        var wrong = off.Findings((page, p) => p.GetProperty("exit").GetString() == site.QuickExitUrl && p.GetProperty("exitText").GetString() == Label(page)
            ? [] : [$"exit link \"{p.GetProperty("exitText")}\" to \"{p.GetProperty("exit")}\""]);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    // The first line where two texts part, so a failure shows what is missing rather than two whole pages.
    private static string First(string a, string b)
    {
        var x = a.Split('\n');
        var y = b.Split('\n');
        for (var i = 0; i < x.Length; i++)
            if (i >= y.Length || x[i] != y[i]) return x[i];
        return "(nothing more)";
    }
}
