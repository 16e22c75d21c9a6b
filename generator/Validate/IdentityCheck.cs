using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// Every service has a permanent id, a lower-case UUID that no other service uses.
public sealed class IdentityCheck : IReadOnlyCheck
{
    public const string AddIdsFix = "Run 'dotnet run --project generator -- add-ids': it gives every record without an id a new one and changes nothing else in the file.";

    public void Check(ContentSet content, CheckContext context)
    {
        var owners = new Dictionary<string, Service>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in content.Services)
            if (s.Id is { } id && IsId(id)) owners.TryAdd(id, s);
        foreach (var s in context.ServicesToCheck(content))
        {
            // A value that could not be read at all has already been reported by the loader.
            if (s.Id is null && s.Positions.ContainsKey("id")) continue;
            if (s.Id is null)
            {
                context.Error(s, "id", "is missing. Every service needs a permanent id that partners' links and the Open Referral feed use.", AddIdsFix);
                continue;
            }
            if (!IsId(s.Id))
            {
                context.Error(s, "id", $"'{s.Id}' is not an id. An id is a UUID written like 3f2b8c1e-6a0d-4c5e-9b7a-2d4e6f8a0b1c.",
                    Guid.TryParse(s.Id, out var g) ? $"Write it in lower case with hyphens: {g:D}." : "Delete the line and run add-ids to get a new one. " + AddIdsFix);
                continue;
            }
            var first = owners[s.Id];
            if (!ReferenceEquals(first, s))
                context.Error(s, "id", $"{first.SourceFile} already uses the id {s.Id}. Ids must be unique, or partners' links would reach the wrong service.",
                    "If you copied this record from that one, delete this 'id:' line and run add-ids to give it its own. Never change the id of a record that is already published.");
        }
    }

    /// A UUID in the canonical lower-case form, the only form the feed and partners see.
    public static bool IsId(string value) =>
        Guid.TryParseExact(value, "D", out var g) && g.ToString("D") == value;
}
