namespace DirectoryPortal.Write.OpenReferral;

/// Our three service areas as ORUK service_areas: the words the site uses, and the Office for National
/// Statistics' persistent address for the area (City of London local authority, London region, the UK).
public static class FeedAreas
{
    private static readonly Dictionary<string, string> Geography = new(StringComparer.Ordinal)
    {
        ["city-of-london"] = "http://statistics.data.gov.uk/id/statistical-geography/E09000001",
        ["london"] = "http://statistics.data.gov.uk/id/statistical-geography/E12000007",
        ["national"] = "http://statistics.data.gov.uk/id/statistical-geography/K02000001",
    };

    public static IEnumerable<string> Slugs => Geography.Keys;

    public static string? UriOf(string area) => Geography.GetValueOrDefault(area);

    /// The area for a geography address, for import.
    public static string? FromUri(string? uri) =>
        uri is null ? null : Geography.FirstOrDefault(g => string.Equals(g.Value, uri.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)).Key;
}
