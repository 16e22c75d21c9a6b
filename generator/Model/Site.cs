namespace DirectoryPortal.Model;

/// Site-wide settings from content/site.yml.
public sealed class Site : Record
{
    [Required] public string Title { get; set; } = "";
    [Required] public string Description { get; set; } = "";
    public string? BaseUrl { get; set; }
    public string? Language { get; set; }
    /// Language codes the site is published in, English first: each is a whole site (English at the root).
    public List<string> Languages { get; set; } = new();
    [Required] public string QuickExitUrl { get; set; } = "";
    [Required] public string EmergencyNotice { get; set; } = "";
    public int? ReviewPeriodMonths { get; set; }
    [Required] public ReportContact ReportContact { get; set; } = new();

    public string LanguageOrDefault => string.IsNullOrWhiteSpace(Language) ? "en-GB" : Language!;

    /// The configured languages, or English alone when site.yml lists none.
    public IReadOnlyList<string> LanguageCodes => Languages.Count == 0 ? ["en"] : Languages;
    public int ReviewMonths => ReviewPeriodMonths ?? 6;
}
