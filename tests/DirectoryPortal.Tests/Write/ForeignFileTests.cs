using DirectoryPortal.Disk;
using DirectoryPortal.Tests.Support;
using DirectoryPortal.Write;

namespace DirectoryPortal.Tests.Write;

/// A rebuild replaces and removes only files the previous build wrote (its manifest); everything else in
/// the output folder is left exactly as it was, down to the inode.
public class ForeignFileTests
{
    private static readonly string[] Foreign =
        ["CNAME", ".htaccess", ".well-known/security.txt", ".git/HEAD", ".git/objects/ab/cdef", "services/test-helpline/notes.txt", "empty-folder/"];

    private static void AddForeignFiles(string output)
    {
        foreach (var path in Foreign)
        {
            var full = Path.Combine(output, path);
            if (path.EndsWith('/')) { Directory.CreateDirectory(full); continue; }
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, "kept: " + path);
        }
        File.CreateSymbolicLink(Path.Combine(output, "latest.pdf"), "/srv/reports/latest.pdf");
    }

    [Fact]
    public void Files_the_generator_did_not_write_survive_rebuilds_untouched()
    {
        using var t = new TempContent();
        t.Write("services/second.yml", TempContent.ServiceYml.Replace("Test Helpline", "Second Line"));
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        AddForeignFiles(t.Output);
        var before = Foreign.Where(p => !p.EndsWith('/')).ToDictionary(p => p, p => EntryInfo.Of(Path.Combine(t.Output, p)));

        // The rebuild changes a page, removes a service (whose folder holds someone's notes) and adds one.
        t.Write("services/second.yml", TempContent.ServiceYml.Replace("Test Helpline", "Second Line").Replace("A helpline used by the tests.", "Edited."));
        t.Delete("services/test-helpline.yml");
        t.Write("services/third.yml", TempContent.ServiceYml.Replace("Test Helpline", "Third Line"));
        t.Write("guidance/getting-help.md", TempContent.GuidanceMd.Replace("[test-helpline]", "[second]").Replace("test-helpline/index.html", "second/index.html"));
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);

        foreach (var (path, info) in before)
        {
            var now = EntryInfo.Of(Path.Combine(t.Output, path));
            Assert.True(now.SameFileAs(info) && now.Inode == info.Inode, $"{path} was replaced");
            Assert.Equal(info.ModifiedUtc, now.ModifiedUtc);
            Assert.Equal("kept: " + path, File.ReadAllText(Path.Combine(t.Output, path)));
        }
        Assert.True(Directory.Exists(Path.Combine(t.Output, "empty-folder")));
        Assert.Equal("/srv/reports/latest.pdf", new FileInfo(Path.Combine(t.Output, "latest.pdf")).LinkTarget);
        // The removed service's page went; its folder stays only because it holds someone's notes.
        Assert.False(File.Exists(Path.Combine(t.Output, "services", "test-helpline", "index.html")));
        Assert.True(File.Exists(Path.Combine(t.Output, "services", "third", "index.html")));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(t.Root), e => Path.GetFileName(e).StartsWith(".public.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_manifest_lists_exactly_what_the_build_wrote()
    {
        using var t = new TempContent();
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        File.WriteAllText(Path.Combine(t.Output, "CNAME"), "directory.example.org");
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        var manifest = OutputManifest.Read(t.Output)!;
        var onDisk = Directory.EnumerateFiles(t.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(t.Output, f).Replace('\\', '/'))
            .Where(f => f is not (OutputManifest.FileName or "CNAME"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, manifest.Files.Order(StringComparer.Ordinal));
        Assert.Contains("index.html", manifest.Files);
    }

    [Fact]
    public void A_manifest_cannot_point_outside_the_output_folder()
    {
        using var t = new TempContent();
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        var outside = Path.Combine(t.Root, "precious.txt");
        File.WriteAllText(outside, "mine");
        var manifest = Path.Combine(t.Output, OutputManifest.FileName);
        File.AppendAllText(manifest, "../precious.txt\n/etc/hostname\n..\\precious.txt\n");
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        Assert.Equal("mine", File.ReadAllText(outside));
    }

    [Fact]
    public void A_new_page_where_someone_put_a_file_of_their_own_is_refused_and_nothing_changes()
    {
        using var t = new TempContent();
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        var theirs = Path.Combine(t.Output, "guidance", "new-page.html");
        File.WriteAllText(theirs, "<p>hand-made</p>");
        var before = Snapshot.Of(t.Output);
        t.Write("guidance/new-page.md", TempContent.GuidanceMd.Replace("title: Getting help", "title: New page"));
        var ex = Assert.Throws<PublishException>(() => Builds.Run(t.Content, t.Output));
        Assert.Contains("guidance/new-page.html", ex.Message);
        Assert.Contains("did not write", ex.Message);
        Assert.Equal(before, Snapshot.Of(t.Output));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(t.Root), e => Path.GetFileName(e).StartsWith(".public.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_fallback_swap_used_without_renameat2_keeps_the_same_promises()
    {
        using var t = new TempContent();
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        AddForeignFiles(t.Output);
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("A helpline used by the tests.", "Edited by the fallback."));
        var (result, output) = new DirectoryPortal.Pipeline.SiteBuilder(new DirectoryPortal.Pipeline.BuildOptions(t.Content, Repo.Theme, t.Output) { Today = Checking.Today })
            .BuildInMemoryAsync().GetAwaiter().GetResult();
        Assert.True(result.Succeeded);
        SitePublisher.Publish(output!, t.Output, oneStepSwap: false);
        Assert.Contains("Edited by the fallback.", File.ReadAllText(Path.Combine(t.Output, "services", "test-helpline", "index.html")));
        foreach (var path in Foreign.Where(p => !p.EndsWith('/')))
            Assert.Equal("kept: " + path, File.ReadAllText(Path.Combine(t.Output, path)));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(t.Root), e => Path.GetFileName(e).StartsWith(".public.", StringComparison.Ordinal));
    }
}
