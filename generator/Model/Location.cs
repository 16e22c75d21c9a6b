namespace DirectoryPortal.Model;

/// A place people can visit (ORUK location with its physical_address).
public sealed class Location
{
    public string? Name { get; set; }
    [Field("address_1"), Required] public string Address1 { get; set; } = "";
    [Field("address_2")] public string? Address2 { get; set; }
    public string? City { get; set; }
    public string? PostalCode { get; set; }
    public string? AccessNotes { get; set; }
}
