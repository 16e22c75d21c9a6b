namespace DirectoryPortal.Model;

/// One service record from content/services/&lt;slug&gt;.yml.
public sealed class Service : Record
{
    [NotInFile] public string Slug { get; set; } = "";

    /// The permanent identifier (a lower-case UUID) partners and the Open Referral feed use; never changes.
    public string? Id { get; set; }
    /// Old slugs whose addresses still lead to this service's page (like Hugo's aliases).
    public List<string> Aliases { get; set; } = new();

    [Required] public string Name { get; set; } = "";
    [Required] public Organization Organization { get; set; } = new();
    [Required] public string Description { get; set; } = "";
    public string? Details { get; set; }
    [Required] public List<string> Categories { get; set; } = new();
    public List<string> Audiences { get; set; } = new();
    public string? Eligibility { get; set; }
    [Required, Allowed("city-of-london", "london", "national")] public List<string> ServiceAreas { get; set; } = new();
    public string? Url { get; set; }
    public List<Phone> Phones { get; set; } = new();
    public List<EmailAddress> Emails { get; set; } = new();
    public List<Chat> Chat { get; set; } = new();
    public List<Location> Locations { get; set; } = new();
    [Field("open_24_7")] public bool? Open247 { get; set; }
    public List<RegularSchedule> RegularSchedules { get; set; } = new();
    public string? ScheduleNotes { get; set; }
    public List<string> Languages { get; set; } = new();
    public bool? Interpreters { get; set; }
    public Referral? Referral { get; set; }
    public string? Fees { get; set; }
    public bool? Free { get; set; }
    public Accessibility? Accessibility { get; set; }
    public string? SafetyNotes { get; set; }
    public List<string> Keywords { get; set; } = new();
    [Required] public string Source { get; set; } = "";
    [Required] public DateOnly? LastReviewed { get; set; }

    /// The number to show first in lists and search results: the first voice line, else the first number.
    public Phone? MainPhone => Phones.FirstOrDefault(p => p.Kind == "voice") ?? Phones.FirstOrDefault();
}
