using DirectoryPortal.Cli;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Write;

/// A publish that fails for a reason outside the content (a full disk, an immutable file, a read-only disk,
/// a folder this user may not change) leaves the previous site byte for byte, leaves no staging folder,
/// and says so in plain words.
public class PublishFailureTests
{
    private static (int Code, string Err) Build(string content, string output)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(["build", "--content", content, "--theme", Repo.Theme, "--out", output], stdout, stderr);
        return (code, stderr.ToString());
    }

    // Every page changes, so the new site needs as much room again as the old one.
    private static void ChangeEveryPage(TempContent t) => t.Write("site.yml", TempContent.SiteYml.Replace("Test directory", "Renamed directory"));

    private static void AssertUnchangedAndExplained(string root, string output, SortedDictionary<string, string> before, int code, string err, string reason)
    {
        Assert.Equal(1, code);
        Assert.Contains(reason, err);
        Assert.Contains("Nothing was written; the previous site", err);
        Assert.DoesNotContain("One or more errors occurred", err);
        Assert.Equal(before, Snapshot.Of(output));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(root), e => Path.GetFileName(e).StartsWith("." + Path.GetFileName(output) + ".dp-", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_little_free_space_is_found_before_anything_is_written()
    {
        using var t = new TempContent();
        using var disk = SystemTools.MountTmpfs(Path.Combine(t.Root, "disk"), "2m");
        var output = Path.Combine(disk.Folder, "site");
        Assert.Equal(0, Build(t.Content, output).Code);
        var before = Snapshot.Of(output);
        Fill(disk.Folder, leave: 48 * 1024);
        ChangeEveryPage(t);
        var (code, err) = Build(t.Content, output);
        AssertUnchangedAndExplained(disk.Folder, output, before, code, err, "free and the new site needs about");
    }

    [Fact]
    public void A_disk_that_fills_up_during_the_write_leaves_the_previous_site()
    {
        // Plenty of bytes but almost no inodes: the free-space check passes and the disk fills mid-write.
        using var t = new TempContent();
        using var disk = SystemTools.MountTmpfs(Path.Combine(t.Root, "disk"), "8m", inodes: 400);
        var output = Path.Combine(disk.Folder, "site");
        Assert.Equal(0, Build(t.Content, output).Code);
        var before = Snapshot.Of(output);
        var filler = Path.Combine(disk.Folder, "filler");
        Directory.CreateDirectory(filler);
        var made = new List<string>();
        try
        {
            for (var i = 0; ; i++)
            {
                var file = Path.Combine(filler, i.ToString());
                File.WriteAllBytes(file, []);
                made.Add(file);
            }
        }
        catch (IOException) { }
        foreach (var file in made.TakeLast(6)) File.Delete(file);
        ChangeEveryPage(t);
        var (code, err) = Build(t.Content, output);
        AssertUnchangedAndExplained(disk.Folder, output, before, code, err, "is full");
    }

    [Fact]
    public void An_immutable_page_stops_the_publish_before_anything_changes()
    {
        using var t = new TempContent();
        Assert.Equal(0, Build(t.Content, t.Output).Code);
        var page = Path.Combine(t.Output, "services", "test-helpline", "index.html");
        SystemTools.SetImmutable(page, true);
        try
        {
            var before = Snapshot.Of(t.Output);
            ChangeEveryPage(t);
            var (code, err) = Build(t.Content, t.Output);
            AssertUnchangedAndExplained(t.Root, t.Output, before, code, err, "services/test-helpline/index.html' in the output folder is marked immutable");
        }
        finally { SystemTools.SetImmutable(page, false); }
    }

    [Fact]
    public void An_immutable_file_of_someone_elses_stops_the_publish_before_anything_changes()
    {
        using var t = new TempContent();
        Assert.Equal(0, Build(t.Content, t.Output).Code);
        var cname = Path.Combine(t.Output, "CNAME");
        File.WriteAllText(cname, "directory.example.org");
        SystemTools.SetImmutable(cname, true);
        try
        {
            var before = Snapshot.Of(t.Output);
            ChangeEveryPage(t);
            var (code, err) = Build(t.Content, t.Output);
            AssertUnchangedAndExplained(t.Root, t.Output, before, code, err, "'CNAME' in the output folder, which the generator did not write, cannot be carried into the new site");
        }
        finally { SystemTools.SetImmutable(cname, false); }
    }

    [Fact]
    public void A_read_only_disk_leaves_the_previous_site()
    {
        using var t = new TempContent();
        Assert.Equal(0, Build(t.Content, t.Output).Code);
        var before = Snapshot.Of(t.Output);
        ChangeEveryPage(t);
        int code;
        string err;
        using (SystemTools.BindReadOnly(t.Root)) (code, err) = Build(t.Content, t.Output);
        AssertUnchangedAndExplained(t.Root, t.Output, before, code, err, "read-only");
    }

    [Fact]
    public void Permission_denied_leaves_the_previous_site()
    {
        // Root may write anywhere, so the build runs as 'nobody', who may read everything here and write nothing.
        using var t = new TempContent();
        Assert.Equal(0, Build(t.Content, t.Output).Code);
        var before = Snapshot.Of(t.Output);
        ChangeEveryPage(t);
        var run = GeneratorProcess.Run(Path.GetTempPath(), ["build", "--content", t.Content, "--theme", Repo.Theme, "--out", t.Output],
            new Dictionary<string, string> { ["DIRECTORYPORTAL_TEMPLATE_CACHE"] = "off", ["HOME"] = Path.GetTempPath() }, runAs: "65534");
        AssertUnchangedAndExplained(t.Root, t.Output, before, run.Code, run.Err, "permission denied");
    }

    // Leaves about <paramref name="leave"/> bytes free on the disk holding <paramref name="folder"/>.
    private static void Fill(string folder, long leave)
    {
        var free = new DriveInfo(folder).AvailableFreeSpace;
        File.WriteAllBytes(Path.Combine(folder, "filler.bin"), new byte[Math.Max(0, free - leave)]);
    }
}
