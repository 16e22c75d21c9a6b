using System.Text;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.OpenReferral;

/// A confidential location (a refuge) publishes nothing but its area, in any file the build writes.
public class ConfidentialLocationTests(FeedSites sites) : IClassFixture<FeedSites>
{
    [Fact]
    public void No_file_of_the_built_site_holds_anything_of_a_confidential_address()
    {
        var files = Directory.EnumerateFiles(sites.Rich.Output, "*", SearchOption.AllDirectories).ToList();
        // Pages, print, feed, spreadsheet, JSON-LD (in the pages), search index, sitemap: everything.
        foreach (var kind in new[] { ".html", ".json", ".csv", ".js", ".xml" })
            Assert.Contains(files, f => f.EndsWith(kind, StringComparison.Ordinal));
        var leaks = new List<string>();
        foreach (var file in files)
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            // As written, and as JSON or HTML might escape it.
            var forms = new[] { text, System.Text.RegularExpressions.Regex.Replace(text, @"\\u([0-9a-fA-F]{4})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString()), System.Net.WebUtility.HtmlDecode(text) };
            foreach (var secret in FeedContent.SecretAddress)
                foreach (var part in secret.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length > 4).Append(secret).Append(secret.Replace(" ", "")))
                    if (forms.Any(f => f.Contains(part, StringComparison.OrdinalIgnoreCase)))
                        leaks.Add($"{Path.GetRelativePath(sites.Rich.Output, file)}: '{part}'");
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Distinct()));
    }

    [Fact]
    public void Its_area_is_published_on_the_page_and_in_the_feed()
    {
        var page = File.ReadAllText(Path.Combine(sites.Rich.Output, "services", "test-refuge-service", "index.html"));
        Assert.Contains($"A confidential address in {FeedContent.RefugeArea}.", page);
        var feed = File.ReadAllText(Path.Combine(sites.Rich.Output, "openreferral", "services", FeedContent.RefugeId + ".json"));
        Assert.Contains($"\"name\":\"{FeedContent.RefugeArea}\"", feed);
        Assert.DoesNotContain("\"addresses\"", feed);
        // The public place of the other service is published in full.
        var centre = File.ReadAllText(Path.Combine(sites.Rich.Output, "openreferral", "services", FeedContent.CentreId + ".json"));
        Assert.Contains("1 Example Street", centre);
        Assert.Contains("EC2V 7HH", File.ReadAllText(Path.Combine(sites.Rich.Output, "services", "test-drop-in-centre", "index.html")));
    }

    [Fact]
    public void Check_warns_that_the_file_itself_still_holds_the_address_and_needs_an_area()
    {
        var problems = Checking.Problems(sites.Rich.Content).Where(p => p.File == "services/test-refuge-service.yml").ToList();
        foreach (var field in new[] { "name", "address_1", "address_2", "city", "postal_code", "access_notes" })
            Assert.Contains(problems, p => p.Field == $"locations[0].{field}" && p.Severity == DirectoryPortal.Model.Severity.Warning);

        using var t = new TempContent();
        t.Write("services/test-refuge-service.yml", FeedContent.RefugeYml.Replace($"    area: {FeedContent.RefugeArea}\n", ""));
        t.Write("taxonomy.yml", FeedContent.TaxonomyYml);
        var error = Assert.Single(Checking.Errors(t.Content));
        Assert.Equal("locations[0].area", error.Field);
        t.Write("services/test-refuge-service.yml", FeedContent.RefugeYml.Replace("  - confidential: true\n", "  - confidential: false\n").Replace($"    address_1: {FeedContent.SecretAddress[1]}\n", ""));
        Assert.Equal("locations[0].address_1", Assert.Single(Checking.Errors(t.Content)).Field);
    }
}
