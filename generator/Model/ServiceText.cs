namespace DirectoryPortal.Model;

/// A service's words in another language: content/services/&lt;slug&gt;.&lt;lang&gt;.yml. Names, numbers, addresses,
/// links and hours are facts and come from the English record only.
public sealed class ServiceText : TranslationRecord
{
    public string? Description { get; set; }
    public string? Details { get; set; }
    public string? Eligibility { get; set; }
    public string? Fees { get; set; }
    public string? SafetyNotes { get; set; }
    public string? ScheduleNotes { get; set; }
    public NotesText? Referral { get; set; }
    public NotesText? Accessibility { get; set; }
    public List<string> Keywords { get; set; } = new();
    /// Labels and hours of the English record's phones, each naming the number it is for.
    public List<PhoneText> Phones { get; set; } = new();
}

/// The translated notes of a nested part of a record (referral, accessibility).
public sealed class NotesText
{
    public string? Notes { get; set; }
}

/// A phone's words in another language; <see cref="Number"/> says which of the English record's phones.
public sealed class PhoneText
{
    [Required] public string Number { get; set; } = "";
    public string? Label { get; set; }
    public string? Hours { get; set; }
}
