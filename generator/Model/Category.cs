namespace DirectoryPortal.Model;

/// A need people browse by, such as "Forced marriage".
public sealed class Category
{
    [Required] public string Slug { get; set; } = "";
    [Required] public string Name { get; set; } = "";
    [Required] public string Description { get; set; } = "";
    /// LGA esd Needs or Circumstances terms this category matches, published in the Open Referral feed.
    public List<EsdTerm> EsdTerms { get; set; } = new();

    /// True on a language's version when the name is still the English one (no translation given).
    [NotInFile] public bool InEnglish { get; set; }

    /// A shallow copy, for a language's version to change its words.
    public Category Copy() => (Category)MemberwiseClone();
}
