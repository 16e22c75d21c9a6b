using DirectoryPortal.Cli;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Cli;

/// Exit codes, help and output formats of the command line.
public class CommandLineTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("check", "--help")]
    public void Help_is_available_on_every_command(params string[] args)
    {
        var (code, output, _) = Run(args);
        Assert.Equal(0, code);
        Assert.Contains("Usage", output);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("build", "--colour", "red")]
    [InlineData("check", "--format", "xml")]
    [InlineData("build", "--out")]
    public void Bad_usage_exits_2(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains("error:", err);
    }

    [Fact]
    public void Check_exits_1_on_content_errors_and_0_when_clean()
    {
        using var t = new TempContent();
        Assert.Equal(0, Run("check", "--content", t.Content).Code);
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("name: Test Helpline", "nme: Test Helpline"));
        var (code, output, _) = Run("check", "--content", t.Content);
        Assert.Equal(1, code);
        Assert.Contains("services/test-helpline.yml:2:1: error: nme:", output);
        Assert.Contains("1 service", output.Replace("services", "service"));
    }

    [Fact]
    public void Check_json_lists_problems_for_tools()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("name: Test Helpline", "nme: Test Helpline"));
        var (code, output, _) = Run("check", "--content", t.Content, "--format", "json");
        Assert.Equal(1, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("errors").GetInt32());
        var first = json.RootElement.GetProperty("problems")[0];
        Assert.Equal("services/test-helpline.yml", first.GetProperty("file").GetString());
        Assert.True(first.GetProperty("line").GetInt32() > 0);
    }

    [Fact]
    public void Build_writes_the_site_and_reports_a_summary()
    {
        using var t = new TempContent();
        var (code, output, _) = Run("build", "--content", t.Content, "--theme", Repo.Theme, "--out", t.Output);
        Assert.Equal(0, code);
        Assert.Contains("1 services", output);
        Assert.True(File.Exists(Path.Combine(t.Output, "index.html")));
    }

    [Fact]
    public void Build_with_a_missing_folder_is_bad_usage()
    {
        var (code, _, err) = Run("build", "--content", "/no/such/folder");
        Assert.Equal(2, code);
        Assert.Contains("does not exist", err);
    }
}
