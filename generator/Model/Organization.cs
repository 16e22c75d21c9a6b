namespace DirectoryPortal.Model;

/// The organisation that runs a service (ORUK organization).
public sealed class Organization
{
    [Required] public string Name { get; set; } = "";
    public string? Url { get; set; }
}
