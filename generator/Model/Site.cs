namespace DirectoryPortal.Model;

/// Site-wide settings from content/site.yml.
public sealed class Site : Record
{
    [Required] public string Title { get; set; } = "";
    [Required] public string Description { get; set; } = "";
    public string? BaseUrl { get; set; }
    public string? Language { get; set; }
    [Required] public string QuickExitUrl { get; set; } = "";
    [Required] public string EmergencyNotice { get; set; } = "";
    public int? ReviewPeriodMonths { get; set; }
    [Required] public ReportContact ReportContact { get; set; } = new();

    public string LanguageOrDefault => string.IsNullOrWhiteSpace(Language) ? "en-GB" : Language!;
    public int ReviewMonths => ReviewPeriodMonths ?? 6;
}
