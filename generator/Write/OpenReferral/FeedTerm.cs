using System.Text.Json.Nodes;

namespace DirectoryPortal.Write.OpenReferral;

/// One taxonomy term as the feed publishes it. <paramref name="Key"/> is what the feed's "term" holds
/// and what import reads back: a category or audience slug, a feature's code, an esd address.
public sealed record FeedTerm(string Id, string Key, string Name, string Description, string? TermUri, FeedTaxonomy Taxonomy)
{
    public JsonObject ToJson() => new JsonObject()
        .With("id", Id)
        .With("name", Name)
        .With("description", Description)
        .With("taxonomy", Taxonomy.Name)
        .With("taxonomy_id", Taxonomy.Id)
        .With("term_uri", TermUri)
        .With("term", Key);
}
