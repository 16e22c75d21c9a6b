namespace DirectoryPortal.Model;

/// Opening times on some days of the week (ORUK regular_schedule).
public sealed class RegularSchedule
{
    [Required, Allowed("MO", "TU", "WE", "TH", "FR", "SA", "SU")] public List<string> Byday { get; set; } = new();
    [Required] public string OpensAt { get; set; } = "";
    [Required] public string ClosesAt { get; set; } = "";
}
