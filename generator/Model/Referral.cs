namespace DirectoryPortal.Model;

/// How people get into a service.
public sealed class Referral
{
    public bool? Self { get; set; }
    public bool? Professional { get; set; }
    public string? Notes { get; set; }

    /// A shallow copy, for a language's version to change its words.
    public Referral Copy() => (Referral)MemberwiseClone();
}
