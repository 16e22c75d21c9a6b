using System.Text.Json;
using DirectoryPortal.Load;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Load;

/// The committed JSON Schema matches the model the loader uses, so editors' tools and `check` agree.
public class SchemaTests
{
    [Fact]
    public void Committed_schema_is_up_to_date_with_the_model()
    {
        var committed = File.ReadAllText(Path.Combine(Repo.Content, "schema", "service.schema.json"));
        Assert.True(SchemaGenerator.ServiceSchema() == committed,
            "content/schema/service.schema.json is out of date: run 'dotnet run --project generator -- schema > content/schema/service.schema.json'.");
    }

    [Fact]
    public void Schema_lists_required_fields_and_refuses_unknown_ones()
    {
        using var doc = JsonDocument.Parse(SchemaGenerator.ServiceSchema());
        var root = doc.RootElement;
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        var required = root.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("last_reviewed", required);
        Assert.Contains("name", required);
        Assert.Contains("source", required);
        var phone = root.GetProperty("properties").GetProperty("phones").GetProperty("items");
        Assert.Equal(new[] { "voice", "text", "textphone" },
            phone.GetProperty("properties").GetProperty("type").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Every_service_record_points_at_the_schema()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Content, "services"), "*.yml").Where(f => !DirectoryPortal.Load.TranslationLoader.IsTranslationName(Path.GetFileName(f))))
            Assert.StartsWith("# yaml-language-server: $schema=../schema/service.schema.json", File.ReadAllText(file));
    }
}
