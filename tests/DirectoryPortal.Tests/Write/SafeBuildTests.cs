using System.Security.Cryptography;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Write;

/// Builds never lose the previous site and always produce the same bytes for the same input.
public class SafeBuildTests
{
    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void A_failed_build_leaves_the_previous_site_byte_for_byte()
    {
        using var t = new TempContent();
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        var before = Snapshot(t.Output);
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("\"0808 2000 247\"", "\"0808\""));
        var result = Builds.Run(t.Content, t.Output);
        Assert.False(result.Succeeded);
        Assert.Equal(before, Snapshot(t.Output));
        Assert.Empty(Directory.EnumerateDirectories(t.Root, ".public.*"));
    }

    [Fact]
    public void A_failed_render_leaves_the_previous_site_byte_for_byte()
    {
        using var t = new TempContent();
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        var before = Snapshot(t.Output);
        // Content is valid but the site's own template is broken: the failure happens mid-render.
        t.Write("layouts/service.cshtml", "@model DirectoryPortal.Render.ServicePage\n@{ throw new InvalidOperationException(\"broken template\"); }");
        Assert.ThrowsAny<Exception>(() => Builds.Run(t.Content, t.Output));
        Assert.Equal(before, Snapshot(t.Output));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_identical()
    {
        using var t = new TempContent();
        var second = Path.Combine(t.Root, "second");
        Assert.True(Builds.Run(Repo.Content, t.Output).Succeeded);
        Assert.True(Builds.Run(Repo.Content, second).Succeeded);
        var a = Snapshot(t.Output);
        var b = Snapshot(second);
        Assert.True(a.Count > 50);
        Assert.Equal(a, b);
    }
}

/// A rebuild rewrites only the files whose bytes changed, and removes pages that no longer exist.
public class IncrementalWriteTests
{
    [Fact]
    public void Only_changed_files_are_rewritten_and_removed_pages_are_deleted()
    {
        using var t = new TempContent();
        t.Write("services/second.yml", TempContent.ServiceCopy("Second Line"));
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        var untouched = Path.Combine(t.Output, "404.html");
        var edited = Path.Combine(t.Output, "services", "test-helpline", "index.html");
        var old = DateTime.UtcNow.AddDays(-1);
        File.SetLastWriteTimeUtc(untouched, old);
        File.SetLastWriteTimeUtc(edited, old);

        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("A helpline used by the tests.", "An edited description."));
        t.Delete("services/second.yml");
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);

        Assert.Equal(old, File.GetLastWriteTimeUtc(untouched));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(edited));
        Assert.Contains("An edited description.", File.ReadAllText(edited));
        Assert.False(Directory.Exists(Path.Combine(t.Output, "services", "second")));
        Assert.Empty(Directory.EnumerateDirectories(t.Root, ".public.*"));
    }
}
