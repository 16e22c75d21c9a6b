using System.Text.Json.Nodes;

namespace DirectoryPortal.Write.OpenReferral;

/// One published taxonomy: our categories, our audiences, the features we record, or an esd list.
/// <paramref name="LinkType"/> is what an attribute linking a service to one of its terms says it describes.
public sealed record FeedTaxonomy(string Id, string Name, string Description, string? Uri, string LinkType)
{
    public List<FeedTerm> Terms { get; } = new();

    public JsonObject ToJson(bool withTerms)
    {
        var json = new JsonObject().With("id", Id).With("name", Name).With("description", Description).With("uri", Uri);
        if (withTerms) json.With("taxonomy_terms", new JsonArray(Terms.Select(t => (JsonNode)t.ToJson()).ToArray()));
        return json;
    }
}
