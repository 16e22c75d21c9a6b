using System.Text.RegularExpressions;
using DirectoryPortal.Cli;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.OpenReferral;

/// `import oruk` turns a saved feed into records: our own feed comes back byte for byte, and another
/// directory's service (the specification's example) comes in with a report of what it could not map.
public class ImportTests(FeedSites sites) : IClassFixture<FeedSites>
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        return (CommandLine.Run(args, stdout, stderr), stdout.ToString(), stderr.ToString());
    }

    /// A content folder with a site and taxonomy but no services or guidance.
    private static string EmptyFolder(string root, string siteYml, string taxonomyYml)
    {
        var content = Path.Combine(root, "content");
        Directory.CreateDirectory(Path.Combine(content, "services"));
        File.WriteAllText(Path.Combine(content, "site.yml"), siteYml);
        File.WriteAllText(Path.Combine(content, "taxonomy.yml"), taxonomyYml);
        return content;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Our_feed_imported_into_an_empty_folder_builds_the_same_feed_byte_for_byte(bool shipped)
    {
        var (sourceContent, built) = shipped ? (Repo.Content, sites.Shipped) : (sites.Rich.Content, sites.Rich.Output);
        // The same site and taxonomy; the emergency notice links to a service by its slug, which an import
        // cannot know (the feed has ids, not file names), so it is left as plain words.
        var siteYml = Regex.Replace(File.ReadAllText(Path.Combine(sourceContent, "site.yml")), @"emergency_notice: (>-\n(  .*\n)+|.*\n)", "emergency_notice: In an emergency, call 999.\n");
        var root = Path.Combine(Path.GetTempPath(), "dp-import-" + Guid.NewGuid().ToString("N"));
        try
        {
            var content = EmptyFolder(root, siteYml, File.ReadAllText(Path.Combine(sourceContent, "taxonomy.yml")));
            var (code, output, errors) = Run("import", "oruk", Path.Combine(built, "openreferral", "services"), "--content", content, "--source", "https://directory.example.org/openreferral");
            Assert.True(code == 0, output + errors);
            var services = Directory.EnumerateFiles(Path.Combine(built, "openreferral", "services")).Count();
            Assert.Equal(services, Regex.Matches(output, "; everything mapped\\.").Count);
            Assert.Contains("every one passes 'check'", output);

            var again = Path.Combine(root, "public");
            var result = Builds.Run(content, again);
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            var before = Feed(built);
            var after = Feed(again);
            Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
            var differ = before.Where(f => !f.Value.AsSpan().SequenceEqual(after[f.Key])).Select(f => f.Key).ToList();
            Assert.True(differ.Count == 0, "differ: " + string.Join(", ", differ));
            Assert.True(before.Count > (shipped ? 90 : 20), $"{before.Count} files");
        }
        finally
        {
            try { Directory.Delete(root, true); } catch (IOException) { }
        }
    }

    private static Dictionary<string, byte[]> Feed(string output) =>
        Directory.EnumerateFiles(Path.Combine(output, "openreferral"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes);

    [Fact]
    public void The_specifications_example_service_comes_in_with_its_id_and_a_report_of_what_did_not()
    {
        using var t = new TempContent();
        var example = Path.Combine(OrukSchemas.Folder, "specifications-3.0", "examples", "service_full.json");
        var (code, output, _) = Run("import", "oruk", example, "--content", t.Content);
        var path = Path.Combine(t.Content, "services", "community-counselling.yml");
        Assert.True(File.Exists(path), output);
        var yaml = File.ReadAllText(path);
        Assert.Contains("id: ac148810-d857-441c-9679-408f346de14b\n", yaml);
        Assert.Contains("name: Community Counselling\n", yaml);
        Assert.Contains("  name: Example Organization Inc.\n", yaml);
        Assert.Contains("url: \"http://example.com/counselling\"\n", yaml);
        Assert.Contains("  - address: email@example.com\n", yaml);
        Assert.Contains("  - byday: [TH, FR]\n    opens_at: \"10:00\"\n    closes_at: \"18:00\"\n", yaml);
        Assert.Contains("    address_1: 1-30 Main Street\n", yaml);
        Assert.Contains("last_reviewed: 2005-01-01\n", yaml);
        // What it could not map, each named, with why.
        foreach (var field in new[] { "minimum_age", "funding", "alert", "accreditations", "location.latitude", "contacts.title", "address.state_province", "schedules.bymonthday", "source" })
            Assert.Contains($"    {field}", output);
        // And what `check` still needs, said exactly: the example has no category, area or source of ours.
        Assert.Equal(1, code);
        foreach (var field in new[] { "categories", "service_areas", "source" })
            Assert.Contains($"services/community-counselling.yml:3:1: error: {field}: is missing but required.", output);
        Assert.Contains("3 error(s) above must be fixed", output);
    }

    [Fact]
    public void Import_never_replaces_a_record_without_force()
    {
        using var t = new TempContent();
        var feed = Path.Combine(sites.Rich.Output, "openreferral", "services", FeedContent.CentreId + ".json");
        Assert.Equal(0, Run("import", "oruk", feed, "--content", t.Content, "--source", "https://example.org/feed").Code);
        var path = Path.Combine(t.Content, "services", "test-drop-in-centre.yml");
        File.AppendAllText(path, "# an editor's note\n");
        var edited = File.ReadAllBytes(path);

        var (_, output, _) = Run("import", "oruk", feed, "--content", t.Content, "--source", "https://example.org/feed");
        Assert.Contains("already exists", output);
        Assert.Equal(edited, File.ReadAllBytes(path));

        Assert.Equal(0, Run("import", "oruk", feed, "--content", t.Content, "--source", "https://example.org/feed", "--force").Code);
        Assert.DoesNotContain("an editor's note", File.ReadAllText(path));
        // Another service whose name makes the same slug gets a file of its own, never this one.
        var other = File.ReadAllText(feed).Replace(FeedContent.CentreId, "7e3b1c2d-9a8b-4c7d-8e6f-5a4b3c2d1e0f");
        var otherFile = Path.Combine(t.Root, "other.json");
        File.WriteAllText(otherFile, other);
        Run("import", "oruk", otherFile, "--content", t.Content, "--source", "https://example.org/feed");
        Assert.True(File.Exists(Path.Combine(t.Content, "services", "test-drop-in-centre-2.yml")));
    }

    [Fact]
    public void A_services_page_imports_its_summaries_and_check_says_what_they_lack()
    {
        using var t = new TempContent();
        var (code, output, _) = Run("import", "oruk", Path.Combine(sites.Rich.Output, "openreferral", "services.json"), "--content", t.Content, "--source", "https://example.org/feed");
        Assert.Equal(1, code);
        Assert.Contains("services.json contents[0]", output);
        // A list gives no categories or areas, so each record says so.
        Assert.Contains("test-refuge-service.yml:3:1: error: categories: is missing but required.", output);
        Assert.DoesNotContain("test-helpline-2.yml", output);
        Assert.Contains("already exists", output);
    }

    [Fact]
    public void A_service_that_is_not_running_is_not_imported()
    {
        using var t = new TempContent();
        var file = Path.Combine(t.Root, "closed.json");
        File.WriteAllText(file, """{"id":"5b0c8d1e-2f3a-4b5c-8d7e-9f0a1b2c3d4e","name":"Closed Line","status":"defunct"}""");
        var (_, output, _) = Run("import", "oruk", file, "--content", t.Content);
        Assert.Contains("not imported: its status is 'defunct'", output);
        Assert.False(File.Exists(Path.Combine(t.Content, "services", "closed-line.yml")));
    }
}
