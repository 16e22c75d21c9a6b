using DirectoryPortal.Pipeline;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Render;

/// Compiled templates kept on disk are reused only while the template and the generator are unchanged.
public class TemplateCacheTests
{
    private static (BuildResult Result, SiteBuilder Builder) Build(TempContent t, string? cache, string output)
    {
        var builder = new SiteBuilder(new BuildOptions(t.Content, Repo.Theme, output) { Today = Checking.Today, TemplateCacheDirectory = cache });
        var result = builder.BuildAsync().GetAwaiter().GetResult();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return (result, builder);
    }

    private static Dictionary<string, byte[]> Files(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    [Fact]
    public void A_second_build_loads_every_template_from_the_cache_and_writes_the_same_bytes()
    {
        using var t = new TempContent();
        var cache = Path.Combine(t.Root, "cache");
        var (_, first) = Build(t, cache, Path.Combine(t.Root, "first"));
        var (_, second) = Build(t, cache, Path.Combine(t.Root, "second"));

        Assert.True(first.Templates.Compiled > 10, $"only {first.Templates.Compiled} templates compiled");
        Assert.Equal(0, first.Templates.Hits);
        Assert.Equal(first.Templates.Compiled, Directory.GetFiles(cache, "*.dll").Length);
        Assert.Equal(0, second.Templates.Compiled);
        Assert.Equal(first.Templates.Compiled, second.Templates.Hits);

        var a = Files(Path.Combine(t.Root, "first"));
        var b = Files(Path.Combine(t.Root, "second"));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, kv => Assert.Equal(kv.Value, b[kv.Key]));
    }

    [Fact]
    public void An_edited_template_is_compiled_again_and_its_change_shows()
    {
        using var t = new TempContent();
        var cache = Path.Combine(t.Root, "cache");
        Build(t, cache, Path.Combine(t.Root, "first"));
        t.Write("layouts/404.cshtml", """
            @model DirectoryPortal.Render.ListPage
            @{ Layout = "layouts/_layout"; }
            <h1>Edited after the cache was filled</h1>
            """);
        var (_, second) = Build(t, cache, Path.Combine(t.Root, "second"));

        Assert.Equal(1, second.Templates.Compiled);
        Assert.Equal("Edited after the cache was filled", Builds.Page(Path.Combine(t.Root, "second"), "404.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void A_damaged_cache_entry_is_compiled_again_and_replaced()
    {
        using var t = new TempContent();
        var cache = Path.Combine(t.Root, "cache");
        var (_, first) = Build(t, cache, Path.Combine(t.Root, "first"));
        foreach (var dll in Directory.GetFiles(cache)) File.WriteAllText(dll, "not an assembly");

        var (_, second) = Build(t, cache, Path.Combine(t.Root, "second"));
        Assert.Equal(first.Templates.Compiled, second.Templates.Compiled);
        var (_, third) = Build(t, cache, Path.Combine(t.Root, "third"));
        Assert.Equal(first.Templates.Compiled, third.Templates.Hits);
    }

    [Fact]
    public void With_no_cache_folder_nothing_is_written_and_every_template_compiles()
    {
        using var t = new TempContent();
        var (_, builder) = Build(t, null, t.Output);
        Assert.True(builder.Templates.Compiled > 10);
        Assert.Equal(0, builder.Templates.Hits);
        Assert.False(Directory.Exists(Path.Combine(t.Root, "cache")));
    }
}
