namespace DirectoryPortal.Model;

/// A term from the Local Government Association's esd Needs or Circumstances list that a category
/// matches, so Open Referral UK consumers can find our services by the national vocabulary.
public sealed class EsdTerm
{
    /// Which esd list the term is from: needs or circumstances.
    [Required, Allowed("needs", "circumstances")] public string List { get; set; } = "";
    /// The term's label as esd gives it.
    [Required] public string Label { get; set; } = "";
    /// The term's address as esd gives it (http://id.esd.org.uk/...).
    [Required] public string Uri { get; set; } = "";
}
