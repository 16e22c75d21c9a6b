namespace DirectoryPortal.Model;

/// A place people can visit (ORUK location with its physical_address). A confidential location (a
/// refuge) keeps only its area once loaded: nothing else about it can reach any output.
public sealed class Location
{
    public string? Name { get; set; }
    [Field("address_1")] public string? Address1 { get; set; }
    [Field("address_2")] public string? Address2 { get; set; }
    public string? City { get; set; }
    public string? PostalCode { get; set; }
    public string? AccessNotes { get; set; }
    /// true for a place whose address must never be published, such as a refuge.
    public bool? Confidential { get; set; }
    /// Roughly where the place is ("north London"): all that is published about a confidential location.
    public string? Area { get; set; }

    public bool IsConfidential => Confidential == true;
}
