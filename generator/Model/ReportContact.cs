namespace DirectoryPortal.Model;

/// Who to tell when an entry is wrong.
public sealed class ReportContact
{
    [Required] public string Name { get; set; } = "";
    public string? Email { get; set; }
    public string? Url { get; set; }
}
