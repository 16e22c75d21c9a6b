using System.Text;
using DirectoryPortal.Model;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Load;

/// Odd files in the content folder give an error that names the file (or are skipped, for editors'
/// leftovers), never a stack trace, a hang or the contents of a file outside the content folder.
public class OddFileTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // The check on another thread, so a hang fails the test instead of stopping the run.
    private static IReadOnlyList<Problem> CheckWithin(string content)
    {
        var check = Task.Run(() => Checking.Problems(content));
        Assert.True(check.Wait(Patience), "check did not finish: it hangs on this input");
        return check.Result;
    }

    private static string Secret(TempContent t)
    {
        var secret = Path.Combine(t.Root, "secret.txt");
        File.WriteAllText(secret, "root:TOP-SECRET-HASH:19000:0:99999:7:::\nadmin: TOP-SECRET-PASSWORD\n");
        return secret;
    }

    [Fact]
    public void A_symlinked_record_is_refused_without_reading_or_naming_its_target()
    {
        using var t = new TempContent();
        var secret = Secret(t);
        File.CreateSymbolicLink(Path.Combine(t.Content, "services", "shadow.yml"), secret);
        var problems = CheckWithin(t.Content);
        var p = Assert.Single(problems, p => p.File == "services/shadow.yml");
        Assert.Contains("symbolic link", p.Message);
        Assert.DoesNotContain(problems, p => p.ToString().Contains("TOP-SECRET") || p.ToString().Contains(secret));
    }

    [Fact]
    public void A_symlinked_static_file_is_refused_and_never_published()
    {
        using var t = new TempContent();
        var secret = Secret(t);
        Directory.CreateDirectory(Path.Combine(t.Content, "static"));
        File.CreateSymbolicLink(Path.Combine(t.Content, "static", "notes.txt"), secret);
        var result = Builds.Run(t.Content, t.Output);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.File == "static/notes.txt" && p.Message.Contains("symbolic link"));
        Assert.DoesNotContain(result.Problems, p => p.ToString().Contains("TOP-SECRET"));
        Assert.False(File.Exists(Path.Combine(t.Output, "notes.txt")));
    }

    [Fact]
    public void A_symlinked_folder_in_the_content_folder_is_refused()
    {
        using var t = new TempContent();
        var elsewhere = Path.Combine(t.Root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "leaflet.pdf"), "%PDF-1.4 TOP-SECRET");
        Directory.CreateSymbolicLink(Path.Combine(t.Content, "static"), elsewhere);
        var problems = CheckWithin(t.Content);
        Assert.Contains(problems, p => p.File == "static" && p.Message.Contains("symbolic link"));
    }

    [Fact]
    public void Dangling_links_and_link_loops_are_named_errors()
    {
        using var t = new TempContent();
        File.CreateSymbolicLink(Path.Combine(t.Content, "services", "dangling.yml"), Path.Combine(t.Root, "no-such-file.yml"));
        File.CreateSymbolicLink(Path.Combine(t.Content, "services", "loop.yml"), Path.Combine(t.Content, "services", "loop.yml"));
        var problems = CheckWithin(t.Content);
        Assert.Contains(problems, p => p.File == "services/dangling.yml" && p.Message.Contains("symbolic link"));
        Assert.Contains(problems, p => p.File == "services/loop.yml" && p.Message.Contains("symbolic link"));
    }

    [Fact]
    public void A_named_pipe_is_refused_without_hanging()
    {
        using var t = new TempContent();
        var fifo = Path.Combine(t.Content, "services", "pipe.yml");
        SystemTools.Run("mkfifo", fifo);
        try
        {
            var problems = CheckWithin(t.Content);
            Assert.Contains(problems, p => p.File == "services/pipe.yml" && p.Message.Contains("named pipe"));
        }
        finally
        {
            // If a reader did block on the pipe, opening it for writing lets it go (without blocking if none did).
            var writer = Native.open(fifo, Native.WriteOnly | Native.NonBlocking, 0);
            if (writer >= 0) Native.close(writer);
        }
    }

    [Fact]
    public void Devices_are_refused_unread_whether_linked_or_made_in_the_folder()
    {
        using var t = new TempContent();
        File.CreateSymbolicLink(Path.Combine(t.Content, "services", "zero.yml"), "/dev/zero");
        SystemTools.Run("mknod", Path.Combine(t.Content, "services", "random.yml"), "c", "1", "8");
        var problems = CheckWithin(t.Content);
        Assert.Contains(problems, p => p.File == "services/zero.yml" && p.Message.Contains("symbolic link"));
        Assert.Contains(problems, p => p.File == "services/random.yml" && p.Message.Contains("character device"));
    }

    [Fact]
    public void An_unreadable_file_is_a_named_error_and_everything_else_is_still_reported()
    {
        // Root reads any file, so the check runs as 'nobody', who may not read this one.
        using var t = new TempContent();
        var locked = Path.Combine(t.Content, "services", "locked.yml");
        File.WriteAllText(locked, TempContent.ServiceYml);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        t.Write("services/other.yml", TempContent.ServiceYml.Replace("\"0808 2000 247\"", "\"0808\""));
        var run = GeneratorProcess.Run(Path.GetTempPath(), ["check", "--content", t.Content], runAs: "65534");
        Assert.Equal(1, run.Code);
        Assert.Contains("services/locked.yml: error: The file cannot be read: permission denied.", run.Out);
        Assert.Contains("services/other.yml:12:", run.Out);
        Assert.DoesNotContain("   at ", run.Out + run.Err);
    }

    [Theory]
    [InlineData(130, ">")]
    [InlineData(200, "- ")]
    public void Markdown_nested_beyond_the_parsers_limit_is_an_error_with_its_line(int times, string marker)
    {
        using var t = new TempContent();
        t.Write("guidance/getting-help.md", TempContent.GuidanceMd + "\n\n" + string.Concat(Enumerable.Repeat(marker, times)) + " deep\n");
        var p = Assert.Single(CheckWithin(t.Content), p => p.Severity == Severity.Error);
        Assert.Equal("guidance/getting-help.md", p.File);
        Assert.Contains("nested too deeply", p.Message);
        Assert.Equal(12, p.Line);
    }

    [Fact]
    public void Deeply_nested_markdown_in_a_service_does_not_crash_the_build()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", TempContent.ServiceYml + "\ndetails: |\n  " + new string('>', 200) + " deep\n");
        var result = Builds.Run(t.Content, t.Output);
        Assert.Contains(result.Problems, p => p.File == "services/test-helpline.yml" && p.Field == "details" && p.Message.Contains("nested too deeply"));
    }

    [Theory]
    [InlineData(130, ">")]
    [InlineData(200, "- ")]
    public void Text_nested_too_deeply_has_no_plain_text_rather_than_a_crash(int times, string marker)
    {
        Assert.Equal("", DirectoryPortal.Render.MarkdownRenderer.ToPlainText(string.Concat(Enumerable.Repeat(marker, times)) + " deep"));
        Assert.Equal("Call us.", DirectoryPortal.Render.MarkdownRenderer.ToPlainText("> Call *us*."));
    }

    [Fact]
    public void Invalid_utf8_is_an_error_with_its_line()
    {
        using var t = new TempContent();
        var bytes = Encoding.UTF8.GetBytes(TempContent.ServiceYml.Replace("name: Test Helpline", "name: Caf\u00e9 Helpline"));
        var text = Encoding.UTF8.GetString(bytes);
        // "é" as Windows-1252 writes it: one byte, 0xE9, which is not UTF-8.
        var broken = Encoding.UTF8.GetBytes(text.Replace("\u00e9", "\u0001")).Select(b => b == 1 ? (byte)0xE9 : b).ToArray();
        File.WriteAllBytes(Path.Combine(t.Content, "services", "test-helpline.yml"), broken);
        var p = Assert.Single(CheckWithin(t.Content), p => p.File == "services/test-helpline.yml");
        Assert.Equal(2, p.Line);
        Assert.Equal(10, p.Column);
        Assert.Contains("not valid UTF-8", p.Message);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_named_as_such()
    {
        using var t = new TempContent();
        File.WriteAllBytes(Path.Combine(t.Content, "services", "test-helpline.yml"), new UnicodeEncoding(false, false).GetBytes(TempContent.ServiceYml));
        var p = Assert.Single(CheckWithin(t.Content), p => p.File == "services/test-helpline.yml");
        Assert.Contains("UTF-16 text saved without a byte order mark", p.Message);
        Assert.Contains("UTF-8", p.Fix);
    }

    [Fact]
    public void Two_byte_order_marks_are_named_as_such()
    {
        using var t = new TempContent();
        File.WriteAllBytes(Path.Combine(t.Content, "services", "test-helpline.yml"), [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TempContent.ServiceYml)]);
        var p = Assert.Single(CheckWithin(t.Content), p => p.File == "services/test-helpline.yml");
        Assert.Contains("two byte order marks", p.Message);
        Assert.Equal(1, p.Line);
    }

    [Fact]
    public void A_tab_on_line_4_is_reported_on_line_4()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("  name: Test Charity", "\tname: Test Charity"));
        var p = Assert.Single(CheckWithin(t.Content), p => p.File == "services/test-helpline.yml");
        Assert.Equal(4, p.Line);
        Assert.Contains("tab", p.Message);
    }

    [Fact]
    public void A_broken_taxonomy_gives_one_error_not_hundreds()
    {
        using var t = new TempContent();
        foreach (var file in Directory.EnumerateFiles(Repo.Content, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(t.Content, Path.GetRelativePath(Repo.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
        File.Delete(Path.Combine(t.Content, "services", "test-helpline.yml"));
        File.Delete(Path.Combine(t.Content, "guidance", "getting-help.md"));
        var taxonomy = Path.Combine(t.Content, "taxonomy.yml");
        var lines = File.ReadAllLines(taxonomy);
        var at = Array.FindIndex(lines, l => l.StartsWith("  - slug:", StringComparison.Ordinal));
        lines[at] = "\t" + lines[at].TrimStart();
        File.WriteAllLines(taxonomy, lines);
        // The whole shipped site, languages and all, so the theme's words are needed as the command has them.
        var errors = Checking.WithTheme(t.Content).Where(p => p.Severity == Severity.Error).ToList();
        var p = Assert.Single(errors);
        Assert.Equal("taxonomy.yml", p.File);
        Assert.Equal(at + 1, p.Line);
    }

    [Fact]
    public void A_service_whose_file_is_broken_is_not_also_reported_missing_by_the_guidance_that_names_it()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("categories: [domestic-abuse]", "categories: [domestic-abuse"));
        var p = Assert.Single(CheckWithin(t.Content), p => p.Severity == Severity.Error);
        Assert.Equal("services/test-helpline.yml", p.File);
    }

    [Fact]
    public void A_single_value_where_a_list_belongs_is_reported_once()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("categories: [domestic-abuse]", "categories: emergency"));
        var p = Assert.Single(CheckWithin(t.Content), p => p.Severity == Severity.Error);
        Assert.Equal("categories", p.Field);
        Assert.Contains("should be a list", p.Message);
    }

    [Fact]
    public void Empty_front_matter_says_so_once()
    {
        using var t = new TempContent();
        t.Write("guidance/empty.md", "---\n---\nSome text.");
        var p = Assert.Single(CheckWithin(t.Content), p => p.File == "guidance/empty.md" && p.Severity == Severity.Error);
        Assert.Contains("front matter between the '---' lines is empty", p.Message);
        Assert.DoesNotContain("The file is empty", p.Message);
    }

    [Fact]
    public void An_accented_file_name_gets_a_sensible_suggestion()
    {
        using var t = new TempContent();
        t.Write("services/\u00c9mergency.yml", TempContent.ServiceYml);
        var p = Assert.Single(CheckWithin(t.Content), p => p.File == "services/\u00c9mergency.yml");
        Assert.Contains("'emergency.yml'", p.Fix);
    }

    [Theory]
    [InlineData("services/con.yml")]
    [InlineData("services/nul.yml")]
    [InlineData("services/com1.yml")]
    [InlineData("guidance/lpt1.md")]
    public void Windows_reserved_names_are_refused_as_slugs(string file)
    {
        using var t = new TempContent();
        t.Write(file, file.EndsWith(".md") ? TempContent.GuidanceMd : TempContent.ServiceYml);
        var p = Assert.Single(CheckWithin(t.Content), p => p.File == file);
        Assert.Contains("Windows reserves", p.Message);
    }

    [Fact]
    public void A_reserved_category_slug_is_refused()
    {
        using var t = new TempContent();
        t.Write("taxonomy.yml", TempContent.TaxonomyYml.Replace("slug: forced-marriage", "slug: aux"));
        Assert.Contains(CheckWithin(t.Content), p => p.File == "taxonomy.yml" && p.Message.Contains("Windows reserves"));
    }

    [Fact]
    public void A_guidance_page_that_would_replace_a_generated_page_is_refused()
    {
        using var t = new TempContent();
        t.Write("guidance/index.md", TempContent.GuidanceMd.Replace("title: Getting help", "title: Sneaky"));
        var p = Assert.Single(Checking.WithTheme(t.Content), p => p.Severity == Severity.Error);
        Assert.Equal("guidance/index.md", p.File);
        Assert.Contains("guidance/index.html", p.Message);
        Assert.Contains("Information and advice", p.Message);
    }

    [Fact]
    public void Editors_leftovers_are_skipped_without_a_word()
    {
        using var t = new TempContent();
        foreach (var name in new[] { ".#test-helpline.yml", "._test-helpline.yml", "test-helpline.yml~", ".test-helpline.yml.swp", "#test-helpline.yml#" })
            File.WriteAllText(Path.Combine(t.Content, "services", name), "junk: [");
        foreach (var name in new[] { ".#getting-help.md", "getting-help.md~", ".getting-help.md.swp" })
            File.WriteAllText(Path.Combine(t.Content, "guidance", name), "junk");
        Assert.Empty(CheckWithin(t.Content));
    }

    [Fact]
    public void An_unknown_key_is_quoted_short_and_with_hidden_characters_shown()
    {
        using var t = new TempContent();
        var key = "evil\u202Ekey\u200B" + new string('x', 500);
        t.Write("services/test-helpline.yml", TempContent.ServiceYml + $"\n{key}: 1\n");
        var p = Assert.Single(CheckWithin(t.Content), p => p.Severity == Severity.Error);
        Assert.DoesNotContain("\u202E", p.ToString());
        Assert.DoesNotContain("\u200B", p.ToString());
        Assert.Contains("\\u202E", p.Message);
        Assert.True(p.Message.Length < 120, p.Message);
    }

    [Fact]
    public void Many_odd_files_at_once_are_all_reported_in_one_run()
    {
        using var t = new TempContent();
        File.CreateSymbolicLink(Path.Combine(t.Content, "services", "linked.yml"), "/etc/hostname");
        SystemTools.Run("mkfifo", Path.Combine(t.Content, "services", "pipe.yml"));
        File.WriteAllBytes(Path.Combine(t.Content, "services", "latin1.yml"), [.. Encoding.UTF8.GetBytes("name: Caf"), 0xE9, (byte)'\n']);
        t.Write("services/con.yml", TempContent.ServiceYml);
        t.Write("services/bad-phone.yml", TempContent.ServiceYml.Replace("\"0808 2000 247\"", "\"0808\""));
        var files = CheckWithin(t.Content).Where(p => p.Severity == Severity.Error).Select(p => p.File).Distinct().Order().ToList();
        Assert.Equal(new[] { "services/bad-phone.yml", "services/con.yml", "services/latin1.yml", "services/linked.yml", "services/pipe.yml" }, files);
    }
}
