using DirectoryPortal.Model;

namespace DirectoryPortal.Import;

/// One ORUK service turned into our record, with everything in it that had nowhere to go.
public sealed class ImportedService
{
    /// Where it came from: a file name, with the item's position in a list.
    public required string Origin { get; init; }
    public required Service Record { get; init; }
    /// Why the record was not imported at all (a service that is not active), or null.
    public string? Skipped { get; set; }
    /// "field: value: why" for each part of the ORUK service this record does not hold.
    public List<string> Unmapped { get; } = new();

    public void Cannot(string field, string? value, string why) =>
        Unmapped.Add(value is null ? $"{field}: {why}" : $"{field} ({Summary(value)}): {why}");

    private static string Summary(string value)
    {
        var one = value.ReplaceLineEndings(" ");
        return one.Length > 60 ? "'" + one[..57] + "...'" : "'" + one + "'";
    }
}
