using DirectoryPortal.Pipeline;
using DirectoryPortal.Tests.Support;
using DirectoryPortal.Write;

namespace DirectoryPortal.Tests.Serve;

/// The shortcut `serve` takes after a service edit must produce exactly what a full build would.
public class IncrementalRebuildTests
{
    private static SiteBuilder Builder(TempContent t) =>
        new(new BuildOptions(t.Content, Repo.Theme, t.Output) { Today = Checking.Today });

    // The rebuild uses the builder that made `previous`, as serve does, so what it kept from that build
    // (rendered cards, analysed search documents) is reused; the full build starts from nothing.
    private static async Task AssertSameAsFullBuild(TempContent t, (SiteBuilder Builder, BuildState State) previous, params string[] changed)
    {
        var outcome = await previous.Builder.RebuildServicesAsync(previous.State, changed, (_, _) => { });
        Assert.NotNull(outcome);
        var (result, state) = outcome.Value;
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var (_, full) = await Builder(t).BuildInMemoryAsync();
        Assert.Equal(full!.Files.Keys.Order(StringComparer.Ordinal), state!.Output.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in full.Files)
            Assert.True(bytes.AsSpan().SequenceEqual(state.Output.Files[path]), $"{path} differs from a full build");
    }

    [Fact]
    public async Task Moving_a_service_to_another_category_updates_both_category_pages()
    {
        using var t = new TempContent();
        var before = await BuildWithServiceInEachCategoryAsync(t);
        Assert.Contains("Test Helpline", OutputText(before.State.Output, "categories/domestic-abuse/index.html"));

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

    [Fact]
    public async Task Two_edits_in_a_row_each_match_a_full_build()
    {
        using var t = new TempContent();
        var (builder, state) = await BuildWithServiceInEachCategoryAsync(t);
        t.Write("services/marriage-line.yml", MarriageLine("Marriage Advice Line"));
        var first = await builder.RebuildServicesAsync(state, ["services/marriage-line.yml"], (_, _) => { });
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("A helpline used by the tests.", "A helpline the tests edit twice."));
        await AssertSameAsFullBuild(t, (builder, first!.Value.State!), "services/test-helpline.yml");
    }

    [Fact]
    public async Task A_renamed_category_reaches_the_search_index_of_a_later_full_build_in_the_same_builder()
    {
        // serve's full rebuilds reuse unchanged records (RecordCache), so the same service objects come
        // back with a new taxonomy: what the search index kept for them must not survive the rename.
        using var t = new TempContent();
        var builder = Builder(t);
        var records = new DirectoryPortal.Load.RecordCache();
        await builder.BuildStateAsync(records);
        t.Write("taxonomy.yml", TempContent.TaxonomyYml.Replace("name: Domestic abuse", "name: Abuse at home"));
        var (_, state) = await builder.BuildStateAsync(records);
        var index = OutputText(state!.Output, Builds.Published(state.Output.Files.Keys, DirectoryPortal.Index.SearchIndexWriter.OutputPath));
        Assert.Contains("home", DirectoryPortal.Tests.Index.SearchIndexScript.Terms(index));
        var (_, full) = await Builder(t).BuildInMemoryAsync();
        Assert.Equal(OutputText(full!, Builds.Published(full!.Files.Keys, DirectoryPortal.Index.SearchIndexWriter.OutputPath)), index);
    }

    private static string MarriageLine(string name) =>
        TempContent.ServiceCopy(name).Replace("categories: [domestic-abuse]", "categories: [forced-marriage]");

    // The test helpline is in domestic-abuse; a second service in forced-marriage gives each category a card.
    private static async Task<(SiteBuilder Builder, BuildState State)> BuildWithServiceInEachCategoryAsync(TempContent t)
    {
        t.Write("services/marriage-line.yml", MarriageLine("Marriage Line"));
        var builder = Builder(t);
        var (_, state) = await builder.BuildStateAsync();
        return (builder, state!);
    }

    private static string OutputText(OutputFiles output, string path) =>
        System.Text.Encoding.UTF8.GetString(output.Files[path]);
}
