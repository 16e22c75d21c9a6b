using System.Text.Json;
using DirectoryPortal.Load;
using DirectoryPortal.Model;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Render;

/// Component scripts carry the theme's English words as defaults, as GOV.UK Frontend's do, so an English page
/// needs no words in its markup; other languages pass theirs in data-i18n-* attributes. The defaults must
/// be exactly the English in i18n/en.yml, or an English page would say something the strings file does not.
public class ScriptStringsTests
{
    public static TheoryData<string, string> Scripts => new()
    {
        { "components/quick-exit/quick-exit.js", "quick_exit.script." },
        { "components/search-results/search.js", "search.script." },
    };

    private static Dictionary<string, string> Defaults(string script)
    {
        var js = File.ReadAllText(Path.Combine(Repo.Theme, script));
        var start = js.IndexOf("var ui = {", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{script} has no 'var ui = {{' defaults");
        var open = js.IndexOf('{', start);
        var close = js.IndexOf("};", open, StringComparison.Ordinal);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(js[open..(close + 1)])!;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void A_scripts_English_defaults_are_the_theme_strings(string script, string prefix)
    {
        var english = UiStringsLoader.Load(Repo.Theme, Path.Combine(Repo.Root, "no-such-content"), ["en"], new ProblemList())["en"];
        var expected = english.KeysStartingWith(prefix).ToDictionary(k => k[prefix.Length..].Replace('_', '-'), k => english[k]);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(x => x.Key), Defaults(script).OrderBy(x => x.Key));
    }
}
