namespace DirectoryPortal.Model;

/// site.yml's words in another language: content/site.&lt;lang&gt;.yml.
public sealed class SiteText : TranslationRecord
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? EmergencyNotice { get; set; }
}
