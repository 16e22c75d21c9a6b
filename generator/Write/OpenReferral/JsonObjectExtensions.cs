using System.Text.Json.Nodes;

namespace DirectoryPortal.Write.OpenReferral;

/// Adds a field only when it has a value: ORUK asks for optional fields without a value to be left out,
/// never given as null or "".
public static class JsonObjectExtensions
{
    public static JsonObject With(this JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) json[name] = value;
        return json;
    }

    /// A required text field, written even when empty.
    public static JsonObject Always(this JsonObject json, string name, string? value)
    {
        json[name] = value ?? "";
        return json;
    }

    public static JsonObject With(this JsonObject json, string name, decimal? value)
    {
        if (value is { } v) json[name] = v;
        return json;
    }

    public static JsonObject With(this JsonObject json, string name, JsonObject? value)
    {
        if (value is not null) json[name] = value;
        return json;
    }

    public static JsonObject With(this JsonObject json, string name, JsonArray? value)
    {
        if (value is { Count: > 0 }) json[name] = value;
        return json;
    }
}
