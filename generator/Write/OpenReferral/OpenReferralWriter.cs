using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DirectoryPortal.Render;

namespace DirectoryPortal.Write.OpenReferral;

/// Writes the Open Referral UK 3.0 feed under openreferral/ (layout in FeedPaths): the API's base,
/// /services, /taxonomies, /taxonomy_terms and /service_at_locations, each list and each item.
public static class OpenReferralWriter
{
    public const string Version = "HSDS-UK-3.0";
    /// Where the UK profile is defined, and the API definition this feed follows.
    public const string Profile = "https://github.com/OpenReferralUK/uk-profile";
    public const string OpenApi = "https://openreferraluk.org/specifications/3.0/openapi.json";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Add(OutputFiles output, SiteView site)
    {
        // A rebuild starts from the last build's files; a service deleted or given a new id since must not linger.
        output.RemoveFolder(FeedPaths.Folder);
        var vocabulary = new FeedVocabulary(site);
        var mapper = new ServiceMapper(site, vocabulary);
        // The feed's order: by name, then by id, so it does not depend on file names.
        var services = site.Services.Where(s => s.Id is not null)
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();

        Write(output, FeedPaths.Index, new JsonObject { ["version"] = Version, ["profile"] = Profile, ["openapi_url"] = OpenApi });

        var summaries = new List<JsonObject>(services.Count);
        var atLocations = new List<JsonObject>();
        foreach (var s in services)
        {
            summaries.Add(mapper.Summary(s));
            var full = mapper.Full(s);
            Write(output, FeedPaths.Service(s.Id!), full);
            // Each place with the service delivered there. Its own address answers ORUK's validator,
            // which reads the service schema there (openapi.json), and so has the service's name and status.
            var service = mapper.Full(s, withLocations: false);
            foreach (var (id, json, location) in mapper.AtLocations(s))
            {
                atLocations.Add(new JsonObject()
                    .With("id", id).With("service_id", s.Id).With("location_id", (string)location["id"]!)
                    .With("location", ListForm(location))
                    .With("service", mapper.Summary(s)));
                var item = (JsonObject)json.DeepClone();
                item.With("service", (JsonObject)service.DeepClone()).With("name", s.Name).With("status", "active");
                Write(output, FeedPaths.ServiceAtLocation(id), item);
            }
        }
        Write(output, FeedPaths.Services, FeedPage.Of(summaries));
        Write(output, FeedPaths.ServiceAtLocations, FeedPage.Of(atLocations));

        Write(output, FeedPaths.Taxonomies, FeedPage.Of(vocabulary.Taxonomies.Select(t => t.ToJson(withTerms: false))));
        foreach (var t in vocabulary.Taxonomies) Write(output, FeedPaths.Taxonomy(t.Id), t.ToJson(withTerms: true));
        Write(output, FeedPaths.TaxonomyTerms, FeedPage.Of(vocabulary.Terms.Select(t => t.ToJson())));
        foreach (var t in vocabulary.Terms) Write(output, FeedPaths.TaxonomyTerm(t.Id), t.ToJson());
    }

    // A location as lists give it: its one-to-one fields only.
    private static JsonObject ListForm(JsonObject location)
    {
        var copy = (JsonObject)location.DeepClone();
        copy.Remove("addresses");
        copy.Remove("accessibility");
        return copy;
    }

    private static void Write(OutputFiles output, string path, JsonObject json) =>
        output.Add(path, JsonSerializer.SerializeToUtf8Bytes(json, Json).Append((byte)'\n').ToArray());
}
