using System.Management.Automation.Language;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Cli;

/// build.ps1 cannot be run here (no PowerShell), so its syntax is checked with PowerShell's own parser.
public class BuildScriptTests
{
    [Fact]
    public void Build_ps1_parses_without_errors()
    {
        var path = Path.Combine(Repo.Root, "build.ps1");
        var ast = Parser.ParseFile(path, out _, out var errors);
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => $"{e.Extent.StartLineNumber}: {e.Message}")));
        var text = ast.Extent.Text;
        foreach (var task in new[] { "build", "check", "test", "serve" })
            Assert.Contains($"'{task}'", text);
        Assert.Contains("dotnet", text);
    }

    [Fact]
    public void The_parser_really_catches_a_broken_script()
    {
        Parser.ParseInput("param([string]$Task = 'build'\nif ($Task -eq 'x') {", out _, out var errors);
        Assert.NotEmpty(errors);
    }
}
