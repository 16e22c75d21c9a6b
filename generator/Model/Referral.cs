namespace DirectoryPortal.Model;

/// How people get into a service.
public sealed class Referral
{
    public bool? Self { get; set; }
    public bool? Professional { get; set; }
    public string? Notes { get; set; }
}
