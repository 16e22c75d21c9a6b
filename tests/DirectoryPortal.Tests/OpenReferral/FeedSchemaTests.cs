using System.Text.Json;
using System.Text.Json.Nodes;

namespace DirectoryPortal.Tests.OpenReferral;

/// Every file of the feed, for the shipped content and for content using every field, validates against
/// the ORUK 3.0 schema its endpoint has in the published openapi.json.
public class FeedSchemaTests(FeedSites sites) : IClassFixture<FeedSites>
{
    public static readonly string[] Endpoints =
        ["/", "/services", "/services/{id}", "/taxonomies", "/taxonomies/{id}", "/taxonomy_terms", "/taxonomy_terms/{id}", "/service_at_locations", "/service_at_locations/{id}"];

    private string Output(bool shipped) => shipped ? sites.Shipped : sites.Rich.Output;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_feed_file_validates_against_its_endpoint_schema(bool shipped)
    {
        var root = Output(shipped);
        var files = Directory.EnumerateFiles(Path.Combine(root, "openreferral"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        var seen = new HashSet<string>();
        foreach (var file in files)
        {
            Assert.EndsWith(".json", file);
            var endpoint = FeedSites.EndpointOf(file);
            seen.Add(endpoint);
            problems.AddRange(sites.Schemas.Problems(endpoint, File.ReadAllText(Path.Combine(root, file))).Select(p => $"{file} ({endpoint}) {p}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
        // The shipped content has no physical location but its chats make service_at_locations.
        Assert.Equal(Endpoints.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_list_has_the_whole_page_wrapper_and_one_page_holds_every_item(bool shipped)
    {
        var root = Path.Combine(Output(shipped), "openreferral");
        foreach (var list in new[] { "services", "taxonomies", "taxonomy_terms", "service_at_locations" })
        {
            var page = JsonNode.Parse(File.ReadAllText(Path.Combine(root, list + ".json")))!.AsObject();
            Assert.Equal(OrukSchemas.PageFields, page.Select(p => p.Key));
            var contents = page["contents"]!.AsArray();
            Assert.Equal(contents.Count, (int)page["total_items"]!);
            Assert.Equal(contents.Count, (int)page["size"]!);
            Assert.Equal(1, (int)page["total_pages"]!);
            Assert.Equal(1, (int)page["page_number"]!);
            Assert.True((bool)page["first_page"]! && (bool)page["last_page"]!);
            Assert.Equal(contents.Count == 0, (bool)page["empty"]!);
            // Each item listed has its own file, and each file is listed.
            var ids = contents.Select(c => (string)c!["id"]!).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            var files = Directory.EnumerateFiles(Path.Combine(root, list)).Select(Path.GetFileNameWithoutExtension).ToList();
            Assert.Equal(ids.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
        }
        var index = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "index.json")))!;
        Assert.Equal("HSDS-UK-3.0", (string)index["version"]!);
        Assert.True(Uri.IsWellFormedUriString((string)index["profile"]!, UriKind.Absolute));
        Assert.True(Uri.IsWellFormedUriString((string)index["openapi_url"]!, UriKind.Absolute));
    }

    [Fact]
    public void A_service_at_a_location_is_also_what_the_spec_describes_a_fully_nested_service_at_location()
    {
        // openapi.json gives /service_at_locations/{id} the service schema (checked above); its description
        // and the specification's example say a nested service_at_location. Ours is both.
        var schema = sites.Schemas.Profile("compiled/service_at_location.json");
        var files = Directory.EnumerateFiles(Path.Combine(sites.Rich.Output, "openreferral", "service_at_locations")).ToList();
        Assert.True(files.Count >= 3, $"{files.Count} places");
        foreach (var file in files)
        {
            var json = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            Assert.Empty(OrukSchemas.Problems(schema, json));
            Assert.Equal(JsonValueKind.Object, json.GetProperty("location").ValueKind);
            Assert.Equal(json.GetProperty("service_id").GetString(), json.GetProperty("service").GetProperty("id").GetString());
        }
    }

    [Fact]
    public void The_schemas_really_refuse_a_broken_feed()
    {
        var file = Path.Combine(sites.Rich.Output, "openreferral", "services", FeedContent.CentreId + ".json");
        var service = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        Assert.Empty(sites.Schemas.Problems("/services/{id}", service.ToJsonString()));

        var noName = (JsonObject)service.DeepClone();
        noName.Remove("name");
        Assert.Contains(sites.Schemas.Problems("/services/{id}", noName.ToJsonString()), p => p.Contains("required"));
        var badId = (JsonObject)service.DeepClone();
        badId["id"] = "test-refuge-service";
        Assert.Contains(sites.Schemas.Problems("/services/{id}", badId.ToJsonString()), p => p.Contains("format"));
        var badAddress = (JsonObject)service.DeepClone();
        badAddress["service_at_locations"]![0]!["location"]!["addresses"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString() });
        Assert.NotEmpty(sites.Schemas.Problems("/services/{id}", badAddress.ToJsonString()));

        var page = JsonNode.Parse(File.ReadAllText(Path.Combine(sites.Rich.Output, "openreferral", "services.json")))!.AsObject();
        page["total_items"] = "three";
        Assert.NotEmpty(sites.Schemas.Problems("/services", page.ToJsonString()));
        page = JsonNode.Parse(File.ReadAllText(Path.Combine(sites.Rich.Output, "openreferral", "services.json")))!.AsObject();
        page["contents"]![0]!["status"] = "open";
        Assert.NotEmpty(sites.Schemas.Problems("/services", page.ToJsonString()));
    }
}
