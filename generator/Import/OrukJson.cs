using System.Globalization;
using System.Text.Json;

namespace DirectoryPortal.Import;

/// Reading values out of an ORUK document whatever a publisher wrote: missing, null, "" and wrong
/// types all read as "not given".
public static class OrukJson
{
    public static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s.Trim() : null;

    public static decimal? Number(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.Number => v.GetDecimal(),
            JsonValueKind.String when decimal.TryParse(v.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        } : null;

    public static JsonElement? Object(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    public static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Object)
            : [];

    /// Every field the object has with a value, for reporting the ones an importer did not use.
    public static IEnumerable<(string Name, JsonElement Value)> Fields(JsonElement e) =>
        e.ValueKind != JsonValueKind.Object ? [] : e.EnumerateObject()
            .Where(p => p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                && !(p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == "")
                && !(p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 0))
            .Select(p => (p.Name, p.Value));

    public static string Show(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    /// "09:00:00", "09:00" or "9:00" as "09:00"; null for anything else.
    public static string? Time(string? value)
    {
        if (value is null) return null;
        var bare = value.Length > 8 ? value[..8] : value;
        foreach (var format in new[] { "HH:mm:ss", "HH:mm", "H:mm" })
            if (TimeOnly.TryParseExact(bare, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
                return t.ToString("HH:mm", CultureInfo.InvariantCulture);
        return null;
    }

    /// "2026-11-01" or the date of a date-time.
    public static DateOnly? Date(string? value) =>
        value is not null && value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
