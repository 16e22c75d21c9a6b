using System.Text.Json.Nodes;

namespace DirectoryPortal.Write.OpenReferral;

/// ORUK's page wrapper for a list. A static host cannot page by query string, so the one page holds
/// every item, whatever ?page= or ?per_page= asks for.
public static class FeedPage
{
    public static JsonObject Of(IEnumerable<JsonObject> items)
    {
        var contents = new JsonArray(items.Select(i => (JsonNode)i).ToArray());
        return new JsonObject
        {
            ["total_items"] = contents.Count,
            ["total_pages"] = 1,
            ["page_number"] = 1,
            ["size"] = contents.Count,
            ["first_page"] = true,
            ["last_page"] = true,
            ["empty"] = contents.Count == 0,
            ["contents"] = contents,
        };
    }
}
