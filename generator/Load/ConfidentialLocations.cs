using DirectoryPortal.Model;

namespace DirectoryPortal.Load;

/// Forgets everything but the area of each confidential location as soon as a record is read, so no
/// page, feed, spreadsheet or index can publish a refuge's address, whatever a template or writer does.
public static class ConfidentialLocations
{
    /// The fields a confidential location may not publish; `check` warns when a record holds any of them.
    public static readonly string[] Withheld = ["name", "address_1", "address_2", "city", "postal_code", "access_notes"];

    public static void Redact(Service service)
    {
        foreach (var location in service.Locations)
        {
            if (!location.IsConfidential) continue;
            location.Name = null;
            location.Address1 = null;
            location.Address2 = null;
            location.City = null;
            location.PostalCode = null;
            location.AccessNotes = null;
        }
    }
}
