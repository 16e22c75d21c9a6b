using DirectoryPortal.Cli;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Cli;

/// `new` makes a correctly named file with every field, which `check` then explains.
public class NewCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        return (CommandLine.Run(args, stdout, stderr), stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void New_service_creates_a_file_that_check_explains()
    {
        using var t = new TempContent();
        var (code, output, _) = Run("new", "service", "Women's Safety Line (London)", "--content", t.Content);
        Assert.Equal(0, code);
        var path = Path.Combine(t.Content, "services", "women-s-safety-line-london.yml");
        Assert.True(File.Exists(path), output);
        var text = File.ReadAllText(path);
        foreach (var field in DirectoryPortal.Load.RecordBinder.FieldsOf(typeof(DirectoryPortal.Model.Service)).Keys)
            Assert.Contains($"\n{field}:", "\n" + text);

        var (checkCode, checkOut, _) = Run("check", "--content", t.Content);
        Assert.Equal(1, checkCode);
        foreach (var field in new[] { "description", "categories", "service_areas", "source", "last_reviewed", "organization.name" })
            Assert.Contains($"women-s-safety-line-london.yml:", checkOut.Split('\n').First(l => l.Contains($"error: {field}:")));
    }

    [Fact]
    public void New_guidance_creates_a_page_with_front_matter()
    {
        using var t = new TempContent();
        Assert.Equal(0, Run("new", "guidance", "Help for carers", "--content", t.Content).Code);
        var text = File.ReadAllText(Path.Combine(t.Content, "guidance", "help-for-carers.md"));
        Assert.StartsWith("---\n", text);
        Assert.Contains("title: \"Help for carers\"", text);
        var (_, checkOut, _) = Run("check", "--content", t.Content);
        Assert.Contains("guidance/help-for-carers.md", checkOut);
    }

    [Fact]
    public void New_refuses_to_overwrite_and_needs_a_kind()
    {
        using var t = new TempContent();
        Assert.Equal(2, Run("new", "service", "Test Helpline", "--content", t.Content).Code);
        Assert.Equal(2, Run("new", "leaflet", "Thing", "--content", t.Content).Code);
        Assert.Equal(TempContent.ServiceYml + "\n", File.ReadAllText(Path.Combine(t.Content, "services", "test-helpline.yml")));
    }

    [Fact]
    public void New_refuses_a_name_with_a_line_break()
    {
        using var t = new TempContent();
        var before = Directory.GetFiles(Path.Combine(t.Content, "services")).Length;
        var (code, _, err) = Run("new", "service", "Two\nLines", "--content", t.Content);
        Assert.Equal(2, code);
        Assert.Contains("one line", err);
        Assert.Equal(before, Directory.GetFiles(Path.Combine(t.Content, "services")).Length);
    }

    [Fact]
    public void New_refuses_a_name_that_is_too_long_with_a_clear_message()
    {
        using var t = new TempContent();
        var (code, _, err) = Run("new", "service", new string('a', 300), "--content", t.Content);
        Assert.Equal(2, code);
        Assert.Contains("the limit is 120", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void New_gives_accented_and_reserved_names_safe_file_names()
    {
        using var t = new TempContent();
        Assert.Equal(0, Run("new", "service", "\u00c9mergency Line", "--content", t.Content).Code);
        Assert.True(File.Exists(Path.Combine(t.Content, "services", "emergency-line.yml")));
        Assert.Equal(0, Run("new", "service", "Con", "--content", t.Content).Code);
        Assert.True(File.Exists(Path.Combine(t.Content, "services", "con-page.yml")));
    }
}
