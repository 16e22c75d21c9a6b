using System.Text.Json;
using System.Text.Json.Nodes;
using DirectoryPortal.Tests.Support;
using Json.Schema;

namespace DirectoryPortal.Tests.OpenReferral;

/// The ORUK 3.0 response schema of each endpoint exactly as the published openapi.json gives it, with the
/// UK profile's schemas it names registered under their addresses (nothing is fetched). Formats (uuid,
/// uri, email, date-time) are checked, as ORUK's validator checks them.
public sealed class OrukSchemas
{
    public const string ProfileBase = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/";
    public static string Folder => Path.Combine(Repo.Root, "tests", "DirectoryPortal.Tests", "OpenReferral", "schema");

    /// The wrapper every list carries; openapi.json's Page schema names these but requires none of them.
    public static readonly string[] PageFields = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"];

    // The profile's schemas carry keywords of their own (name, path, constraints...), which 2020-12 ignores.
    private readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };
    private readonly JsonNode _openapi;
    private readonly Dictionary<string, JsonSchema> _endpoints = new(StringComparer.Ordinal);
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public OrukSchemas()
    {
        var profile = Path.Combine(Folder, "uk-profile");
        foreach (var file in Directory.EnumerateFiles(profile, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(profile, file).Replace('\\', '/');
            JsonSchema.FromText(File.ReadAllText(file), _build, new Uri(ProfileBase + relative));
        }
        _openapi = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "specifications-3.0", "openapi.json")))!;
    }

    /// The schema openapi.json gives for a GET of <paramref name="path"/> ("/", "/services", "/services/{id}").
    public JsonSchema Endpoint(string path)
    {
        lock (_endpoints)
        {
            if (_endpoints.TryGetValue(path, out var known)) return known;
            var response = _openapi["paths"]![path]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.DeepClone().AsObject();
            // The list schemas point at openapi.json's own Page; carry it along under $defs.
            var text = response.ToJsonString().Replace("\"#/components/schemas/Page\"", "\"#/$defs/Page\"");
            var document = JsonNode.Parse(text)!.AsObject();
            document["$schema"] = "https://json-schema.org/draft/2020-12/schema";
            document["$defs"] = new JsonObject { ["Page"] = _openapi["components"]!["schemas"]!["Page"]!.DeepClone() };
            var schema = JsonSchema.FromText(document.ToJsonString(), _build, new Uri($"https://directoryportal.test/endpoints{path.Replace('{', '_').Replace('}', '_')}"));
            _endpoints[path] = schema;
            return schema;
        }
    }

    /// A schema from the UK profile by its file ("compiled/service_at_location.json").
    public JsonSchema Profile(string relative) => (JsonSchema)_build.SchemaRegistry.Get(new Uri(ProfileBase + relative))!;

    /// Every way <paramref name="json"/> breaks <paramref name="schema"/>, as "location: message"; empty when valid.
    public static IReadOnlyList<string> Problems(JsonSchema schema, JsonElement json)
    {
        var result = schema.Evaluate(json, Evaluation);
        if (result.IsValid) return [];
        var problems = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return problems.Count > 0 ? problems : ["invalid, with no detail"];
    }

    public IReadOnlyList<string> Problems(string endpoint, string json) => Problems(Endpoint(endpoint), JsonDocument.Parse(json).RootElement);
}
