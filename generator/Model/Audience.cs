namespace DirectoryPortal.Model;

/// A group of people a service is for, such as "Men and boys".
public sealed class Audience
{
    [Required] public string Slug { get; set; } = "";
    [Required] public string Name { get; set; } = "";

    /// True on a language's version when the name is still the English one (no translation given).
    [NotInFile] public bool InEnglish { get; set; }

    /// A shallow copy, for a language's version to change its words.
    public Audience Copy() => (Audience)MemberwiseClone();
}
