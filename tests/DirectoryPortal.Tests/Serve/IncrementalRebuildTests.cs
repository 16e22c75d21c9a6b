using DirectoryPortal.Pipeline;
using DirectoryPortal.Tests.Support;
using DirectoryPortal.Write;

namespace DirectoryPortal.Tests.Serve;

/// The shortcut `serve` takes after a service edit must produce exactly what a full build would.
public class IncrementalRebuildTests
{
    private static SiteBuilder Builder(TempContent t) =>
        new(new BuildOptions(t.Content, Repo.Theme, t.Output) { Today = Checking.Today });

    private static async Task AssertSameAsFullBuild(TempContent t, BuildState previous, params string[] changed)
    {
        var outcome = await Builder(t).RebuildServicesAsync(previous, changed, (_, _) => { });
        Assert.NotNull(outcome);
        var (result, state) = outcome.Value;
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var (_, full) = await Builder(t).BuildInMemoryAsync();
        Assert.Equal(full!.Files.Keys, state!.Output.Files.Keys);
        foreach (var (path, bytes) in full.Files)
            Assert.True(bytes.AsSpan().SequenceEqual(state.Output.Files[path]), $"{path} differs from a full build");
    }

    [Fact]
    public async Task Moving_a_service_to_another_category_updates_both_category_pages()
    {
        using var t = new TempContent();
        var before = await BuildWithServiceInEachCategoryAsync(t);
        Assert.Contains("Test Helpline", OutputText(before.Output, "categories/domestic-abuse/index.html"));

        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("categories: [domestic-abuse]", "categories: [forced-marriage]"));
        await AssertSameAsFullBuild(t, before, "services/test-helpline.yml");
    }

    [Fact]
    public async Task Editing_a_service_in_one_category_leaves_the_result_identical_to_a_full_build()
    {
        using var t = new TempContent();
        var before = await BuildWithServiceInEachCategoryAsync(t);
        t.Write("services/marriage-line.yml", MarriageLine("Marriage Advice Line"));
        await AssertSameAsFullBuild(t, before, "services/marriage-line.yml");
    }

    private static string MarriageLine(string name) =>
        TempContent.ServiceYml.Replace("name: Test Helpline", $"name: {name}").Replace("categories: [domestic-abuse]", "categories: [forced-marriage]");

    // The test helpline is in domestic-abuse; a second service in forced-marriage gives each category a card.
    private static async Task<BuildState> BuildWithServiceInEachCategoryAsync(TempContent t)
    {
        t.Write("services/marriage-line.yml", MarriageLine("Marriage Line"));
        var (_, state) = await Builder(t).BuildStateAsync();
        return state!;
    }

    private static string OutputText(OutputFiles output, string path) =>
        System.Text.Encoding.UTF8.GetString(output.Files[path]);
}
