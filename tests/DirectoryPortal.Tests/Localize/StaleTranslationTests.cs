using System.Diagnostics;
using DirectoryPortal.Cli;
using DirectoryPortal.Model;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Localize;

/// A translation records the English it was made from; when the English changes, check says so and shows how.
public class StaleTranslationTests
{
    private static void Git(string dir, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.org";
        using var p = Process.Start(start)!;
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"git {string.Join(' ', args)}: {p.StandardError.ReadToEnd()}");
    }

    private static int Translate(params string[] args)
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        var code = CommandLine.Run(["translate", .. args], o, e);
        Assert.True(code == 0, o + "\n" + e);
        return code;
    }

    [Fact]
    public void Stamp_records_the_English_and_check_is_then_quiet()
    {
        using var t = Multilingual.Create();
        var file = Path.Combine(t.Content, "guidance", "getting-help.zz.md");
        Assert.Contains(Checking.WithTheme(t.Content), p => p.File == "guidance/getting-help.zz.md" && p.Field == "translated_from");
        var before = File.ReadAllText(file);
        Translate("stamp", file, "--content", t.Content, "--theme", Repo.Theme);
        var after = File.ReadAllText(file);
        // Only one line is added: the rest of the translator's file is untouched.
        Assert.Equal(before.Split('\n').Length + 1, after.Split('\n').Length);
        Assert.Matches("translated_from: [0-9a-f]{12}\n", after);
        Assert.DoesNotContain(Checking.WithTheme(t.Content), p => p.File == "guidance/getting-help.zz.md" && p.Field == "translated_from");
    }

    [Fact]
    public void A_change_to_the_English_warns_with_what_changed()
    {
        using var t = Multilingual.Create();
        Git(t.Root, "init", "-q");
        Translate("stamp", Path.Combine(t.Content, "guidance", "getting-help.zz.md"), "--content", t.Content, "--theme", Repo.Theme);
        Git(t.Root, "add", "-A");
        Git(t.Root, "commit", "-q", "-m", "translated");
        t.Write("guidance/getting-help.md", TempContent.GuidanceMd.Replace("## Who to call", "## Who to call first"));
        Git(t.Root, "commit", "-q", "-am", "English changed");

        var stale = Assert.Single(Checking.WithTheme(t.Content), p => p.File == "guidance/getting-help.zz.md" && p.Field == "translated_from");
        Assert.Equal(Severity.Warning, stale.Severity);
        Assert.Contains("guidance/getting-help.md has changed", stale.Message);
        Assert.Contains("- ## Who to call", stale.Message);
        Assert.Contains("+ ## Who to call first", stale.Message);
        Assert.Contains("translate stamp", stale.Fix);
    }

    [Fact]
    public void Without_history_a_stale_translation_still_warns()
    {
        using var t = Multilingual.Create();
        Translate("stamp", Path.Combine(t.Content, "guidance", "getting-help.zz.md"), "--content", t.Content, "--theme", Repo.Theme);
        t.Write("guidance/getting-help.md", TempContent.GuidanceMd.Replace("How to get help.", "How to get help quickly."));
        var stale = Assert.Single(Checking.WithTheme(t.Content), p => p.Field == "translated_from");
        Assert.Contains("has changed since this was translated", stale.Message);
    }
}
