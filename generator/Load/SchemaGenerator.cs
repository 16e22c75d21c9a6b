using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using DirectoryPortal.Model;

namespace DirectoryPortal.Load;

/// Writes the JSON Schema editors' tools use, from the same model classes the loader binds to.
public static class SchemaGenerator
{
    public static string ServiceSchema()
    {
        var schema = ObjectSchema(typeof(Service));
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        schema["$id"] = "service.schema.json";
        schema["title"] = "DirectoryPortal service record";
        schema["description"] = "One service in content/services/<slug>.yml. See docs/content-model.md.";
        // Put the header keys first so the file reads naturally.
        var ordered = new JsonObject();
        foreach (var key in new[] { "$schema", "$id", "title", "description" }) ordered[key] = schema[key]!.DeepClone();
        foreach (var (key, value) in schema)
            if (!ordered.ContainsKey(key)) ordered[key] = value!.DeepClone();
        return ordered.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n") + "\n";
    }

    private static JsonObject ObjectSchema(Type type)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var (name, property) in RecordBinder.FieldsOf(type).OrderBy(kv => kv.Value.MetadataToken))
        {
            properties[name] = TypeSchema(property.PropertyType, property.GetCustomAttribute<AllowedAttribute>());
            if (property.GetCustomAttribute<RequiredAttribute>() is not null) required.Add(name);
        }
        var schema = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = properties };
        if (required.Count > 0) schema["required"] = required;
        return schema;
    }

    private static JsonObject TypeSchema(Type type, AllowedAttribute? allowed)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string))
        {
            var s = new JsonObject { ["type"] = "string" };
            if (allowed is not null) s["enum"] = new JsonArray(allowed.Values.Select(v => (JsonNode)v).ToArray());
            return s;
        }
        if (t == typeof(bool)) return new JsonObject { ["type"] = "boolean" };
        if (t == typeof(int)) return new JsonObject { ["type"] = "integer" };
        if (t == typeof(DateOnly)) return new JsonObject { ["type"] = "string", ["pattern"] = "^\\d{4}-\\d{2}-\\d{2}$" };
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>))
            return new JsonObject { ["type"] = "array", ["items"] = TypeSchema(t.GetGenericArguments()[0], allowed) };
        return ObjectSchema(t);
    }
}
