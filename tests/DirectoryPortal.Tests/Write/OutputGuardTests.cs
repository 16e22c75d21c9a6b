using DirectoryPortal.Cli;
using DirectoryPortal.Tests.Support;
using DirectoryPortal.Write;

namespace DirectoryPortal.Tests.Write;

/// A wrong --out never costs anyone their files: dangerous output folders are refused with exit code 2
/// before anything is built, and nothing in them changes.
public class OutputGuardTests
{
    private static (int Code, string Out, string Err) Build(string content, string output, string? theme = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(["build", "--content", content, "--theme", theme ?? Repo.Theme, "--out", output], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static void AssertRefused(string content, string output, string expected, string? theme = null)
    {
        var before = Snapshot.Of(content);
        var outputBefore = Snapshot.Of(output);
        var (code, _, err) = Build(content, output, theme);
        Assert.Equal(CommandLine.BadUsage, code);
        Assert.Contains(expected, err);
        Assert.Contains("Nothing was built or written", err);
        Assert.Equal(before, Snapshot.Of(content));
        Assert.Equal(outputBefore, Snapshot.Of(output));
    }

    [Fact]
    public void The_content_folder_itself_is_refused()
    {
        using var t = new TempContent();
        AssertRefused(t.Content, t.Content, "is the content folder");
    }

    [Fact]
    public void A_folder_inside_the_content_folder_is_refused()
    {
        using var t = new TempContent();
        AssertRefused(t.Content, Path.Combine(t.Content, "services"), "is inside the content folder");
        AssertRefused(t.Content, Path.Combine(t.Content, "site-out"), "is inside the content folder");
    }

    [Fact]
    public void A_folder_containing_the_content_folder_is_refused()
    {
        using var t = new TempContent();
        AssertRefused(t.Content, t.Root, "contains the content folder");
    }

    [Fact]
    public void The_theme_folder_and_folders_around_it_are_refused()
    {
        using var t = new TempContent();
        var theme = Path.Combine(t.Root, "theme");
        CopyFolder(Repo.Theme, theme);
        AssertRefused(t.Content, theme, "is the theme folder", theme);
        AssertRefused(t.Content, Path.Combine(theme, "static"), "is inside the theme folder", theme);
    }

    [Fact]
    public void A_link_to_the_content_folder_is_seen_through()
    {
        using var t = new TempContent();
        var link = Path.Combine(t.Root, "public-link");
        Directory.CreateSymbolicLink(link, t.Content);
        AssertRefused(t.Content, link, "is the content folder");
    }

    [Fact]
    public void A_folder_holding_a_git_repository_is_refused()
    {
        using var t = new TempContent();
        var repo = Path.Combine(t.Root, "repo");
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        File.WriteAllText(Path.Combine(repo, ".git", "HEAD"), "ref: refs/heads/main\n");
        AssertRefused(t.Content, repo, "holds a git repository");
    }

    [Fact]
    public void A_folder_that_already_holds_files_the_generator_did_not_write_is_refused()
    {
        using var t = new TempContent();
        Directory.CreateDirectory(t.Output);
        File.WriteAllText(Path.Combine(t.Output, "thesis.docx"), "years of work");
        AssertRefused(t.Content, t.Output, "already holds files (thesis.docx)");
    }

    [Fact]
    public void A_file_is_refused_as_the_output_folder()
    {
        using var t = new TempContent();
        var file = Path.Combine(t.Root, "notes.txt");
        File.WriteAllText(file, "notes");
        var (code, _, err) = Build(t.Content, file);
        Assert.Equal(CommandLine.BadUsage, code);
        Assert.Contains("is a file", err);
        Assert.Equal("notes", File.ReadAllText(file));
    }

    [Fact]
    public void The_file_system_root_and_home_folders_are_refused()
    {
        using var t = new TempContent();
        // Asked of the guard alone: a test must never come near building into / or a real home.
        Assert.Contains("root of the file system", OutputGuard.Refusal("/", t.Content, Repo.Theme));
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Contains("is a home folder", OutputGuard.Refusal(home, t.Content, Repo.Theme));
        Assert.Contains("is a home folder", OutputGuard.Refusal(home + "/", t.Content, Repo.Theme));
    }

    [Fact]
    public void A_home_folder_is_refused_by_the_command_and_keeps_its_files()
    {
        // The command line in a child process whose HOME is a folder of the test's own.
        using var t = new TempContent();
        var home = Path.Combine(t.Root, "home");
        Directory.CreateDirectory(home);
        File.WriteAllText(Path.Combine(home, ".profile"), "export EDITOR=nano\n");
        var before = Snapshot.Of(home);
        var run = GeneratorProcess.Run(t.Root, ["build", "--content", t.Content, "--theme", Repo.Theme, "--out", home],
            new Dictionary<string, string> { ["HOME"] = home });
        Assert.Equal(CommandLine.BadUsage, run.Code);
        Assert.Contains("is a home folder", run.Err);
        Assert.Equal(before, Snapshot.Of(home));
    }

    [Fact]
    public void Building_into_the_repository_itself_is_refused()
    {
        // `build --out .` run from a repository: the content folder and .git are both in '.'.
        using var t = new TempContent();
        Directory.CreateDirectory(Path.Combine(t.Root, ".git"));
        File.WriteAllText(Path.Combine(t.Root, ".git", "HEAD"), "ref: refs/heads/main\n");
        var before = Snapshot.Of(t.Root);
        var run = GeneratorProcess.Run(t.Root, ["build", "--theme", Repo.Theme, "--out", "."]);
        Assert.Equal(CommandLine.BadUsage, run.Code);
        Assert.Contains("contains the content folder", run.Err);
        Assert.Equal(before, Snapshot.Of(t.Root));
    }

    [Fact]
    public void The_top_of_a_mounted_disk_is_refused()
    {
        using var t = new TempContent();
        using var disk = SystemTools.MountTmpfs(Path.Combine(t.Root, "disk"), "4m");
        AssertRefused(t.Content, disk.Folder, "top of a mounted disk");
        // A folder inside it is fine.
        Assert.Equal(0, Build(t.Content, Path.Combine(disk.Folder, "site")).Code);
    }

    [Fact]
    public void An_empty_folder_and_a_folder_an_earlier_build_made_are_accepted()
    {
        using var t = new TempContent();
        Directory.CreateDirectory(t.Output);
        Assert.Equal(0, Build(t.Content, t.Output).Code);
        Assert.True(File.Exists(Path.Combine(t.Output, OutputManifest.FileName)));
        Assert.Equal(0, Build(t.Content, t.Output).Code);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
